// The detector often stops short of an MRZ line's end: long filler runs (`<<<<<<`) look like a pattern rather
// than text to it. Every MRZ line runs its full fixed length (ICAO 9303 part 3 §4.6: unused positions are filled
// with `<`), so the true extent is found in the pixels: along each line's axis, beyond the detected part, the
// ink continues with no gap wider than about one character until the line ends.

import { rectCorners, type Point } from '../ocr/geometry.js';
import { toGrey, type PixelImage } from '../ocr/pixel-image.js';
import { warpQuad } from '../ocr/warp-quad.js';
import { flattenIllumination } from './flatten-illumination.js';
import { otsuThreshold } from './ink-band.js';
import { toCandidate, type LineCandidate } from './mrz-line-candidates.js';

/** The strip is sampled this many pixels high: enough to see glyphs, cheap to scan. */
const STRIP_HEIGHT = 24;
/** The strip spans this many box heights, so ink that runs through the box from above to below shows as such. */
const STRIP_SPAN = 1.5;
/**
 * A blank run longer than this (strip pixels) ends the line: 0.95 box heights, about 1.2 character pitches, since
 * OCR-B leaves almost a pitch of blank between some neighbours (an `L` followed by an `I`).
 */
const MAX_GAP = (0.95 * STRIP_HEIGHT) / STRIP_SPAN;
/** Room left beyond the last ink, like the detector's own margin. */
const END_MARGIN = (0.3 * STRIP_HEIGHT) / STRIP_SPAN;
/**
 * How far beyond the detected part to look. The detector loses filler runs, which end lines, so the search runs
 * far to the right (in detected widths) but only a little to the left (in box heights), where an MRZ line starts
 * with letters or digits the detector finds and where the document's edge often lies.
 */
const LOOK_LEFT_HEIGHTS = 1.5;
const LOOK_RIGHT_WIDTHS = 1.5;

/** Parameter range [lo, hi] of c + t·axis inside the image (slab method). */
function insideRange(c: Point, axis: Point, width: number, height: number): { lo: number; hi: number } {
  let lo = -Infinity, hi = Infinity;
  for (const [p, d, max] of [[c.x, axis.x, width], [c.y, axis.y, height]] as const) {
    if (Math.abs(d) < 1e-9) continue;
    const a = (0 - p) / d;
    const b = (max - p) / d;
    lo = Math.max(lo, Math.min(a, b));
    hi = Math.min(hi, Math.max(a, b));
  }
  return { lo, hi };
}

/** The line's extent along its axis (relative to its centre) after following its ink both ways. */
function inkExtent(image: PixelImage, line: LineCandidate): { from: number; to: number } {
  const half = line.width / 2;
  const range = insideRange(line.centre, line.axis, image.width, image.height);
  const t0 = Math.max(range.lo, -half - LOOK_LEFT_HEIGHTS * line.height);
  const t1 = Math.min(range.hi, half + LOOK_RIGHT_WIDTHS * line.width);
  const scale = STRIP_HEIGHT / (STRIP_SPAN * line.height);
  const width = Math.max(1, Math.round((t1 - t0) * scale));
  const halfSpan = (STRIP_SPAN * line.height) / 2;
  const n = { x: -line.axis.y * halfSpan, y: line.axis.x * halfSpan };
  const at = (t: number, s: number): Point => ({ x: line.centre.x + t * line.axis.x + s * n.x, y: line.centre.y + t * line.axis.y + s * n.y });
  const strip = warpQuad(image, [at(t0, -1), at(t1, -1), at(t1, 1), at(t0, 1)], width, STRIP_HEIGHT);
  const grey = flattenIllumination({ width, height: STRIP_HEIGHT, data: toGrey(strip) }, STRIP_HEIGHT / 8).data;
  const col = (t: number): number => Math.round((t - t0) * scale);
  const ownFrom = Math.max(0, col(-half));
  const ownTo = Math.min(width, col(half));
  const own = new Uint8Array(STRIP_HEIGHT * Math.max(1, ownTo - ownFrom));
  for (let y = 0, k = 0; y < STRIP_HEIGHT; y++) for (let x = ownFrom; x < ownTo; x++) own[k++] = grey[y * width + x]!;
  const threshold = otsuThreshold(own);
  const ink = (x: number, y: number): boolean => grey[y * width + x]! <= threshold;
  // Glyph ink sits in the middle of the strip; ink running unbroken from its top to its bottom (a page edge, a
  // shadow, a frame line) is not a character.
  const inked = (x: number): boolean => {
    let count = 0;
    for (let y = Math.round(STRIP_HEIGHT * 0.25); y < Math.round(STRIP_HEIGHT * 0.75); y++) if (ink(x, y)) count++;
    if (count < 2) return false;
    for (let y = 0; y < STRIP_HEIGHT; y++) if (!ink(x, y)) return true;
    return false;
  };
  const follow = (start: number, step: 1 | -1): number => {
    let last = start;
    for (let x = start; x >= 0 && x < width && Math.abs(x - last) <= MAX_GAP; x += step) if (inked(x)) last = x;
    return last;
  };
  let right = ownTo - 1;
  while (right > ownFrom && !inked(right)) right--;
  let left = ownFrom;
  while (left < right && !inked(left)) left++;
  if (right <= left) return { from: -half, to: half };
  const to = Math.max(half, t0 + (follow(right, 1) + END_MARGIN) / scale);
  const from = Math.min(-half, t0 + (follow(left, -1) - END_MARGIN) / scale);
  return { from, to };
}

/** The line extended (never shortened) along its axis to where its ink ends. */
export function extendAlongInk(image: PixelImage, line: LineCandidate): LineCandidate {
  const { from, to } = inkExtent(image, line);
  const shift = (from + to) / 2;
  const centre = { x: line.centre.x + shift * line.axis.x, y: line.centre.y + shift * line.axis.y };
  return toCandidate(rectCorners({ center: centre, axis: line.axis, width: to - from, height: line.height }));
}
