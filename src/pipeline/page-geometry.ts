import type { MrzFormat } from '../documents/mrz/index.js';
import type { Quad as OcrQuad } from '../engines/ocr/geometry.js';
import type { RectifySize } from '../engines/vision/document-finder.js';
import { applyHomography, homography, rectangleQuad } from '../engines/vision/homography.js';
import type { Point, Quad } from '../engines/vision/quad.js';
import type { Box } from '../engines/vision/rgb-image.js';
import type { EvidenceRegion, Side } from '../verification/types.js';

/**
 * Geometry of a read page: where its corners are in the submitted image, and the MRZ-based page estimate used when
 * the finder saw no outline (a tight scan, a busy background) or an outline of the wrong format.
 */

/** Page size (mm, landscape) and MRZ characters per line of each format (ICAO 9303 parts 4–7). */
const FORMAT_GEOMETRY: Record<MrzFormat, { width: number; height: number; chars: number }> = {
  TD3: { width: 125, height: 88, chars: 44 },
  TD2: { width: 105, height: 74, chars: 36 },
  TD1: { width: 85.6, height: 53.98, chars: 30 },
  MRVA: { width: 120, height: 80, chars: 44 },
  MRVB: { width: 105, height: 74, chars: 36 },
};
/** OCR-B MRZ character pitch: 10 characters per inch (ICAO 9303-3 §4.2). */
const PITCH_MM = 2.54;
/** The last MRZ line's lower edge sits about this far above the page's bottom edge. */
const BOTTOM_MARGIN_MM = 3;

/** Rectified size of a page of this format: the finder's canonical sizes (ID-1 1000×630, others 1250 px wide). */
export function pageSize(format: MrzFormat): RectifySize {
  const g = FORMAT_GEOMETRY[format];
  const width = format === 'TD1' ? 1000 : 1250;
  return { width, height: Math.round((width * g.height) / g.width) };
}

/** The page aspect the finder should have reported for this format (its hint: ID-1 card or TD3 page). */
export function expectedAspect(format: MrzFormat): 'id1' | 'td3' {
  return format === 'TD1' ? 'id1' : 'td3';
}

export function toPoint(p: { x: number; y: number }): Point {
  return [p.x, p.y];
}

/** An OCR quad (corners from the top-left, clockwise, on an upright page) as a vision quad. */
export function fromOcrQuad(q: OcrQuad): Quad {
  return [toPoint(q[0]), toPoint(q[1]), toPoint(q[2]), toPoint(q[3])];
}

/**
 * The page's corners estimated from its MRZ zone: the zone spans `chars` characters at 10 cpi, is centred
 * across the page and sits near its bottom edge. `zone` is upright (top-left, top-right, bottom-right,
 * bottom-left of the text); the page quad is returned in the same coordinates and corner order.
 */
export function pageQuadFromMrz(zone: Quad, format: MrzFormat): Quad {
  const g = FORMAT_GEOMETRY[format];
  const [tl, tr, br, bl] = zone;
  const topLength = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
  const u: Point = [(tr[0] - tl[0]) / topLength, (tr[1] - tl[1]) / topLength];
  const v: Point = [-u[1], u[0]];
  const mmToPx = (Math.hypot(tr[0] - tl[0], tr[1] - tl[1]) + Math.hypot(br[0] - bl[0], br[1] - bl[1])) / 2 / (g.chars * PITCH_MM);
  const centreX = (tl[0] + tr[0] + br[0] + bl[0]) / 4;
  const centreY = (tl[1] + tr[1] + br[1] + bl[1]) / 4;
  // Bottom-centre of the zone along the page's vertical axis, then down to the page edge.
  const bottomOffset = ((br[0] + bl[0]) / 2 - centreX) * v[0] + ((br[1] + bl[1]) / 2 - centreY) * v[1] + BOTTOM_MARGIN_MM * mmToPx;
  const halfWidth = (g.width / 2) * mmToPx;
  const height = g.height * mmToPx;
  const at = (along: number, down: number): Point => [centreX + along * u[0] + down * v[0], centreY + along * u[1] + down * v[1]];
  return [at(-halfWidth, bottomOffset - height), at(halfWidth, bottomOffset - height), at(halfWidth, bottomOffset), at(-halfWidth, bottomOffset)];
}

/** Maps points of a rectified page back to the submitted image. */
export function pageToSource(quad: Quad, size: RectifySize): (p: Point) => Point {
  const h = homography(rectangleQuad(size.width, size.height), quad);
  return (p) => applyHomography(h, p);
}

/** Maps points of the submitted image onto a rectified page. */
export function sourceToPage(quad: Quad, size: RectifySize): (p: Point) => Point {
  const h = homography(quad, rectangleQuad(size.width, size.height));
  return (p) => applyHomography(h, p);
}

/** The same page turned half a turn: corner order shifted by two (the page's top-left is the old bottom-right). */
export function turnQuad(quad: Quad): Quad {
  return [quad[2], quad[3], quad[0], quad[1]];
}

/** A page box as an evidence region: the box's corners in the submitted image. */
export function regionOf(side: Side, map: (p: Point) => Point, box: { x: number; y: number; width: number; height: number }): EvidenceRegion {
  const corners: Point[] = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ];
  return { side, quad: corners.map((p) => roundPoint(map(p))) };
}

export function roundPoint([x, y]: Point): Point {
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

export function roundQuad(quad: readonly Point[]): Point[] {
  return quad.map(roundPoint);
}

/** Page points sampled every this many pixels to find the part of a page inside the frame. */
const IN_FRAME_STEP = 4;

/**
 * The part of a rectified page that lies inside the submitted image, as a box of page pixels: the whole page when its
 * quad is in the frame, else the bounding box of the page points (sampled every IN_FRAME_STEP px) that map into it.
 * The rectifier fills a page estimated past the frame with white, which is neither glare nor exposure.
 */
export function inFrameBox(quad: Quad, size: RectifySize, frame: { width: number; height: number }): Box {
  const whole = { x: 0, y: 0, width: size.width, height: size.height };
  const inside = ([x, y]: Point): boolean => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  if (quad.every(inside)) return whole;
  const toSource = pageToSource(quad, size);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let y = 0; y < size.height; y += IN_FRAME_STEP) {
    for (let x = 0; x < size.width; x += IN_FRAME_STEP) {
      if (!inside(toSource([x + 0.5, y + 0.5]))) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (minX > maxX) return whole;
  const right = Math.min(size.width, maxX + IN_FRAME_STEP);
  const bottom = Math.min(size.height, maxY + IN_FRAME_STEP);
  return { x: minX, y: minY, width: right - minX, height: bottom - minY };
}
