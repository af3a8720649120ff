import type { VizComparison, VizLine } from '../documents/passport/cross-check-viz.js';
import { withDiacritics } from '../engines/ocr/diacritic-marks.js';
import { quadBounds, quadSize, type Quad, type Rect } from '../engines/ocr/geometry.js';
import type { OcrEngine } from '../engines/ocr/ocr-engine.js';
import type { PixelImage } from '../engines/ocr/pixel-image.js';
import { restoreSpaces } from '../engines/ocr/restore-spaces.js';

/**
 * Lines recognised between two looks at the cross-check. Recognition is most of the visual zone's cost (about
 * 12 ms a line on this machine, 25–35 lines on a TD3 page) and a handful of value lines settles every comparison.
 * A small chunk costs only the look, far below a line's recognition, and reads at most one line past the one that
 * settles the check (6 read up to five). The engine batches lines of one width (engines.ts), which a larger chunk
 * would use more, but measured on ten studio passports chunks of 4 and 8 were no faster than 2: the lines read
 * past the settling one ate the gain.
 */
const CHUNK = 2;

/** Whether the cross-check needs no further line: every field agrees, or the MRZ has no value to compare. */
export function settled(comparisons: readonly VizComparison[]): boolean {
  return comparisons.every((c) => c.status === 'pass' || c.mrz === '');
}

/** Reading order of lines: by vertical centre, lines of one text row left to right (as the OCR engine's readText). */
export function readingOrder<T extends { box: Rect }>(lines: readonly T[]): T[] {
  const centre = (l: T): number => l.box.y + l.box.height / 2;
  const sorted = [...lines].sort((a, b) => centre(a) - centre(b));
  for (let i = 1; i < sorted.length; i++) {
    for (let j = i; j > 0; j--) {
      const a = sorted[j - 1]!;
      const b = sorted[j]!;
      const sameRow = Math.abs(centre(a) - centre(b)) < Math.min(a.box.height, b.box.height) / 2;
      if (!sameRow || a.box.x <= b.box.x) break;
      sorted[j - 1] = b;
      sorted[j] = a;
    }
  }
  return sorted;
}

/**
 * Box width over height above which a line is longer than any value the cross-check looks for (a name, a document
 * number or a date is at most about twenty characters; a header or a bilingual caption runs longer).
 */
const LONG_LINE_ASPECT = 16;
/** A box at most this much wider than tall holds one or two characters: the sex, the document type. */
const SHORT_BOX_ASPECT = 2;

/**
 * Which tier a box is read in: 0 a one- or two-character box (the sex value; its crop is a single recogniser step,
 * nearly free, while its short box would otherwise sort it among the captions), 1 a line of value length, 2 a
 * line longer than any value (read only if the others did not settle the check; the recogniser's cost grows with
 * the line's length).
 */
function readingCost(quad: Quad): number {
  const { width, height } = quadSize(quad);
  const aspect = width / Math.max(1, height);
  return aspect <= SHORT_BOX_ASPECT ? 0 : aspect <= LONG_LINE_ASPECT ? 1 : 2;
}

/**
 * Reads the visual zone's detected lines only as far as the cross-check needs them: one- or two-character boxes
 * first, then lines of a value's length, then longer ones (readingCost); within each, taller lines first: printed
 * values are set larger than their captions on ICAO 9303 data pages. After each chunk the cross-check runs on the
 * lines read so far (in reading order); once it is settled the rest is never recognised.
 *
 * With `every`, all lines are read (in one call) and the cross-check is not consulted.
 *
 * This returns the same statuses as reading every line: each `pass` of the cross-check only needs one agreeing
 * line to exist, so more lines cannot undo it, and an unsettled comparison (a mismatch, a value not found) leads to
 * reading every line before it is reported.
 */
export async function readVizLines(
  ocr: OcrEngine,
  image: PixelImage,
  quads: readonly Quad[],
  crossCheck: (lines: readonly VizLine[]) => VizComparison[],
  options: { every?: boolean } = {},
): Promise<VizLine[]> {
  const queue = [...quads].sort((a, b) => readingCost(a) - readingCost(b) || quadSize(b).height - quadSize(a).height);
  const read: VizLine[] = [];
  while (queue.length > 0) {
    // Every line wanted (a document whose other printed details are read too, viz-details.ts): one call, so the
    // engine batches lines of one width together.
    const chunk = queue.splice(0, options.every === true ? queue.length : CHUNK);
    const texts = await ocr.recognize(image, chunk);
    chunk.forEach((quad, i) => {
      // Word gaps the recogniser's space class saw (restore-spaces.ts): printed details keep their spaces, and
      // printed names their accents (diacritic-marks.ts: the recogniser's dictionary lacks most of them).
      const reading = texts[i];
      const text = reading === undefined ? '' : withDiacritics(image, quad, restoreSpaces(reading));
      // readText drops lines that read as nothing; so does this.
      if (text.length > 0) read.push({ text, box: quadBounds(quad) });
    });
    if (options.every !== true && settled(crossCheck(readingOrder(read)))) break;
  }
  return readingOrder(read);
}
