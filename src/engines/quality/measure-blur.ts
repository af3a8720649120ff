import type { Box, RgbImage } from '../vision/rgb-image.js';
import { type QualityMeasure, clampBox, greyOf, wholeImage } from './quality-measure.js';

/** Blur is expressed at this long side, so a 4000 px photo and a 1000 px crop of the same document compare. */
export const BLUR_REFERENCE_SIDE = 1000;

/** Reported when nothing can be judged (no edge at all) or beyond: a featureless region counts as fully blurred. */
export const MAX_BLUR = 50;

/** Averages `factor`×`factor` blocks: brings a large region near the reference size without aliasing. */
function shrink(grey: Float32Array, width: number, height: number, factor: number): { grey: Float32Array; width: number; height: number } {
  if (factor <= 1) return { grey, width, height };
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy += 1) {
        for (let dx = 0; dx < factor; dx += 1) sum += grey[(y * factor + dy) * width + x * factor + dx] as number;
      }
      out[y * w + x] = sum / (factor * factor);
    }
  }
  return { grey: out, width: w, height: h };
}

/** Variance (px²) the 3×3 binomial smoothing adds to every edge's profile: [1 2 1]/4 has variance ½ per axis. */
const SMOOTHING_VARIANCE = 0.5;

/**
 * The 3×3 binomial smoothing: sensor noise and JPEG ringing have large second derivatives next to small first
 * ones, and left in they read a blurred photo as sharp (a studio photo blurred to σ ≈ 4 px measured 0.7). The
 * border rows and columns are copied.
 */
function smooth(grey: Float32Array, width: number, height: number): Float32Array {
  const across = Float32Array.from(grey);
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 1; x < width - 1; x += 1) across[row + x] = (grey[row + x - 1]! + 2 * grey[row + x]! + grey[row + x + 1]!) / 4;
  }
  const out = Float32Array.from(across);
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      out[i] = (across[i - width]! + 2 * across[i]! + across[i + width]!) / 4;
    }
  }
  return out;
}

/**
 * 1 where a pixel lies within 2 px (a 5×5 window) of one whose `gradient` reaches `strong`: the window's test split
 * into a row pass and a column pass (the same set as testing all 25 neighbours, in 10 looks instead of 25).
 * Pixels closer than 2 px to the border are left 0; the caller looks only further in.
 */
function nearStrong(gradient: Float32Array, width: number, height: number, strong: number): Uint8Array {
  const across = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 2; x < width - 2; x += 1) {
      const i = row + x;
      across[i] =
        (gradient[i - 2] as number) >= strong ||
        (gradient[i - 1] as number) >= strong ||
        (gradient[i] as number) >= strong ||
        (gradient[i + 1] as number) >= strong ||
        (gradient[i + 2] as number) >= strong
          ? 1
          : 0;
    }
  }
  const near = new Uint8Array(width * height);
  for (let y = 2; y < height - 2; y += 1) {
    for (let x = 2; x < width - 2; x += 1) {
      const i = y * width + x;
      near[i] = across[i - 2 * width]! | across[i - width]! | across[i]! | across[i + width]! | across[i + 2 * width]!;
    }
  }
  return near;
}

/**
 * Blur as the width of the document's edges. For an edge blurred by a Gaussian of width σ, the energy of the
 * second derivative over that of the first is 1/(2σ²), whatever the edge's contrast; so σ² = Σ|∂|² / (2·Σ|∂²|²),
 * summed near strong edges (where print is, not over flat paper whose noise would inflate ∂²), after a light
 * smoothing whose own variance is subtracted. It is measured along each axis and the wider kept, so a motion blur
 * in one direction counts. The width is scaled to a long side of 1000 px (BLUR_REFERENCE_SIDE).
 *
 * score: estimated edge blur σ in px at the reference size — higher is blurrier (a sharp print edge gives ~0.5–1,
 * a visibly soft one 2+; capped at MAX_BLUR). values: `varianceOfLaplacian` at the measured scale (the classic figure, contrast-
 * dependent), `edgePixels` (how many pixels entered the sums; few means little to judge on).
 */
export function measureBlur(image: RgbImage, region: Box = wholeImage(image), lumaOfRegion?: Float32Array): QualityMeasure {
  const box = clampBox(image, region);
  const longSide = Math.max(box.width, box.height);
  const factor = Math.max(1, Math.floor(longSide / BLUR_REFERENCE_SIDE));
  const shrunk = shrink(lumaOfRegion ?? greyOf(image, box), box.width, box.height, factor);
  const { width, height } = shrunk;
  const grey = smooth(shrunk.grey, width, height);
  const gradient = new Float32Array(width * height);
  let maxGradient = 0;
  let lapSum = 0;
  let lapSquares = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const c = grey[i] as number;
      const left = grey[i - 1] as number;
      const right = grey[i + 1] as number;
      const up = grey[i - width] as number;
      const down = grey[i + width] as number;
      const gx = (right - left) / 2;
      const gy = (down - up) / 2;
      const g2 = gx * gx + gy * gy;
      const lap = left + right + up + down - 4 * c;
      gradient[i] = g2;
      maxGradient = Math.max(maxGradient, g2);
      lapSum += lap;
      lapSquares += lap * lap;
      n += 1;
    }
  }
  // Near an edge: within 2 px of a pixel whose gradient is at least a fifth of the strongest (squared: 1/25), and
  // at least 2 grey levels per pixel, so a flat region has no edge at all.
  const strong = Math.max(maxGradient / 25, 4);
  const near = nearStrong(gradient, width, height, strong);
  // Energies per axis: a motion blur widens the edges across its direction only, and a single figure over all
  // directions would be set by the sharp ones (a studio photo with vertical motion blur measured 0.9).
  let gradX = 0;
  let lapX = 0;
  let gradY = 0;
  let lapY = 0;
  let edgePixels = 0;
  for (let y = 3; y < height - 3; y += 1) {
    for (let x = 3; x < width - 3; x += 1) {
      const i = y * width + x;
      if (near[i] === 0) continue;
      const c = grey[i] as number;
      const left = grey[i - 1] as number;
      const right = grey[i + 1] as number;
      const up = grey[i - width] as number;
      const down = grey[i + width] as number;
      gradX += ((right - left) / 2) ** 2;
      lapX += (left + right - 2 * c) ** 2;
      gradY += ((down - up) / 2) ** 2;
      lapY += (up + down - 2 * c) ** 2;
      edgePixels += 1;
    }
  }
  const mean = n > 0 ? lapSum / n : 0;
  const varianceOfLaplacian = n > 0 ? lapSquares / n - mean * mean : 0;
  // Blur width along one axis at the measured scale; the smoothing's own width comes off in quadrature
  // (Gaussian widths add as variances).
  const width1d = (grad: number, lap: number): number => (grad > 0 && lap > 0 ? Math.sqrt(Math.max(0, grad / (2 * lap) - SMOOTHING_VARIANCE)) : Infinity);
  const measured = Math.max(width1d(gradX, lapX), width1d(gradY, lapY));
  // At the reference long side.
  const measuredSide = Math.max(width, height);
  const score = Math.min(MAX_BLUR, (BLUR_REFERENCE_SIDE / Math.max(1, measuredSide)) * measured);
  return {
    score: Math.round(score * 1000) / 1000,
    region: box,
    values: { varianceOfLaplacian: Math.round(varianceOfLaplacian * 10) / 10, edgePixels },
  };
}
