import sharp from 'sharp';
import type { Engines } from '../engines/engines.js';
import type { DecodedImage } from '../engines/image-decoder.js';
import type { MrzReading } from '../engines/mrz/mrz-reading.js';
import { mapQuad, quadSize, type Quad as OcrQuad } from '../engines/ocr/geometry.js';
import { rotate180 } from '../engines/mrz/rotate-180.js';
import { lineCandidates } from '../engines/mrz/mrz-line-candidates.js';
import type { FoundDocument } from '../engines/vision/document-finder.js';
import { canonicalSize } from '../engines/vision/document-finder.js';
import { polygonArea, type Point, type Quad } from '../engines/vision/quad.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import { expectedAspect, fromOcrQuad, pageQuadFromMrz, pageSize, pageToSource, turnQuad } from './page-geometry.js';
import type { ReadPage } from './read-document.js';

/** The MRZ lies in the bottom part of an upright page: only the text lines there are searched for it. */
const MRZ_BAND = 0.5;
/**
 * Detector input of a rectified page: one detection serves its MRZ band (both ways up) and, in the viz stage, its
 * visual zone. 960 is the MRZ reader's default and the visual zone's measured need (viz-stage.ts).
 */
export const PAGE_DETECTOR_SIDE = 960;
/** Long side of the working copy of a whole image searched for an MRZ when no page outline was found. */
const WHOLE_IMAGE_SIDE = 1400;

function rgb(image: RgbImage): { width: number; height: number; channels: 3; data: Uint8Array } {
  return { width: image.width, height: image.height, channels: 3, data: image.data };
}

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180(rgb(image));
  return { width, height, data };
}

/** Reads the MRZ band of a page assumed upright, from the page's detected boxes; null when the band holds no MRZ. */
async function readBand(engines: Engines, page: RgbImage, boxes: readonly OcrQuad[], onLineRead?: (text: string) => void): Promise<MrzReading | null> {
  const top = Math.round(page.height * (1 - MRZ_BAND));
  const region = { x: 0, y: top, width: page.width, height: page.height - top };
  const reading = await engines.mrzReader.read(rgb(page), { region, tryUpsideDown: false, boxes, detectorMaxSide: PAGE_DETECTOR_SIDE, onLineRead });
  return reading !== null && reading.parse.format !== null ? reading : null;
}

/** A whole MRZ line spans most of the page's width (44 characters on a TD3 page, 30 or 36 on a card). */
const MRZ_LINE_SHARE = 0.6;
const MRZ_LINE_ASPECT = 15;

/**
 * Whether the page's MRZ-like lines (long, thin, nearly page-wide) lie in its top half rather than its bottom half:
 * then the page is upside down and is turned before the first read. Only the order of the two reads depends on
 * it, so a wrong guess costs time, never a reading.
 */
function mrzOnTop(page: RgbImage, boxes: readonly OcrQuad[]): boolean {
  let balance = 0;
  for (const quad of boxes) {
    const { width, height } = quadSize(quad);
    if (width < MRZ_LINE_SHARE * page.width || width < MRZ_LINE_ASPECT * height) continue;
    const y = (quad[0].y + quad[1].y + quad[2].y + quad[3].y) / 4;
    balance += y < page.height / 2 ? 1 : -1;
  }
  return balance > 0;
}

/**
 * An MRZ line is long and thin: 30–44 OCR-B characters across most of the page. Half that share of the width
 * still counts, for a line the detector split at a run of fillers.
 */
export function hasMrzLikeLine(page: RgbImage, boxes: readonly OcrQuad[]): boolean {
  return boxes.some((quad) => {
    const { width, height } = quadSize(quad);
    return width >= (MRZ_LINE_SHARE / 2) * page.width && width >= (MRZ_LINE_ASPECT / 2) * height;
  });
}

/**
 * ICAO 9303 part 5: a TD1 line is 30 characters at 2.54 mm, 76 mm of the ID-1 card's 85.6 mm (0.89 of its width;
 * a TD2 line, 0.87 of its document). A card-sized outline whose text has no line (split pieces joined) of this
 * share holds no MRZ, or was cut so badly that the whole-image search must find it. Measured on studio photos of
 * the eleven national cards: their longest lines span up to 0.69 of the card (titles, addresses; one, the SIM's
 * back, 0.81, so its band is still read), the MRZ lines of TD1 cards 0.88.
 */
const CARD_MRZ_LINE_SHARE = 0.75;

function hasCardMrzLine(page: RgbImage, boxes: readonly OcrQuad[]): boolean {
  return lineCandidates(boxes).some((line) => line.width >= CARD_MRZ_LINE_SHARE * page.width && line.width >= MRZ_LINE_ASPECT * line.height);
}

/**
 * A line of words: four or more runs of letters between spaces, twenty letters in all (`This card does not by
 * itself confer on the holder a right`). An MRZ name line read with its filler runs as spaces has two or three
 * (`PUTOERIKSSON ANNA MARIA`); a page whose outline cut its MRZ off reads dates and fragments in its band
 * (`DOaeuy`, `04.11.2026.`), which are not prose either.
 */
export function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return words.length >= 4 && letters >= 20 && !text.includes('<');
}

/** Source-pixel glyph height: page pixels times the page-to-source scale along the MRZ. */
function sourceCharHeight(reading: MrzReading, zone: Quad): number {
  const page = fromOcrQuad(reading.box);
  const pageLength = Math.hypot(page[1][0] - page[0][0], page[1][1] - page[0][1]);
  const sourceLength = Math.hypot(zone[1][0] - zone[0][0], zone[1][1] - zone[0][1]);
  return pageLength > 0 ? (reading.characterHeightPx * sourceLength) / pageLength : reading.characterHeightPx;
}

/**
 * A page the finder outlined: rectified at its canonical size, its text detected once, read first the way up its
 * long lines suggest, then the other (the finder's quad fixes the landscape orientation, not which long side is up). When the MRZ's format does not fit the outline
 * (an ID-1 outline around part of a TD3 page), the page is re-cut from the MRZ's own geometry.
 */
export async function readOutlinedPage(engines: Engines, source: DecodedImage, found: FoundDocument): Promise<ReadPage> {
  let quad = found.quad;
  let size = canonicalSize(found.aspect);
  let page = await engines.documentFinder.rectify(source, quad, size);
  const detected = (await engines.ocr.detect(rgb(page), { maxSide: PAGE_DETECTOR_SIDE })).map((b) => b.quad);
  // The same boxes on the page turned half a turn (no second detection), corners re-ordered so each box still
  // starts at its text's top-left: the recogniser reads a quad from its first corner.
  const turn = (q: OcrQuad): OcrQuad => mapQuad([q[2], q[3], q[0], q[1]], (p) => ({ x: page.width - p.x, y: page.height - p.y }));
  const turnedBoxes = detected.map(turn);
  const upright = page;
  const ways = [
    { page: () => upright, quad, boxes: detected },
    { page: () => turned(upright), quad: turnQuad(quad), boxes: turnedBoxes },
  ];
  if (mrzOnTop(page, detected)) ways.reverse();
  let mrz: MrzReading | null = null;
  let boxes: readonly OcrQuad[] = detected;
  // Neither way up holding an MRZ leaves the page as the finder cut it. A page without one long thin line cannot
  // hold an MRZ (a national card's front), nor a card-sized page without one line nearly as wide as the card: its
  // band is not read at all.
  const mayHoldMrz = found.aspect === 'id1' ? hasCardMrzLine(page, detected) : hasMrzLikeLine(page, detected);
  const candidates = mayHoldMrz ? ways : [];
  // What the band's candidate lines read as, to tell an MRZ cut short from prose (bandHoldsProse).
  let proseRead = false;
  let fillersRead = false;
  const bandTexts: string[] = [];
  const onLineRead = (text: string): void => {
    proseRead ||= isProse(text);
    fillersRead ||= text.includes('<');
    bandTexts.push(text);
  };
  for (const way of candidates) {
    const image = way.page();
    mrz = await readBand(engines, image, way.boxes, onLineRead);
    if (mrz === null) continue;
    [page, quad, boxes] = [image, way.quad, way.boxes];
    break;
  }
  const bandHoldsProse = mrz === null && proseRead && !fillersRead;
  const base: ReadPage = { side: source.side, source, quad, size, page, upright: mrz !== null, via: 'finder', mrz: null, mrzZone: null, mrzCharHeightPx: null, textBoxes: boxes, bandHoldsProse, ...(mrz === null && bandTexts.length > 0 ? { bandTexts } : {}) };
  if (mrz === null || mrz.parse.format === null) return base;
  const toSource = pageToSource(quad, size);
  const zone = fromOcrQuad(mrz.box).map(toSource) as Quad;
  const withMrz: ReadPage = { ...base, mrz, mrzZone: zone, mrzCharHeightPx: sourceCharHeight(mrz, zone) };
  if (found.aspect === expectedAspect(mrz.parse.format)) return withMrz;
  const format = mrz.parse.format;
  quad = pageQuadFromMrz(zone, format);
  size = pageSize(format);
  page = await engines.documentFinder.rectify(source, quad, size);
  // A new cut: the boxes detected on the outlined page no longer apply.
  return { ...withMrz, quad, size, page, via: 'mrz', textBoxes: undefined };
}

/** An outline smaller than this share of the frame is not taken for a page without MRZ (a portrait, a barcode). */
const MIN_OUTLINE_SHARE = 0.25;

/**
 * A side without MRZ (a TD1 card's front): the finder's outline when it is credible, else the whole frame (tight
 * scans have no outline). Its orientation is settled later by the portrait.
 */
export async function readPlainPage(engines: Engines, source: DecodedImage, found: FoundDocument | null, outlined: ReadPage | null): Promise<ReadPage> {
  if (found !== null && outlined !== null && polygonArea(found.quad) >= MIN_OUTLINE_SHARE * source.width * source.height) return outlined;
  const scale = Math.min(1, 1250 / Math.max(source.width, source.height));
  const size = { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) };
  const quad: Quad = [
    [0, 0],
    [source.width, 0],
    [source.width, source.height],
    [0, source.height],
  ];
  const page = await engines.documentFinder.rectify(source, quad, size);
  return { side: source.side, source, quad, size, page, upright: false, via: 'frame', mrz: null, mrzZone: null, mrzCharHeightPx: null };
}

interface Working {
  image: RgbImage;
  /** Working-image point → submitted-image point. */
  back: (p: Point) => Point;
  /** The detector's text boxes on `image` (at the MRZ reader's default input size). */
  boxes: readonly OcrQuad[];
}

/** Detector input of a whole-image working copy: the MRZ reader's own default (mrz-reader.ts). */
const WHOLE_IMAGE_DETECTOR_SIDE = 960;

/** The same boxes on the image turned half a turn, each still starting at its text's top-left (readOutlinedPage). */
function turnBoxes(boxes: readonly OcrQuad[], width: number, height: number): OcrQuad[] {
  return boxes.map((q) => mapQuad([q[2], q[3], q[0], q[1]], (p) => ({ x: width - p.x, y: height - p.y })));
}

/**
 * Whether the long thin lines (MRZ candidates) sit above the rest of the text: an upright page carries its MRZ
 * below its visual zone, so such an image is read turned half a turn first. Only the order of two reads depends
 * on it; both are still tried.
 */
function longLinesAboveText(boxes: readonly OcrQuad[]): boolean {
  const centre = (q: OcrQuad): number => (q[0].y + q[1].y + q[2].y + q[3].y) / 4;
  const long: number[] = [];
  const rest: number[] = [];
  for (const quad of boxes) {
    const { width, height } = quadSize(quad);
    (width >= MRZ_LINE_ASPECT * height ? long : rest).push(centre(quad));
  }
  if (long.length === 0 || rest.length === 0) return false;
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  return mean(long) < mean(rest);
}

/**
 * The working copies of a whole image, a quarter-turn pair at a time: the copy as submitted and turned 90°
 * clockwise are each detected once; the half-turned copy of each reuses its detection, its boxes turned with it
 * (as readOutlinedPage does for a page), so a search costs at most two detections instead of four.
 */
async function* workingCopies(engines: Engines, source: DecodedImage): AsyncGenerator<Working> {
  const scale = Math.min(1, WHOLE_IMAGE_SIDE / Math.max(source.width, source.height));
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const small = await sharp(source.data, { raw: { width: source.width, height: source.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  const unscale = ([x, y]: Point): Point => [x / scale, y / scale];
  // sharp turns clockwise; each inverse takes a point of the turned copy back to the unturned one.
  const quarterTurns: Array<[number, (p: Point) => Point]> = [
    [0, (p) => p],
    [90, ([x, y]) => [y, height - x]],
  ];
  for (const [angle, inverse] of quarterTurns) {
    const { data, info } = await sharp(small, { raw: { width, height, channels: 3 } }).rotate(angle).raw().toBuffer({ resolveWithObject: true });
    const image: RgbImage = { width: info.width, height: info.height, data };
    const boxes = (await engines.ocr.detect(rgb(image), { maxSide: WHOLE_IMAGE_DETECTOR_SIDE })).map((b) => b.quad);
    // Nothing detected: neither way up holds a line to read.
    if (boxes.length === 0) continue;
    const base: Working = { image, back: (p) => unscale(inverse(p)), boxes };
    const half = (): Working => ({
      image: turned(image),
      back: ([x, y]) => unscale(inverse([image.width - x, image.height - y])),
      boxes: turnBoxes(boxes, image.width, image.height),
    });
    if (longLinesAboveText(boxes)) {
      yield half();
      yield base;
    } else {
      yield base;
      yield half();
    }
  }
}

/**
 * The whole image searched for an MRZ at each quarter turn, for images where the finder saw no outline (a tight
 * scan where the page fills the frame, a page on clutter). The page is then estimated from the MRZ zone.
 */
export async function readWholeImage(engines: Engines, source: DecodedImage): Promise<ReadPage | null> {
  // Two MRZ lines need some height: nothing below the locate stage's minimum can hold one.
  if (Math.min(source.width, source.height) < 32) return null;
  for await (const working of workingCopies(engines, source)) {
    const mrz = await engines.mrzReader.read(rgb(working.image), { tryUpsideDown: false, boxes: working.boxes, detectorMaxSide: WHOLE_IMAGE_DETECTOR_SIDE });
    if (mrz === null || mrz.parse.format === null) continue;
    const format = mrz.parse.format;
    const zoneWorking = fromOcrQuad(mrz.box);
    const zone = zoneWorking.map(working.back) as Quad;
    const quad = pageQuadFromMrz(zoneWorking, format).map(working.back) as Quad;
    const size = pageSize(format);
    const page = await engines.documentFinder.rectify(source, quad, size);
    const scale = Math.hypot(zone[1][0] - zone[0][0], zone[1][1] - zone[0][1]) / Math.max(1, Math.hypot(zoneWorking[1][0] - zoneWorking[0][0], zoneWorking[1][1] - zoneWorking[0][1]));
    return {
      side: source.side,
      source,
      quad,
      size,
      page,
      upright: true,
      via: 'mrz',
      mrz,
      mrzZone: zone,
      mrzCharHeightPx: mrz.characterHeightPx * scale,
    };
  }
  return null;
}
