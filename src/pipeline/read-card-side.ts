import type { CardLine, CardSideText } from '../documents/cards/card-text.js';
import { digitTokens } from '../documents/cards/digit-tokens.js';
import type { Engines } from '../engines/engines.js';
import { mapQuad, orderQuad, quadBounds, quadSize, type Quad as OcrQuad } from '../engines/ocr/geometry.js';
import type { RecognizedText } from '../engines/ocr/ocr-engine.js';
import { restoreSpaces } from '../engines/ocr/restore-spaces.js';
import { rotate180 } from '../engines/mrz/rotate-180.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import { canonicalSize } from '../engines/vision/document-finder.js';
import { mapBoxToSource } from '../engines/vision/homography.js';
import type { Quad } from '../engines/vision/quad.js';
import { pageToSource, sourceToPage, turnQuad } from './page-geometry.js';
import { PAGE_DETECTOR_SIDE } from './read-page-mrz.js';
import type { ReadPage } from './read-document.js';
import { readingOrder } from './read-viz-lines.js';

/**
 * An outline holding fewer text lines than this is not taken for a card side without a second look at the whole
 * frame: on a light card over a light background the finder can outline a printed box on the card (the NRIC's
 * thumbprint frame) rather than the card. Every card side of the seed prints at least three lines.
 */
export const MIN_SIDE_LINES = 3;

/** Lines read both ways up to settle a page's orientation: the largest ones, whose reading is the surest. */
const ORIENTATION_PROBE_LINES = 6;
/**
 * ... but no more of them than this many line heights in all (about sixty glyphs): recognition time grows with a
 * line's length, and a card's back of long paragraph lines would otherwise be read twice at length.
 */
const ORIENTATION_PROBE_LENGTH = 50;

/** Lines read before asking whether a side needs reading whole (readCardSide's `enough`). */
const EARLY_LINES = 12;

/** Boxes by area, largest first. */
function largestFirst(boxes: readonly OcrQuad[]): OcrQuad[] {
  return [...boxes].sort((a, b) => quadSize(b).width * quadSize(b).height - quadSize(a).width * quadSize(a).height);
}

/** The largest boxes, within ORIENTATION_PROBE_LINES and ORIENTATION_PROBE_LENGTH (at least one). */
function probeLines(boxes: readonly OcrQuad[]): OcrQuad[] {
  const largest = largestFirst(boxes);
  const probe: OcrQuad[] = [];
  let length = 0;
  for (const quad of largest.slice(0, ORIENTATION_PROBE_LINES)) {
    const { width, height } = quadSize(quad);
    length += width / Math.max(1, height);
    if (probe.length > 0 && length > ORIENTATION_PROBE_LENGTH) break;
    probe.push(quad);
  }
  return probe;
}
/**
 * Text read upside down by PP-OCR still comes back, at lower confidence. The turn is taken only when it reads
 * clearly better, so an ambiguous page stays as the finder cut it and the portrait settles it later.
 */
const ORIENTATION_MARGIN = 0.05;
/** Mean confidence of the probe lines above which the page is taken as upright without reading it turned. */
const UPRIGHT_CONFIDENCE = 0.9;

const rgb = (image: RgbImage) => ({ width: image.width, height: image.height, channels: 3 as const, data: image.data });

async function detect(engines: Engines, image: RgbImage): Promise<OcrQuad[]> {
  return (await engines.ocr.detect(rgb(image), { maxSide: PAGE_DETECTOR_SIDE })).map((b) => b.quad);
}

/** Most text boxes taller than wide: the page was cut a quarter turn off (a card outlined or framed on its side). */
function sideways(boxes: readonly OcrQuad[]): boolean {
  if (boxes.length < 2) return boxes.length === 1 && quadSize(boxes[0]!).height > 2 * quadSize(boxes[0]!).width;
  const tall = boxes.filter((quad) => quadSize(quad).height > 1.5 * quadSize(quad).width).length;
  return tall > boxes.length / 2;
}

/** Below this tilt (radians, about 2°) rows of text stay apart and a frame is read as it is. */
const MAX_SKEW = 0.035;

/** The median tilt of the frame's text lines (radians, clockwise positive), from their long, thin boxes. */
function textSkew(boxes: readonly OcrQuad[]): number {
  const angles = boxes
    .filter((quad) => quadSize(quad).width > 3 * quadSize(quad).height)
    .map((quad) => Math.atan2(quad[1].y - quad[0].y, quad[1].x - quad[0].x))
    .sort((a, b) => a - b);
  return angles.length < 3 ? 0 : angles[Math.floor(angles.length / 2)]!;
}

/** A cut of the submitted image: its corners there and the size it is rectified at. */
export interface Cut {
  quad: Quad;
  size: { width: number; height: number };
}

/**
 * Boxes found on one cut, carried onto another through the submitted image's coordinates, each re-ordered to start
 * at its top-left as the detector orders its own (geometry.ts orderQuad).
 */
export function carryBoxes(boxes: readonly OcrQuad[], from: Cut, to: Cut): OcrQuad[] {
  const toSource = pageToSource(from.quad, from.size);
  const toPage = sourceToPage(to.quad, to.size);
  return boxes.map((quad) =>
    orderQuad(
      quad.map((p) => {
        const [x, y] = toPage(toSource([p.x, p.y]));
        return { x, y };
      }),
    ),
  );
}

/**
 * Every national card of the seed is ID-1 (ISO/IEC 7810, 85.6 × 54 mm). A finder outline taken for a TD3 page is
 * cut again at the ID-1 shape (a squashed card reads worse: word gaps shrink), and a page whose text runs down
 * rather than across is cut again a quarter turn on, so captions and values keep their rows and columns. Which of
 * the two half-turns is upright is settled afterwards, from the text.
 *
 * Each of these re-cuts (ID-1 shape, quarter turn, levelling, a frame's text region) is decided from the first
 * detection's boxes carried onto the new cut; only the final cut is rectified and detected again, so a side needs
 * two detections however many re-cuts it takes (a sideways, tilted card found only in the frame took four). The
 * final cut is always detected afresh: reading boxes carried from another cut cost fields (a Thai card's, an NRIC
 * name) where the detector's own boxes on the final cut read them.
 */
async function cardShaped(engines: Engines, page: ReadPage): Promise<ReadPage> {
  const id1 = canonicalSize('id1');
  let current = page;
  let cut: Cut = { quad: page.quad, size: page.size };
  // An outline whose first detection found fewer boxes than a card side prints lines holds no card side at any
  // shape: it is read as it is, and read-card-pages.ts goes on to the frame.
  const textPoor = page.textBoxes !== undefined && page.textBoxes.length < MIN_SIDE_LINES;
  const reshape = page.via === 'finder' && !textPoor && (page.size.width !== id1.width || page.size.height !== id1.height);
  let boxes: OcrQuad[] = [];
  // Whether `boxes` were detected on the cut's image as it stands (else carried there from an earlier cut).
  let detected = true;
  const recut = (next: Cut): void => {
    boxes = carryBoxes(boxes, cut, next);
    cut = next;
    detected = false;
  };
  if (page.textBoxes !== undefined) {
    boxes = [...page.textBoxes];
    if (reshape) recut({ quad: page.quad, size: id1 });
  } else if (reshape) {
    // Nothing detected yet: the ID-1 cut is the first one detected.
    current = { ...page, size: id1, page: await engines.documentFinder.rectify(page.source, page.quad, id1) };
    cut = { quad: page.quad, size: id1 };
    boxes = await detect(engines, current.page);
  } else {
    boxes = await detect(engines, page.page);
  }
  // A cut holding fewer boxes than a card side prints lines is no card side either way round (read-card-pages.ts
  // goes on to the frame): it is not cut again a quarter turn on.
  if (boxes.length >= MIN_SIDE_LINES && sideways(boxes)) {
    // Corners one place on: the left side of the cut becomes its top.
    const quad: Quad = [cut.quad[3], cut.quad[0], cut.quad[1], cut.quad[2]];
    recut({ quad, size: current.via === 'finder' ? id1 : { width: cut.size.height, height: cut.size.width } });
    current = { ...current, upright: false };
  }
  const skew = textSkew(boxes);
  if (Math.abs(skew) > MAX_SKEW) recut(levelled(cut, skew));
  if (current.via === 'frame') {
    const region = textRegion(boxes, cut.size);
    if (region !== null) {
      // The card's own extent, from its text: templates place fields as fractions of the card, not of the photo
      // around it (a card in the middle of a portrait phone photo).
      recut({ quad: mapBoxToSource(cut.quad, cut.size, region), size: id1 });
    }
  }
  if (detected) return { ...current, textBoxes: boxes };
  let image = await engines.documentFinder.rectify(current.source, cut.quad, cut.size);
  boxes = await detect(engines, image);
  // Boxes detected on text running down the page give its tilt less surely than boxes on level text: a tilt left
  // on the final cut (2.7° on a sideways TIN in a frame, which put its address's first line on the caption's row)
  // is levelled and detected once more.
  const residual = textSkew(boxes);
  if (Math.abs(residual) > MAX_SKEW) {
    cut = levelled(cut, residual);
    image = await engines.documentFinder.rectify(current.source, cut.quad, cut.size);
    boxes = await detect(engines, image);
  }
  return { ...current, quad: cut.quad, size: cut.size, page: image, textBoxes: boxes };
}

/**
 * The cut turned so its text lies level: its corners turned by the text's tilt about its centre (parts outside the
 * image come out blank). A card photographed a few degrees off, or an outline whose corners missed the card's (its
 * text runs aslant across the page), otherwise puts a caption on one row and its value on the next.
 */
function levelled(cut: Cut, skew: number): Cut {
  const cx = cut.quad.reduce((sum, [x]) => sum + x, 0) / 4;
  const cy = cut.quad.reduce((sum, [, y]) => sum + y, 0) / 4;
  const [cos, sin] = [Math.cos(skew), Math.sin(skew)];
  return { quad: cut.quad.map(([x, y]) => [cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos]) as unknown as Quad, size: cut.size };
}

/**
 * Margins around a card's text out to its edges, as shares of the text's extent: the portrait and the space round
 * the printed block (an ID-1 card's text covers about two thirds of its width and three quarters of its height).
 */
export const TEXT_MARGIN_X = 0.12;
export const TEXT_MARGIN_Y = 0.18;
/** A frame whose text already covers this share of it is the card (a tight scan): it is not cut further. */
const TIGHT_SHARE = 0.6;

/** The region of a frame that holds its text, with the card's margins, in page pixels; null when it is the frame. */
function textRegion(boxes: readonly OcrQuad[], page: { width: number; height: number }): { x: number; y: number; width: number; height: number } | null {
  const lines = boxes.filter((quad) => quadSize(quad).width >= 2 * quadSize(quad).height);
  if (lines.length < MIN_REGION_LINES) return null;
  const xs = lines.flatMap((quad) => quad.map((p) => p.x));
  const ys = lines.flatMap((quad) => quad.map((p) => p.y));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = (maxX - minX) * TEXT_MARGIN_X;
  const my = (maxY - minY) * TEXT_MARGIN_Y;
  const x = Math.max(0, minX - mx);
  const y = Math.max(0, minY - my);
  const width = Math.min(page.width, maxX + mx) - x;
  const height = Math.min(page.height, maxY + my) - y;
  if (width * height >= TIGHT_SHARE * page.width * page.height) return null;
  // A card's text block is wider than tall, as the card is (ID-1 is 1.59:1). A taller region holds other print
  // beside the card (a printed sheet under it); cut to the card's shape it would be squashed, so the frame is read
  // as it is.
  return width < MIN_REGION_ASPECT * height ? null : { x, y, width, height };
}

/** Width over height below which a frame's text region is not a card's (textRegion). */
const MIN_REGION_ASPECT = 1;

/** Fewer text lines than this say too little about where the card is. */
const MIN_REGION_LINES = 4;

/** Boxes of a page turned half a turn, each re-ordered to start at its text's top-left (the recogniser reads from there). */
function turnBoxes(boxes: readonly OcrQuad[], width: number, height: number): OcrQuad[] {
  return boxes.map((q) => mapQuad([q[2], q[3], q[0], q[1]], (p) => ({ x: width - p.x, y: height - p.y })));
}

/**
 * The same cut half a turn round, taken as upright: for a card read the wrong way up because the larger, confident
 * text on its page was something else's (a printed sheet under an upside-down card).
 */
export function turnCardSide(page: ReadPage): ReadPage {
  const { width, height } = page.page;
  const textBoxes = page.textBoxes === undefined ? undefined : turnBoxes(page.textBoxes, width, height);
  return { ...page, page: turned(page.page), quad: turnQuad(page.quad), upright: true, ...(textBoxes === undefined ? {} : { textBoxes }) };
}

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180({ ...image, channels: 3 });
  return { width, height, data };
}

/**
 * Lines read with less confidence than this are read again from a crop REREAD_STRETCH times wider: small, narrow
 * print (an address in 1.7 mm capitals) leaves the recogniser about 2.5 steps a glyph and it drops glyphs
 * (`274 P. URGOS T. RGY.` for `274 P. BURGOS ST. BRGY.`, read at 0.74; the wider crop read it whole at 0.88).
 * Lines read well are not read again (widening every line cost a fifth more time and moved word gaps in others),
 * unless cramped (CRAMPED_STEPS_PER_GLYPH).
 */
const REREAD_CONFIDENCE = 0.85;
/** Only lines at least this many heights long (about a dozen glyphs): a shorter one has too few to lose. */
const REREAD_MIN_LENGTH = 8;
/** ... of which this many glyphs were read: a long box read as nothing is no print (a barcode, a rule). */
const REREAD_MIN_GLYPHS = 5;
const REREAD_STRETCH = 1.25;
/**
 * A line read with fewer recogniser steps per glyph than this is read wider too, however confident: the
 * recogniser (one step per 8 px of a 48 px-high crop, so 6 steps per line height of width) drops a glyph of a
 * cramped word without doubting the rest (`179 MABINIT.` for `179 MABINI ST.` at 3.3 steps a glyph, `ACAIA` for
 * `ACACIA` at 3.6: 3.5 missed that one).
 */
const CRAMPED_STEPS_PER_GLYPH = 4;
const STEPS_PER_HEIGHT = 6;

/** What a reading says with confidence: the sum of its glyphs' confidences (a reading that lost glyphs says less). */
function confidentGlyphs(text: RecognizedText): number {
  return text.chars.reduce((sum, c) => sum + c.confidence, 0);
}

/** Glyphs read, word gaps not counted (a wider crop often adds a space the narrow one ran together). */
function glyphCount(text: RecognizedText): number {
  return text.chars.filter((c) => c.char.trim() !== '').length;
}

/**
 * Reads again, REREAD_STRETCH times wider, the long lines of `known` that read with little confidence or cramped,
 * and keeps each wider reading that says more (for a cramped line: that gives back a glyph). Updates `known`.
 */
export async function rereadDoubtful(engines: Engines, page: RgbImage, boxes: readonly OcrQuad[], known: Map<OcrQuad, RecognizedText>): Promise<void> {
  // Doubtful: read with low confidence. Cramped: confident, but with too few steps a glyph to trust that none was
  // dropped; only capitals (a card's values: a mixed-case line is a notice, which no field is read from).
  const doubtful = new Set<OcrQuad>();
  const cramped = new Set<OcrQuad>();
  for (const quad of boxes) {
    const reading = known.get(quad);
    const { width, height } = quadSize(quad);
    if (reading === undefined || reading.chars.length < REREAD_MIN_GLYPHS || width < REREAD_MIN_LENGTH * height) continue;
    if (reading.confidence < REREAD_CONFIDENCE) doubtful.add(quad);
    else if ((STEPS_PER_HEIGHT * width) / Math.max(1, height) / reading.chars.length < CRAMPED_STEPS_PER_GLYPH && !/\p{Ll}/u.test(reading.text)) cramped.add(quad);
  }
  const again = [...doubtful, ...cramped];
  if (again.length === 0) return;
  const wider = await engines.ocr.recognize(rgb(page), again, { stretch: REREAD_STRETCH });
  again.forEach((quad, i) => {
    const before = known.get(quad)!;
    const after = wider[i]!;
    // A cramped line's wider reading is kept only for a glyph it gives back, not for a different one it reads
    // with more confidence (`CALAMEA` for `CALAMBA`).
    const better = confidentGlyphs(after) > confidentGlyphs(before) && (doubtful.has(quad) || glyphCount(after) > glyphCount(before));
    if (better) known.set(quad, after);
  });
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
 * fraction of the page, once the page is cut in the card's shape and a quarter turn settled (`cardShaped`). The
 * page's text boxes are those the MRZ stage detected when it ran on this very page, else detected now. A page whose orientation nothing has settled is read upright and half a turn on its largest
 * lines, and kept the way it reads better.
 */
export async function readCardSide(
  engines: Engines,
  given: ReadPage,
  options: { enough?: (probe: CardSideText) => boolean } = {},
): Promise<{ page: ReadPage; text: CardSideText }> {
  const page = await cardShaped(engines, given);
  let boxes: readonly OcrQuad[] = page.textBoxes ?? (await detect(engines, page.page));
  let current = page;
  // Readings already made on the page as it ends up, by box: the orientation probe's are not read again.
  let known = new Map<OcrQuad, RecognizedText>();
  if (!page.upright && boxes.length > 0) {
    const probe = probeLines(boxes);
    const { width, height } = page.page;
    // Corners re-ordered so each turned box still starts at its text's top-left (the recogniser reads from there).
    const turn = (q: OcrQuad): OcrQuad => mapQuad([q[2], q[3], q[0], q[1]], (p) => ({ x: width - p.x, y: height - p.y }));
    const asIsTexts = await engines.ocr.recognize(rgb(page.page), probe);
    const probeReadings = new Map<OcrQuad, RecognizedText>();
    const asIs = meanConfidence(asIsTexts);
    // Text read this confidently is upright: upside-down print does not read at this level, so the turned reading
    // is only paid for when the first one is doubtful.
    const other = asIs >= UPRIGHT_CONFIDENCE ? null : turned(page.page);
    const turnedTexts = other === null ? [] : await engines.ocr.recognize(rgb(other), probe.map(turn));
    let upsideDown = meanConfidence(turnedTexts);
    let asIsScore = asIs;
    if (other !== null && Math.abs(upsideDown - asIs) <= ORIENTATION_MARGIN && boxes.length > probe.length) {
      // Undecided on the largest lines (a card whose largest lines are in a script the recogniser does not read,
      // Thai): every line is read both ways, and the way that reads better overall wins.
      const rest = boxes.filter((quad) => !probe.includes(quad));
      const [restAsIs, restTurned] = [await engines.ocr.recognize(rgb(page.page), rest), await engines.ocr.recognize(rgb(other), rest.map(turn))];
      asIsScore = meanConfidence([...asIsTexts, ...restAsIs]);
      upsideDown = meanConfidence([...turnedTexts, ...restTurned]);
      rest.forEach((quad, i) => (asIsScore >= upsideDown ? probeReadings.set(quad, restAsIs[i]!) : probeReadings.set(turn(quad), restTurned[i]!)));
    }
    if (other !== null && upsideDown > asIsScore) {
      const original = boxes;
      const turnedBoxes = original.map(turn);
      current = { ...page, page: other, quad: turnQuad(page.quad), upright: true, textBoxes: turnedBoxes };
      boxes = turnedBoxes;
      known = new Map(probe.map((q, i) => [turnedBoxes[original.indexOf(q)]!, turnedTexts[i]!]));
      // Readings of the other lines made while deciding, keyed by the turned boxes' positions.
      for (const [quad, reading] of probeReadings) {
        const match = turnedBoxes.find((b) => b.every((p, k) => p.x === quad[k]!.x && p.y === quad[k]!.y));
        if (match !== undefined) known.set(match, reading);
      }
    } else {
      if (asIsScore > upsideDown + ORIENTATION_MARGIN || other === null) current = { ...page, upright: true };
      known = new Map([...probe.map((q, i): [OcrQuad, RecognizedText] => [q, asIsTexts[i]!]), ...probeReadings]);
    }
  }
  // The lines read to settle the orientation may already say all the caller needs (a back whose text no field
  // uses, read-card-pages.ts): the rest of the side is then not recognised.
  if (options.enough !== undefined && known.size > 0) {
    const readSoFar = (): CardSideText => sideText(current, boxes.filter((quad) => known.has(quad)), known);
    const probe = readSoFar();
    if (options.enough(probe)) return { page: { ...current, textBoxes: boxes }, text: probe };
    // Then the next largest lines up to EARLY_LINES: a back's own phrases are among its larger print.
    const more = largestFirst(boxes.filter((quad) => !known.has(quad))).slice(0, Math.max(0, EARLY_LINES - known.size));
    if (more.length > 0) {
      (await engines.ocr.recognize(rgb(current.page), more)).forEach((text, i) => known.set(more[i]!, text));
      const larger = readSoFar();
      if (options.enough(larger)) return { page: { ...current, textBoxes: boxes }, text: larger };
    }
  }
  const unread = boxes.filter((quad) => !known.has(quad));
  const fresh = await engines.ocr.recognize(rgb(current.page), unread);
  unread.forEach((quad, i) => known.set(quad, fresh[i]!));
  await rereadDoubtful(engines, current.page, boxes, known);
  return { page: { ...current, textBoxes: boxes }, text: sideText(current, boxes, known) };
}

/** One reading as the templates see it: word gaps restored, its box as a fraction of the page; null when blank. */
export function cardLine(raw: RecognizedText, quad: OcrQuad, page: { width: number; height: number }): CardLine | null {
  if (raw.text.trim().length === 0) return null;
  const bounds = quadBounds(quad);
  const reading = restoreSpaces(raw);
  return {
    text: digitTokens(reading.text.trim()),
    confidence: reading.confidence,
    box: { x: bounds.x / page.width, y: bounds.y / page.height, width: bounds.width / page.width, height: bounds.height / page.height },
  };
}

/** The readings of `boxes` as the templates see them (cardLine), in reading order. */
function sideText(page: ReadPage, boxes: readonly OcrQuad[], known: ReadonlyMap<OcrQuad, RecognizedText>): CardSideText {
  const lines: CardLine[] = [];
  for (const quad of boxes) {
    const raw = known.get(quad);
    const line = raw === undefined ? null : cardLine(raw, quad, page.page);
    if (line !== null) lines.push(line);
  }
  return { side: page.side, lines: readingOrder(lines), pageWidth: page.page.width, pageHeight: page.page.height };
}
