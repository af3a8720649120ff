/**
 * Capture effects on rasters: defocus (three box passes ≈ Gaussian), motion blur along a direction, sensor
 * noise, and brightness fields for uneven light and shadows. Deterministic: randomness comes from the caller's Rng.
 */

import type { Rng } from '../prng.js';
import type { Raster } from './raster.js';

/** One horizontal or vertical box pass of radius r over RGB (alpha untouched). */
function boxPass(src: Uint8ClampedArray, dst: Uint8ClampedArray, width: number, height: number, r: number, horizontal: boolean): void {
  const lines = horizontal ? height : width;
  const len = horizontal ? width : height;
  const step = horizontal ? 4 : width * 4;
  const span = 2 * r + 1;
  for (let line = 0; line < lines; line++) {
    const base = horizontal ? line * width * 4 : line * 4;
    for (let ch = 0; ch < 3; ch++) {
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += src[base + Math.min(len - 1, Math.max(0, k)) * step + ch]!;
      for (let i = 0; i < len; i++) {
        dst[base + i * step + ch] = sum / span;
        const add = Math.min(len - 1, i + r + 1);
        const sub = Math.max(0, i - r);
        sum += src[base + add * step + ch]! - src[base + sub * step + ch]!;
      }
    }
  }
}

/** Approximately Gaussian blur of standard deviation ~ radius·0.6 (three box passes each way). */
export function blur(img: Raster, radius: number): void {
  const r = Math.round(radius);
  if (r < 1) return;
  const tmp = new Uint8ClampedArray(img.data);
  for (let pass = 0; pass < 3; pass++) {
    boxPass(img.data, tmp, img.width, img.height, r, true);
    boxPass(tmp, img.data, img.width, img.height, r, false);
  }
}

/** Motion blur: the average of `length` samples along the angle (nearest pixel). */
export function motionBlur(img: Raster, length: number, angle: number): void {
  const n = Math.max(1, Math.round(length));
  if (n < 2) return;
  const src = new Uint8ClampedArray(img.data);
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const offsets: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = k - (n - 1) / 2;
    offsets.push(Math.round(t * dx), Math.round(t * dy));
  }
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = 0; k < n; k++) {
        const sx = Math.min(width - 1, Math.max(0, x + offsets[2 * k]!));
        const sy = Math.min(height - 1, Math.max(0, y + offsets[2 * k + 1]!));
        const i = (sy * width + sx) * 4;
        r += src[i]!;
        g += src[i + 1]!;
        b += src[i + 2]!;
      }
      const o = (y * width + x) * 4;
      data[o] = r / n;
      data[o + 1] = g / n;
      data[o + 2] = b / n;
    }
  }
}

/** Sensor noise: per-pixel luminance noise plus a little chroma noise, standard deviation `sigma`. */
export function noise(img: Raster, rng: Rng, sigma: number): void {
  const d = img.data;
  // One 32-bit draw per pixel: three bytes summed give a near-Gaussian luminance term, the fourth a chroma term.
  // (A sum of three uniform bytes has standard deviation 128; one uniform byte about 74.)
  const kl = sigma / 128;
  const kc = (sigma * 0.3) / 74;
  for (let i = 0; i < d.length; i += 4) {
    const r = rng.nextUint32();
    const l = ((r & 255) + ((r >>> 8) & 255) + ((r >>> 16) & 255) - 382.5) * kl;
    const c = ((r >>> 24) - 127.5) * kc;
    d[i] = d[i]! + l + c;
    d[i + 1] = d[i + 1]! + l;
    d[i + 2] = d[i + 2]! + l - c;
  }
}

/** Multiplies every pixel by field(x, y) (uneven light, vignetting, shadows); values > 1 brighten. */
export function shadeBy(img: Raster, field: (x: number, y: number) => number): void {
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const f = field(x, y);
      const i = (y * width + x) * 4;
      data[i] = data[i]! * f;
      data[i + 1] = data[i + 1]! * f;
      data[i + 2] = data[i + 2]! * f;
    }
  }
}

/** Screen-blends white of strength glare(x, y) ∈ [0, 1]: specular glare and reflections. */
export function glareBy(img: Raster, glare: (x: number, y: number) => number): void {
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = glare(x, y);
      if (k <= 0.002) continue;
      const i = (y * width + x) * 4;
      data[i] = 255 - (255 - data[i]!) * (1 - k);
      data[i + 1] = 255 - (255 - data[i + 1]!) * (1 - k);
      data[i + 2] = 255 - (255 - data[i + 2]!) * (1 - k);
    }
  }
}

export function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}
