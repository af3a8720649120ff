import { homography, applyHomography, rectangleQuad } from './homography.js';
import { type Point, type Quad, aspectRatio, cornerAngles, polygonArea } from './quad.js';

/** Width/height of an ID-1 card (ISO/IEC 7810: 85.60 × 53.98 mm) and of a TD3 passport page (ICAO 9303-4: 125 × 88 mm). */
export const ID1_ASPECT = 85.6 / 53.98;
export const TD3_ASPECT = 125 / 88;

export type AspectHint = 'id1' | 'td3';

/** Smallest grey-level step across a side that counts as an edge (a light card on white paper steps by ~10). */
const MIN_STEP = 8;

/** Grey pixels the scorer reads (blurred, so single-pixel noise does not count as an edge) and an edge map. */
export interface ScoringImage {
  width: number;
  height: number;
  grey: Uint8Array;
  /** Canny edges, 255 on an edge: used for the text-like texture a document carries inside. */
  edges: Uint8Array;
}

export interface QuadScore {
  score: number;
  aspect: AspectHint;
  /** Long-to-short side ratio as measured on the (perspective) quad. */
  ratio: number;
  /** Per-factor values, for benchmarks and debugging. */
  factors: {
    aspect: number;
    angles: number;
    edges: number;
    minSide: number;
    extension: number;
    texture: number;
    size: number;
    surround: number;
    density: number;
    around: number;
  };
}

function sample(image: ScoringImage, x: number, y: number): number | null {
  if (x < 0 || y < 0 || x > image.width - 1 || y > image.height - 1) return null;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(x0 + 1, image.width - 1);
  const y1 = Math.min(y0 + 1, image.height - 1);
  const fx = x - x0;
  const fy = y - y0;
  const g = image.grey;
  const top = (g[y0 * image.width + x0] as number) * (1 - fx) + (g[y0 * image.width + x1] as number) * fx;
  const bottom = (g[y1 * image.width + x0] as number) * (1 - fx) + (g[y1 * image.width + x1] as number) * fx;
  return top * (1 - fy) + bottom * fy;
}

/**
 * Share of points along a segment where the brightness steps across it: the grey level `offset` px to one side
 * differs from the other side by at least `step` (the best of three small shifts across the side, so a side
 * misplaced by a pixel or two still counts). Points outside the frame are skipped; null when none is inside.
 */
export function stepSupport(image: ScoringImage, a: Point, b: Point, from: number, to: number, offset: number, step: number): number | null {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length < 1) return null;
  const nx = -(b[1] - a[1]) / length;
  const ny = (b[0] - a[0]) / length;
  const count = Math.max(12, Math.min(80, Math.round(((to - from) * length) / 3)));
  let inside = 0;
  let supported = 0;
  for (let i = 0; i < count; i += 1) {
    const t = from + ((to - from) * (i + 0.5)) / count;
    const px = a[0] + t * (b[0] - a[0]);
    const py = a[1] + t * (b[1] - a[1]);
    let best: number | null = null;
    for (const shift of [-offset / 2, 0, offset / 2]) {
      const qx = px + shift * nx;
      const qy = py + shift * ny;
      const plus = sample(image, qx + offset * nx, qy + offset * ny);
      const minus = sample(image, qx - offset * nx, qy - offset * ny);
      if (plus === null || minus === null) continue;
      const d = Math.abs(plus - minus);
      best = best === null ? d : Math.max(best, d);
    }
    if (best === null) continue;
    inside += 1;
    if (best >= step) supported += 1;
  }
  return inside === 0 ? null : supported / inside;
}

/**
 * Share of edge pixels on a grid inside the quad (its inner 80 %), a stand-in for printed text and pictures.
 * With `hole`, points inside that quad are left out: the texture of the ring around a nested candidate.
 */
export function textureDensity(image: ScoringImage, quad: Quad, hole?: Quad, margin = 0.1): number {
  const h = homography(rectangleQuad(1, 1), quad);
  const inHole = hole === undefined ? () => false : insideConvex(hole);
  let hits = 0;
  let total = 0;
  for (let j = 0; j < 24; j += 1) {
    for (let i = 0; i < 36; i += 1) {
      const span = 1 - 2 * margin;
      const [x, y] = applyHomography(h, [margin + (span * (i + 0.5)) / 36, margin + (span * (j + 0.5)) / 24]);
      const xi = Math.round(x);
      const yi = Math.round(y);
      if (xi < 1 || yi < 1 || xi >= image.width - 1 || yi >= image.height - 1 || inHole([x, y])) continue;
      total += 1;
      // A 3×3 neighbourhood: a thin stroke between grid points still counts.
      let edge = false;
      for (let dy = -1; dy <= 1 && !edge; dy += 1) {
        for (let dx = -1; dx <= 1 && !edge; dx += 1) edge = (image.edges[(yi + dy) * image.width + xi + dx] as number) > 0;
      }
      if (edge) hits += 1;
    }
  }
  return total === 0 ? 0 : hits / total;
}

/** Mean grey level on a grid over the quad (inner part by `margin`), leaving out points inside `hole`. */
function meanGrey(image: ScoringImage, quad: Quad, hole?: Quad, margin = 0.1): number {
  const h = homography(rectangleQuad(1, 1), quad);
  const inHole = hole === undefined ? () => false : insideConvex(hole);
  let sum = 0;
  let n = 0;
  for (let j = 0; j < 16; j += 1) {
    for (let i = 0; i < 24; i += 1) {
      const span = 1 - 2 * margin;
      const [x, y] = applyHomography(h, [margin + (span * (i + 0.5)) / 24, margin + (span * (j + 0.5)) / 16]);
      const xi = Math.round(x);
      const yi = Math.round(y);
      if (xi < 0 || yi < 0 || xi >= image.width || yi >= image.height || inHole([x, y])) continue;
      sum += image.grey[yi * image.width + xi] as number;
      n += 1;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/** The quad scaled about its centroid. */
function grown(quad: Quad, factor: number): Quad {
  const cx = quad.reduce((sum, p) => sum + p[0], 0) / 4;
  const cy = quad.reduce((sum, p) => sum + p[1], 0) / 4;
  return quad.map(([x, y]) => [cx + factor * (x - cx), cy + factor * (y - cy)] as Point) as Quad;
}

function insideConvex(quad: Quad): (p: Point) => boolean {
  return ([x, y]) => {
    let sign = 0;
    for (let i = 0; i < 4; i += 1) {
      const a = quad[i] as Point;
      const b = quad[(i + 1) % 4] as Point;
      const s = Math.sign((b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]));
      if (s === 0) continue;
      if (sign === 0) sign = s;
      else if (s !== sign) return false;
    }
    return true;
  };
}

/**
 * How much a quad looks like an ID document seen in a photo, 0–1: the product of
 * - aspect: the side ratio near ID-1 or TD3 (log-ratio Gaussian, tolerant of perspective);
 * - angles: corners near 90° (perspective bends them; 25° costs about two thirds);
 * - edges: the brightness steps along all four sides (mean and weakest side), i.e. contrast with the surround;
 * - extension: the sides do NOT continue past the corners (a shadow or table edge does);
 * - texture: something printed inside (a blank sheet of paper scores low);
 * - size: very small quads are distrusted;
 * - surround (square-rooted): texture or brightness inside differs from the band just outside (fabric does not).
 * Measured on ../shared/data/gray-copies with bench/find-document.ts; the weights are not tuned per image.
 */
export function scoreQuad(image: ScoringImage, quad: Quad): QuadScore {
  const ratio = aspectRatio(quad);
  const logId1 = Math.log(ratio / ID1_ASPECT);
  const logTd3 = Math.log(ratio / TD3_ASPECT);
  const aspect: AspectHint = Math.abs(logId1) <= Math.abs(logTd3) ? 'id1' : 'td3';
  const aspectFit = Math.exp(-((Math.min(Math.abs(logId1), Math.abs(logTd3)) / 0.09) ** 2));
  const worstAngle = Math.max(...cornerAngles(quad).map((angle) => Math.abs(angle - 90)));
  const angles = Math.exp(-((worstAngle / 25) ** 2));
  const scale = Math.sqrt(polygonArea(quad));
  const offset = Math.max(1.5, 0.01 * scale);
  const sides: number[] = [];
  const extensions: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const a = quad[i] as Point;
    const b = quad[(i + 1) % 4] as Point;
    // Skip the ends of each side: cards have rounded corners. A side wholly outside the frame (a cut document)
    // has nothing to measure and is left out rather than counted as missing.
    const support = stepSupport(image, a, b, 0.1, 0.9, offset, MIN_STEP);
    if (support !== null) sides.push(support);
    const ext = [stepSupport(image, a, b, -0.25, -0.05, offset, MIN_STEP), stepSupport(image, a, b, 1.05, 1.25, offset, MIN_STEP)].filter(
      (v): v is number => v !== null,
    );
    if (ext.length > 0) extensions.push(...ext);
  }
  const meanSide = sides.length < 3 ? 0 : sides.reduce((sum, v) => sum + v, 0) / sides.length;
  const minSide = sides.length < 3 ? 0 : Math.min(...sides);
  const edges = meanSide * Math.sqrt(minSide);
  const extension = extensions.length === 0 ? 1 : 1 - 0.9 * (extensions.reduce((sum, v) => sum + v, 0) / extensions.length);
  const density = textureDensity(image, quad);
  const texture = Math.min(1, 0.3 + density / 0.05);
  // The band from 5 % to 30 % beyond the sides: past the document's own outline, on whatever it lies on.
  const around = textureDensity(image, grown(quad, 1.3), grown(quad, 1.05), 0);
  // A patch cut out of an evenly textured surface (fabric, a crossword, a page of print) looks the same inside and
  // around, in texture and in brightness; a document differs from what it lies on in one or the other.
  const brightness = Math.abs(meanGrey(image, quad) - meanGrey(image, grown(quad, 1.3), grown(quad, 1.05), 0)) / 40;
  const texturing = (2 * Math.abs(density - around)) / Math.max(density, around, 0.02);
  const surround = Math.min(1, 0.2 + Math.max(brightness, texturing));
  const areaFraction = polygonArea(quad) / (image.width * image.height);
  const size = Math.min(1, Math.sqrt(areaFraction / 0.03));
  const score = aspectFit * angles * edges * extension * texture * size * Math.sqrt(surround);
  return { score, aspect, ratio, factors: { aspect: aspectFit, angles, edges, minSide, extension, texture, size, surround, density, around } };
}
