import type { DecodedImage } from '../../engines/image-decoder.js';
import { NOTHING_READ, stop, type DocumentReading, type Stage } from '../stage.js';

/**
 * The end of the pipeline until a recognition engine is installed: nothing can locate or read a document yet, so
 * every run stops here with `UnsupportedDocument` and reads nothing (no invented fields, decisions.md D10/D13).
 * The recognition stages replace this one in run-pipeline.ts; nothing else refers to it.
 */
export const unsupportedDocumentStage: Stage<DecodedImage[], DocumentReading> = {
  name: 'document',
  async run(_images, context) {
    return stop(NOTHING_READ, [
      {
        id: 'document.supported',
        status: 'fail',
        score: null,
        threshold: null,
        warn: 'UnsupportedDocument',
        evidence: {
          message: 'no recognition engine for this document is installed',
          values: {
            requestedNationality: context.request.nationality,
            requestedCardType: context.request.cardType,
          },
        },
      },
    ]);
  },
};
