import type { CardLine, CardSideText } from '../documents/cards/card-text.js';
import type { Engines } from '../engines/engines.js';
import { mapQuad, quadBounds, quadSize, type Quad as OcrQuad } from '../engines/ocr/geometry.js';
import type { RecognizedText } from '../engines/ocr/ocr-engine.js';
import { restoreSpaces } from '../engines/ocr/restore-spaces.js';
import { rotate180 } from '../engines/mrz/rotate-180.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import { turnQuad } from './page-geometry.js';
import { PAGE_DETECTOR_SIDE } from './read-page-mrz.js';
import type { ReadPage } from './read-document.js';
import { readingOrder } from './read-viz-lines.js';

/** Lines read both ways up to settle a page's orientation: the largest ones, whose reading is the surest. */
const ORIENTATION_PROBE_LINES = 6;
/**
 * Text read upside down by PP-OCR still comes back, at lower confidence. The turn is taken only when it reads
 * clearly better, so an ambiguous page stays as the finder cut it and the portrait settles it later.
 */
const ORIENTATION_MARGIN = 0.05;
/** Mean confidence of the probe lines above which the page is taken as upright without reading it turned. */
const UPRIGHT_CONFIDENCE = 0.9;

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180({ ...image, channels: 3 });
  return { width, height, data };
}

function meanConfidence(texts: readonly RecognizedText[]): number {
  let weight = 0;
  let sum = 0;
  for (const text of texts) {
    // Longer readings weigh more: a confident one-glyph reading of a logo says little.
    const length = Math.max(1, text.text.length);
    sum += text.confidence * length;
    weight += length;
  }
  return weight === 0 ? 0 : sum / weight;
}

/**
 * Reads every text line of a page that carries no MRZ (a national ID card's side, issue 5), with its box as a
 * fraction of the page. The page's text boxes are those the MRZ stage detected when it ran on this very page,
 * else detected now. A page whose orientation nothing has settled is read upright and half a turn on its largest
 * lines, and kept the way it reads better.
 */
export async function readCardSide(engines: Engines, page: ReadPage): Promise<{ page: ReadPage; text: CardSideText }> {
  const rgb = (image: RgbImage) => ({ width: image.width, height: image.height, channels: 3 as const, data: image.data });
  let boxes: readonly OcrQuad[] = page.textBoxes ?? (await engines.ocr.detect(rgb(page.page), { maxSide: PAGE_DETECTOR_SIDE })).map((b) => b.quad);
  let current = page;
  // Readings already made on the page as it ends up, by box: the orientation probe's are not read again.
  let known = new Map<OcrQuad, RecognizedText>();
  if (!page.upright && boxes.length > 0) {
    const probe = [...boxes].sort((a, b) => quadSize(b).width * quadSize(b).height - quadSize(a).width * quadSize(a).height).slice(0, ORIENTATION_PROBE_LINES);
    const { width, height } = page.page;
    // Corners re-ordered so each turned box still starts at its text's top-left (the recogniser reads from there).
    const turn = (q: OcrQuad): OcrQuad => mapQuad([q[2], q[3], q[0], q[1]], (p) => ({ x: width - p.x, y: height - p.y }));
    const asIsTexts = await engines.ocr.recognize(rgb(page.page), probe);
    const asIs = meanConfidence(asIsTexts);
    // Text read this confidently is upright: upside-down print does not read at this level, so the turned reading
    // is only paid for when the first one is doubtful.
    const other = asIs >= UPRIGHT_CONFIDENCE ? null : turned(page.page);
    const turnedTexts = other === null ? [] : await engines.ocr.recognize(rgb(other), probe.map(turn));
    const upsideDown = meanConfidence(turnedTexts);
    if (other !== null && upsideDown > asIs + ORIENTATION_MARGIN) {
      const original = boxes;
      const turnedBoxes = original.map(turn);
      current = { ...page, page: other, quad: turnQuad(page.quad), upright: true, textBoxes: turnedBoxes };
      boxes = turnedBoxes;
      known = new Map(probe.map((q, i) => [turnedBoxes[original.indexOf(q)]!, turnedTexts[i]!]));
    } else {
      if (asIs > upsideDown + ORIENTATION_MARGIN) current = { ...page, upright: true };
      known = new Map(probe.map((q, i) => [q, asIsTexts[i]!]));
    }
  }
  const unread = boxes.filter((quad) => !known.has(quad));
  const fresh = await engines.ocr.recognize(rgb(current.page), unread);
  unread.forEach((quad, i) => known.set(quad, fresh[i]!));
  const texts = boxes.map((quad) => known.get(quad));
  const { width, height } = current.page;
  const lines: CardLine[] = [];
  boxes.forEach((quad, index) => {
    const raw = texts[index];
    if (raw === undefined || raw.text.trim().length === 0) return;
    const bounds = quadBounds(quad);
    const reading = restoreSpaces(raw, rgb(current.page), quad);
    lines.push({
      text: reading.text.trim(),
      confidence: reading.confidence,
      box: { x: bounds.x / width, y: bounds.y / height, width: bounds.width / width, height: bounds.height / height },
    });
  });
  return { page: { ...current, textBoxes: boxes }, text: { side: current.side, lines: readingOrder(lines), pageWidth: width, pageHeight: height } };
}
