import type { Box, RgbImage } from '../vision/rgb-image.js';
import { type QualityMeasure, clampBox, greyOf, histogramOf, quantileOfHistogram, wholeImage } from './quality-measure.js';

/** Near-black and near-white luma levels: detail there is crushed or clipped. */
const DARK = 25;
const BRIGHT = 245;

/**
 * Exposure of the document region. score: mean luma, 0–255 (BT.601) — the policy holds a lower bound (too
 * dark) and an upper bound (too bright). values: `darkShare` and `brightShare` (pixels at or below 25 / at or above
 * 245), `p5` and `p95` (luma percentiles: a low p95 means even the paper is dark, a high p5 that even the ink is pale).
 */
export function measureExposure(image: RgbImage, region: Box = wholeImage(image), lumaOfRegion?: Float32Array): QualityMeasure {
  const box = clampBox(image, region);
  const grey = lumaOfRegion ?? greyOf(image, box);
  let sum = 0;
  let dark = 0;
  let bright = 0;
  for (let i = 0; i < grey.length; i += 1) {
    const v = grey[i] as number;
    sum += v;
    if (v <= DARK) dark += 1;
    if (v >= BRIGHT) bright += 1;
  }
  const n = grey.length;
  // One histogram serves both percentiles.
  const histogram = histogramOf(grey);
  const share = (count: number): number => Math.round((count / n) * 10000) / 10000;
  return {
    score: Math.round((sum / n) * 10) / 10,
    region: box,
    values: { darkShare: share(dark), brightShare: share(bright), p5: quantileOfHistogram(histogram, n, 0.05), p95: quantileOfHistogram(histogram, n, 0.95) },
  };
}
