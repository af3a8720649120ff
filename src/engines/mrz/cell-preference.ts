// Which reader wins one MRZ cell when no check digit decides. A reading the position cannot hold loses (a digit
// in a name, a letter in a date: field-alphabet.ts); failing that, the template reader wins where its glyph
// match is clear (a high correlation, ahead of the runner-up), else the OCR; an OCR character read with near
// certainty yields only to a decisive template match.
// Measured on the development renders and photos: clear template cells were right, also against a confident
// OCR (`0` for `O` at OCR 0.93–0.98); unclear cells were its errors (`<` as `K` on worn print, every cell of a
// non-OCR-B font), where the OCR was right; on photocopied OCR-B the template's `O`/`0` lead shrank to 0.06 while
// the OCR read `0` at 1.00 and was right. That matters in document numbers, where two `O`/`0` swaps can leave the
// check digit valid.

import type { OcrCell } from './align-ocr.js';
import type { MrzReaderChoice, MrzReaderName } from './mrz-reading.js';
import type { TemplateLineReading } from './template-reader.js';

/** A template cell is clear with at least this correlation and this lead over the runner-up glyph… */
const CLEAR_SCORE = 0.75;
const CLEAR_MARGIN = 0.05;
/** …and decisive with this lead; only a decisive cell overrules an OCR character read with OCR_SURE. */
const DECISIVE_MARGIN = 0.1;
const OCR_SURE = 0.995;
/**
 * OCR-B twins: glyphs a few pixels apart at MRZ sizes (the `0` is only 7 % taller than the `O`). A cell whose
 * runner-up is its twin needs TWIN_MARGIN to count as clear: blurred renders gave a wrong `O` for `0` a lead
 * of up to 0.09.
 */
const TWINS = new Set(['0O', '0Q', '0D', '1I', '8B', '5S', '2Z', '6G'].flatMap((p) => [p, `${p[1]}${p[0]}`]));
const TWIN_MARGIN = 0.12;

export interface Preference {
  reader: MrzReaderName;
  reason: MrzReaderChoice['reason'];
}

export interface CellEvidence {
  /** The OCR's character in the cell ('' when it read none there). */
  ocr: OcrCell | undefined;
  template: TemplateLineReading | null;
  col: number;
  /** What the position may hold, when the format is known. */
  allowed: RegExp | null;
}

export function preferredReader({ ocr, template: t, col, allowed }: CellEvidence): Preference {
  if (!ocr || ocr.char === '') return { reader: 'template', reason: 'ocr-missing' };
  if (!t) return { reader: 'ocr', reason: 'preferred-reader' };
  if (allowed) {
    const ocrOk = allowed.test(ocr.char);
    if (ocrOk !== allowed.test(t.text[col] ?? '')) return { reader: ocrOk ? 'ocr' : 'template', reason: 'field-alphabet' };
  }
  const twin = TWINS.has(`${t.text[col]}${t.runnersUp[col]}`);
  const clear = t.scores[col]! >= CLEAR_SCORE && t.margins[col]! >= (twin ? TWIN_MARGIN : CLEAR_MARGIN);
  const wins = clear && (t.margins[col]! >= DECISIVE_MARGIN || ocr.confidence < OCR_SURE);
  return { reader: wins ? 'template' : 'ocr', reason: 'preferred-reader' };
}
