import type { DecodedImage } from '../../engines/image-decoder.js';
import type { LocatedImage } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/**
 * Stage 2: find the document outlines in every image (OpenCV finder, on its own downscaled copy). Whether they are
 * credible is settled by the MRZ stage, which reads them and raises `TooManyCards` and `IncompleteCard` (see
 * locate-checks.ts). An image with no outline goes on with `found: null`: the MRZ stage still searches it whole.
 */
/**
 * Below this shorter side no document can be read; the finder is not even asked (it throws on a 1×1 frame:
 * "degenerate quad"). The MRZ stage then reports `DocumentNotFound`.
 */
export const MIN_SEARCH_SIDE = 32;

export const locateStage: Stage<DecodedImage[], LocatedImage[]> = {
  name: 'locate',
  async run(images, context) {
    const located: LocatedImage[] = [];
    for (const source of images) {
      if (Math.min(source.width, source.height) < MIN_SEARCH_SIDE) {
        located.push({ source, found: null, documents: [] });
        continue;
      }
      const { documents } = await context.engines.documentFinder.find(source);
      located.push({ source, found: documents[0] ?? null, documents });
    }
    return proceed(located, []);
  },
};
