/**
 * RGBA pixel buffers for the capture effects. Effects run in plain JavaScript on these buffers (integer and IEEE
 * double arithmetic only), so a given seed gives the same pixels on every machine; canvas is used for drawing,
 * sharp only for the final JPEG encoding.
 */

import { createCanvas, type Canvas } from '@napi-rs/canvas';

export interface Raster {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, not premultiplied. */
  data: Uint8ClampedArray;
}

export function createRaster(width: number, height: number, fill: [number, number, number] = [255, 255, 255]): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = fill[0];
    data[i + 1] = fill[1];
    data[i + 2] = fill[2];
    data[i + 3] = 255;
  }
  return { width, height, data };
}

export function fromCanvas(canvas: Canvas): Raster {
  const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.data) };
}

export function toCanvas(r: Raster): Canvas {
  const canvas = createCanvas(r.width, r.height);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(r.width, r.height);
  img.data.set(r.data);
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/**
 * Area-average downscale by an integer factor (anti-aliasing before a large reduction). The result covers
 * ceil(size / factor) pixels, pixels beyond the source counting as transparent, so shrunk pixel u maps exactly to
 * source u × factor and quads stay exact.
 */
export function shrink(r: Raster, factor: number): Raster {
  if (factor <= 1) return r;
  const w = Math.ceil(r.width / factor);
  const h = Math.ceil(r.height / factor);
  const out = new Uint8ClampedArray(w * h * 4);
  const n = factor * factor;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let rr = 0;
      let gg = 0;
      let bb = 0;
      let aa = 0;
      for (let dy = 0; dy < factor; dy++) {
        const sy = y * factor + dy;
        if (sy >= r.height) break;
        for (let dx = 0; dx < factor; dx++) {
          const sx = x * factor + dx;
          if (sx >= r.width) break;
          const i = (sy * r.width + sx) * 4;
          const a = r.data[i + 3]!;
          rr += r.data[i]! * a;
          gg += r.data[i + 1]! * a;
          bb += r.data[i + 2]! * a;
          aa += a;
        }
      }
      const o = (y * w + x) * 4;
      if (aa > 0) {
        out[o] = rr / aa;
        out[o + 1] = gg / aa;
        out[o + 2] = bb / aa;
      }
      out[o + 3] = aa / n;
    }
  }
  return { width: w, height: h, data: out };
}

/** Rec. 601 luma of pixel i (byte offset). */
export function luma(d: Uint8ClampedArray, i: number): number {
  return 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
}
