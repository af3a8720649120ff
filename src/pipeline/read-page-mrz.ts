import sharp from 'sharp';
import type { Engines } from '../engines/engines.js';
import type { DecodedImage } from '../engines/image-decoder.js';
import type { MrzReading } from '../engines/mrz/mrz-reading.js';
import { rotate180 } from '../engines/mrz/rotate-180.js';
import type { FoundDocument } from '../engines/vision/document-finder.js';
import { canonicalSize } from '../engines/vision/document-finder.js';
import { polygonArea, type Point, type Quad } from '../engines/vision/quad.js';
import type { RgbImage } from '../engines/vision/rgb-image.js';
import { expectedAspect, fromOcrQuad, pageQuadFromMrz, pageSize, pageToSource, turnQuad } from './page-geometry.js';
import type { ReadPage } from './read-document.js';

/** The MRZ lies in the bottom part of an upright page: reading only there bounds the detector's work. */
const MRZ_BAND = 0.5;
/** Long side of the working copy of a whole image searched for an MRZ when no page outline was found. */
const WHOLE_IMAGE_SIDE = 1400;

function rgb(image: RgbImage): { width: number; height: number; channels: 3; data: Uint8Array } {
  return { width: image.width, height: image.height, channels: 3, data: image.data };
}

function turned(image: RgbImage): RgbImage {
  const { width, height, data } = rotate180(rgb(image));
  return { width, height, data };
}

/** Reads the MRZ band of a page assumed upright; null when the band holds no MRZ. */
async function readBand(engines: Engines, page: RgbImage): Promise<MrzReading | null> {
  const top = Math.round(page.height * (1 - MRZ_BAND));
  const region = { x: 0, y: top, width: page.width, height: page.height - top };
  const reading = await engines.mrzReader.read(rgb(page), { region, tryUpsideDown: false });
  return reading !== null && reading.parse.format !== null ? reading : null;
}

/** Source-pixel glyph height: page pixels times the page-to-source scale along the MRZ. */
function sourceCharHeight(reading: MrzReading, zone: Quad): number {
  const page = fromOcrQuad(reading.box);
  const pageLength = Math.hypot(page[1][0] - page[0][0], page[1][1] - page[0][1]);
  const sourceLength = Math.hypot(zone[1][0] - zone[0][0], zone[1][1] - zone[0][1]);
  return pageLength > 0 ? (reading.characterHeightPx * sourceLength) / pageLength : reading.characterHeightPx;
}

/**
 * A page the finder outlined: rectified at its canonical size, read upright, then half a turn (the finder's quad
 * fixes the landscape orientation, not which long side is up). When the MRZ's format does not fit the outline
 * (an ID-1 outline around part of a TD3 page), the page is re-cut from the MRZ's own geometry.
 */
export async function readOutlinedPage(engines: Engines, source: DecodedImage, found: FoundDocument): Promise<ReadPage> {
  let quad = found.quad;
  let size = canonicalSize(found.aspect);
  let page = await engines.documentFinder.rectify(source, quad, size);
  let mrz = await readBand(engines, page);
  if (mrz === null) {
    const flipped = turned(page);
    mrz = await readBand(engines, flipped);
    if (mrz !== null) {
      page = flipped;
      quad = turnQuad(quad);
    }
  }
  const base: ReadPage = { side: source.side, source, quad, size, page, upright: mrz !== null, via: 'finder', mrz: null, mrzZone: null, mrzCharHeightPx: null };
  if (mrz === null || mrz.parse.format === null) return base;
  const toSource = pageToSource(quad, size);
  const zone = fromOcrQuad(mrz.box).map(toSource) as Quad;
  const withMrz: ReadPage = { ...base, mrz, mrzZone: zone, mrzCharHeightPx: sourceCharHeight(mrz, zone) };
  if (found.aspect === expectedAspect(mrz.parse.format)) return withMrz;
  const format = mrz.parse.format;
  quad = pageQuadFromMrz(zone, format);
  size = pageSize(format);
  page = await engines.documentFinder.rectify(source, quad, size);
  return { ...withMrz, quad, size, page, via: 'mrz' };
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
}

async function workingCopies(source: DecodedImage): Promise<Working[]> {
  const scale = Math.min(1, WHOLE_IMAGE_SIDE / Math.max(source.width, source.height));
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const small = await sharp(source.data, { raw: { width: source.width, height: source.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  const unscale = ([x, y]: Point): Point => [x / scale, y / scale];
  // sharp turns clockwise; each inverse takes a point of the turned copy back to the unturned one.
  const turns: Array<[number, (p: Point) => Point]> = [
    [0, (p) => p],
    [180, ([x, y]) => [width - x, height - y]],
    [90, ([x, y]) => [y, height - x]],
    [270, ([x, y]) => [width - y, x]],
  ];
  const copies: Working[] = [];
  for (const [angle, inverse] of turns) {
    const { data, info } = await sharp(small, { raw: { width, height, channels: 3 } }).rotate(angle).raw().toBuffer({ resolveWithObject: true });
    copies.push({ image: { width: info.width, height: info.height, data }, back: (p) => unscale(inverse(p)) });
  }
  return copies;
}

/**
 * The whole image searched for an MRZ at each quarter turn, for images where the finder saw no outline (a tight
 * scan where the page fills the frame, a page on clutter). The page is then estimated from the MRZ zone.
 */
export async function readWholeImage(engines: Engines, source: DecodedImage): Promise<ReadPage | null> {
  // Two MRZ lines need some height: nothing below the locate stage's minimum can hold one.
  if (Math.min(source.width, source.height) < 32) return null;
  for (const working of await workingCopies(source)) {
    const mrz = await engines.mrzReader.read(rgb(working.image), { tryUpsideDown: false });
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
