import type { Box, RgbImage } from '../vision/rgb-image.js';

/**
 * One image-quality measurement. Only the measurement lives here; the thresholds that turn it into a pass or a
 * `PoorImageQuality` warning live in the pipeline's versioned policy file (decisions.md D14).
 */
export interface QualityMeasure {
  /** The headline number the policy compares (its meaning and direction are documented per measure). */
  score: number;
  /** Where it was measured or where the problem is, in the coordinates of the image passed in. */
  region: Box;
  /** Supporting figures, for the check's evidence. */
  values: Record<string, number>;
}

/** The whole image as a box. */
export function wholeImage(image: RgbImage): Box {
  return { x: 0, y: 0, width: image.width, height: image.height };
}

/** A box clamped to integer pixels inside the image; at least one pixel. */
export function clampBox(image: RgbImage, box: Box): Box {
  const x = Math.max(0, Math.min(image.width - 1, Math.floor(box.x)));
  const y = Math.max(0, Math.min(image.height - 1, Math.floor(box.y)));
  const right = Math.max(x + 1, Math.min(image.width, Math.ceil(box.x + box.width)));
  const bottom = Math.max(y + 1, Math.min(image.height, Math.ceil(box.y + box.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Luma (BT.601) of a box of the image, row-major, as floats. The measures take it as an optional last argument
 * (`lumaOfRegion`: this function's result for their region, which they only read) so a caller running several on
 * one region converts it once.
 */
export function greyOf(image: RgbImage, box: Box): Float32Array {
  const out = new Float32Array(box.width * box.height);
  const data = image.data;
  for (let y = 0; y < box.height; y += 1) {
    let o = ((box.y + y) * image.width + box.x) * 3;
    for (let x = 0; x < box.width; x += 1, o += 3) {
      out[y * box.width + x] = 0.299 * (data[o] as number) + 0.587 * (data[o + 1] as number) + 0.114 * (data[o + 2] as number);
    }
  }
  return out;
}

/** 256-bin histogram of byte-range values (each rounded to the nearest level, clamped to 0–255). */
export function histogramOf(values: Float32Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < values.length; i += 1) {
    const bin = Math.max(0, Math.min(255, Math.round(values[i] as number)));
    histogram[bin] = (histogram[bin] as number) + 1;
  }
  return histogram;
}

/** The level at quantile `q` (0–1) of `count` values binned in `histogram`. */
export function quantileOfHistogram(histogram: Uint32Array, count: number, q: number): number {
  const target = q * count;
  let seen = 0;
  for (let bin = 0; bin < 256; bin += 1) {
    seen += histogram[bin] as number;
    if (seen >= target) return bin;
  }
  return 255;
}

/** Value at quantile `q` (0–1) of byte-range values, through a 256-bin histogram. */
export function quantile(values: Float32Array, q: number): number {
  return quantileOfHistogram(histogramOf(values), values.length, q);
}
