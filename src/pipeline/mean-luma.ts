/** At most this many pixels are sampled: the mean of a regular grid this dense is stable to well under 1 level. */
const MAX_SAMPLES = 1_000_000;

/**
 * Mean luma of 8-bit interleaved RGB pixels, ITU-R BT.601 weights (0.299 R + 0.587 G + 0.114 B), 0–255.
 * Large images are sampled on a regular stride so the cost stays bounded for 8000×8000 inputs (decisions.md D6).
 */
export function meanLuma(rgb: Uint8Array, pixelCount: number): number {
  if (pixelCount <= 0) return 0;
  const step = Math.max(1, Math.floor(pixelCount / MAX_SAMPLES));
  let sum = 0;
  let samples = 0;
  for (let pixel = 0; pixel < pixelCount; pixel += step) {
    const offset = pixel * 3;
    sum += 0.299 * (rgb[offset] ?? 0) + 0.587 * (rgb[offset + 1] ?? 0) + 0.114 * (rgb[offset + 2] ?? 0);
    samples += 1;
  }
  return sum / samples;
}
