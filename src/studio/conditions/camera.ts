/**
 * Capture conditions made with a camera or a scanner: clean (flat scan), photo, glare, blur, low-res, cut-off
 * and two-cards (issue 4 §3). Each returns the frame, the document's quad in it and the JPEG quality to use.
 */

import type { Rng } from '../prng.js';
import { glareBy } from '../raster/filters.js';
import { applyH, homographyFrom, rectCorners } from '../raster/homography.js';
import { createRaster, type Raster } from '../raster/raster.js';
import type { Point } from '../types.js';
import { lay, optics, place, stage, type Optics, type Placement } from './capture.js';

export interface Shot {
  image: Raster;
  quad: Point[];
  quality: number;
}

const PHOTO_PLACEMENT: Placement = { span: [0.55, 0.85], rotations: [0, 0, 0, 0, 0, 90, 180, 270], jitter: 10, perspective: 0.05, margin: 0.025 };

function frameSize(rng: Rng, long = 1600, short = 1200): [number, number] {
  return rng.chance(0.3) ? [short, long] : [long, short];
}

function mildOptics(rng: Rng): Optics {
  return { unevenLight: rng.range(0, 0.35), shadow: 0.3, defocus: rng.range(0, 1.4), motion: rng.range(0, 3), noise: rng.range(1.5, 4.5) };
}

/** Flat scan: the document square on a light scanner bed, a degree of skew at most, little noise. */
export function clean(rng: Rng, doc: Raster): Shot {
  const margin = rng.range(0.03, 0.07);
  const width = Math.round(doc.width * (1 + 2 * margin));
  const height = Math.round(doc.height + doc.width * 2 * margin);
  const image = createRaster(width, height, [246, 246, 243]);
  const rot = (rng.range(-1.2, 1.2) * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const quad = rectCorners(doc.width, doc.height).map(([x, y]): Point => {
    const dx = x - doc.width / 2;
    const dy = y - doc.height / 2;
    return [cx + dx * Math.cos(rot) - dy * Math.sin(rot), cy + dx * Math.sin(rot) + dy * Math.cos(rot)];
  });
  lay(image, doc, quad);
  optics(rng, image, { unevenLight: 0, shadow: 0, defocus: 0, motion: 0, noise: 1.2 });
  return { image, quad, quality: rng.int(90, 95) };
}

export function photo(rng: Rng, doc: Raster, extra?: Partial<Optics>): Shot {
  const [w, h] = frameSize(rng);
  const quad = place(rng, w, h, doc.width, doc.height, PHOTO_PLACEMENT);
  const image = stage(rng, { width: w, height: h }, [quad]);
  lay(image, doc, quad);
  optics(rng, image, { ...mildOptics(rng), ...extra });
  return { image, quad, quality: rng.int(60, 95) };
}

/** A point inside the quad at bilinear position (s, t). */
function inside(quad: Point[], s: number, t: number): Point {
  const h = homographyFrom(rectCorners(1, 1), quad);
  return applyH(h, [s, t]);
}

/** Specular glare: a saturated white hotspot over part of the document's text. */
export function glare(rng: Rng, doc: Raster): Shot {
  const shot = photo(rng, doc, { defocus: rng.range(0, 0.8), motion: 0 });
  const [gx, gy] = inside(shot.quad, rng.range(0.2, 0.8), rng.range(0.25, 0.75));
  const side = Math.hypot(shot.quad[1]![0] - shot.quad[0]![0], shot.quad[1]![1] - shot.quad[0]![1]);
  const rx = side * rng.range(0.14, 0.26);
  const ry = rx * rng.range(0.45, 0.9);
  const a = rng.range(0, Math.PI);
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const peak = rng.range(0.92, 1);
  glareBy(shot.image, (x, y) => {
    const dx = x - gx;
    const dy = y - gy;
    const u = (dx * ca + dy * sa) / rx;
    const v = (-dx * sa + dy * ca) / ry;
    const d2 = u * u + v * v;
    return d2 < 0.35 ? peak : peak * Math.exp(-(d2 - 0.35) * 1.6);
  });
  return shot;
}

/** Heavy defocus or motion blur: text strokes smear beyond reading. */
export function blurred(rng: Rng, doc: Raster): Shot {
  const motion = rng.chance(0.4);
  return photo(rng, doc, motion ? { motion: rng.range(22, 34), defocus: rng.range(0, 2) } : { defocus: rng.range(6, 9), motion: 0 });
}

/** A small, low-resolution frame: the document about 250–380 px wide. */
export function lowRes(rng: Rng, doc: Raster): Shot {
  const [w, h] = frameSize(rng, rng.pick([480, 640]), rng.pick([360, 480]));
  const quad = place(rng, w, h, doc.width, doc.height, { ...PHOTO_PLACEMENT, span: [0.55, 0.75] });
  const image = stage(rng, { width: w, height: h }, [quad]);
  lay(image, doc, quad);
  optics(rng, image, { unevenLight: rng.range(0, 0.3), shadow: 0.2, defocus: 0, motion: 0, noise: rng.range(2, 5) });
  return { image, quad, quality: rng.int(55, 75) };
}

/** One corner outside the frame by 3–12 % of the document's width; the other three inside. */
export function cutOff(rng: Rng, doc: Raster): Shot {
  const [w, h] = frameSize(rng);
  for (let attempt = 0; attempt < 60; attempt++) {
    const quad = place(rng, w, h, doc.width, doc.height, { ...PHOTO_PLACEMENT, span: [0.6, 0.85], margin: 0.01 });
    const k = rng.int(0, 3);
    const [cx, cy] = quad[k]!;
    const side = Math.hypot(quad[1]![0] - quad[0]![0], quad[1]![1] - quad[0]![1]);
    const beyond = side * rng.range(0.03, 0.12);
    const edges: [number, Point][] = [
      [cx, [-(cx + beyond), 0]],
      [w - cx, [w - cx + beyond, 0]],
      [cy, [0, -(cy + beyond)]],
      [h - cy, [0, h - cy + beyond]],
    ];
    edges.sort((a, b) => a[0] - b[0]);
    const [sx, sy] = edges[0]![1];
    const moved = quad.map(([x, y]): Point => [x + sx, y + sy]);
    const others = moved.filter((_, i) => i !== k);
    if (!others.every(([x, y]) => x >= 0 && y >= 0 && x <= w && y <= h)) continue;
    const image = stage(rng, { width: w, height: h }, [moved]);
    lay(image, doc, moved);
    optics(rng, image, mildOptics(rng));
    return { image, quad: moved, quality: rng.int(65, 95) };
  }
  throw new Error('could not cut off a corner');
}

/** Two documents side by side, both whole; the truth describes the first. */
export function twoCards(rng: Rng, doc: Raster, other: Raster): Shot {
  const [w, h] = frameSize(rng);
  const horizontal = w >= h;
  const first = rng.chance(0.5);
  const slot = (a: boolean): [number, number, number, number] =>
    horizontal ? (a ? [0.25, 0.3, 0.4, 0.6] : [0.7, 0.75, 0.4, 0.6]) : a ? [0.4, 0.6, 0.25, 0.3] : [0.4, 0.6, 0.7, 0.75];
  const spec = { ...PHOTO_PLACEMENT, span: [0.34, 0.42] as [number, number], rotations: [0, 0, 180], jitter: 8, margin: 0.02 };
  const quad = place(rng, w, h, doc.width, doc.height, { ...spec, centre: slot(first) });
  const scale = doc.width / other.width;
  const otherQuad = place(rng, w, h, other.width, other.height, { ...spec, span: [spec.span[0] * Math.min(1.2, scale), spec.span[1] * Math.min(1.2, scale)], centre: slot(!first) });
  const image = stage(rng, { width: w, height: h }, [quad, otherQuad]);
  lay(image, doc, quad);
  lay(image, other, otherQuad);
  optics(rng, image, mildOptics(rng));
  return { image, quad, quality: rng.int(65, 95) };
}
