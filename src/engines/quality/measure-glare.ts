import type { Box, RgbImage } from '../vision/rgb-image.js';
import { type QualityMeasure, clampBox, greyOf, quantile, wholeImage } from './quality-measure.js';

/** A glare pixel is clipped near-white in every channel… */
const CLIPPED = 250;
/** …and stands this far above the region's median brightness (so the white paper of a flat scan is not glare). */
const ABOVE_MEDIAN = 15;

/**
 * Glare: the share of the region covered by specular highlights, i.e. pixels clipped near white in all three
 * channels and clearly brighter than the document around them. The evidence region is the bounding box of the
 * largest connected highlight (4-connectivity), where text is most likely lost; the whole region when none.
 *
 * score: glare pixels / region pixels, 0–1 — higher is worse. values: `largestShare` (the largest highlight's
 * share of the region), `medianLuma`.
 */
export function measureGlare(image: RgbImage, region: Box = wholeImage(image), lumaOfRegion?: Float32Array): QualityMeasure {
  const box = clampBox(image, region);
  const grey = lumaOfRegion ?? greyOf(image, box);
  const median = quantile(grey, 0.5);
  const mask = new Uint8Array(box.width * box.height);
  let count = 0;
  for (let y = 0; y < box.height; y += 1) {
    let o = ((box.y + y) * image.width + box.x) * 3;
    for (let x = 0; x < box.width; x += 1, o += 3) {
      const i = y * box.width + x;
      if (image.data[o]! >= CLIPPED && image.data[o + 1]! >= CLIPPED && image.data[o + 2]! >= CLIPPED && grey[i]! >= median + ABOVE_MEDIAN) {
        mask[i] = 1;
        count += 1;
      }
    }
  }
  const largest = largestComponent(mask, box.width, box.height);
  const total = box.width * box.height;
  return {
    score: Math.round((count / total) * 10000) / 10000,
    region: largest === null ? box : { x: box.x + largest.x, y: box.y + largest.y, width: largest.width, height: largest.height },
    values: { largestShare: Math.round(((largest?.pixels ?? 0) / total) * 10000) / 10000, medianLuma: median },
  };
}

/** Bounding box and size of the largest 4-connected component of a 0/1 mask (iterative flood fill). */
function largestComponent(mask: Uint8Array, width: number, height: number): (Box & { pixels: number }) | null {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  let best: (Box & { pixels: number }) | null = null;
  for (let start = 0; start < mask.length; start += 1) {
    if (mask[start] !== 1 || seen[start] === 1) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let pixels = 0;
    let minX = width;
    let minY = height;
    let maxX = 0;
    let maxY = 0;
    while (top > 0) {
      const i = stack[--top] as number;
      const x = i % width;
      const y = (i - x) / width;
      pixels += 1;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
        if (j >= 0 && mask[j] === 1 && seen[j] === 0) {
          seen[j] = 1;
          stack[top++] = j;
        }
      }
    }
    if (best === null || pixels > best.pixels) best = { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1, pixels };
  }
  return best;
}
