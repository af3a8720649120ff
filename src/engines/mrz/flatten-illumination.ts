// Evens out the lighting of a grey crop before ink and paper are told apart: shadows and glare across a line
// (a phone photo by a window) otherwise push a global threshold into the paper or the glyphs. The paper level is
// estimated by a maximum filter wider than any stroke (glyph ink is dark, so the window's brightest pixel is
// paper), smoothed, and each pixel is divided by it.

import type { GreyImage } from './ink-band.js';

/** Running maximum over a window of `radius` on each side, along rows (`step` 1) or columns (`step` width). */
function maxFilter(src: Uint8Array, out: Uint8Array, count: number, length: number, stride: number, step: number, radius: number): void {
  const deque = new Int32Array(length);
  for (let line = 0; line < count; line++) {
    const base = line * stride;
    let head = 0, tail = 0;
    for (let i = 0; i < length + radius; i++) {
      if (i < length) {
        const v = src[base + i * step]!;
        while (tail > head && src[base + deque[tail - 1]! * step]! <= v) tail--;
        deque[tail++] = i;
      }
      const centre = i - radius;
      if (centre < 0) continue;
      while (deque[head]! < centre - radius) head++;
      out[base + centre * step] = src[base + deque[head]! * step]!;
    }
  }
}

/** Mean over a window of `radius` on each side, separable, by running sums. */
function boxBlur(src: Uint8Array, width: number, height: number, radius: number): Float32Array {
  const pass = (input: ArrayLike<number>, count: number, length: number, stride: number, step: number): Float32Array => {
    const out = new Float32Array(width * height);
    for (let line = 0; line < count; line++) {
      const base = line * stride;
      let sum = 0, lo = 0, hi = -1;
      for (let i = 0; i < length; i++) {
        while (hi < Math.min(length - 1, i + radius)) sum += input[base + ++hi * step]!;
        while (lo < i - radius) sum -= input[base + lo++ * step]!;
        out[base + i * step] = sum / (hi - lo + 1);
      }
    }
    return out;
  };
  return pass(pass(src, height, width, width, 1), width, height, 1, width);
}

/** The crop with its paper brought to white; `radius` should exceed the widest stroke (about 1/4 glyph height). */
export function flattenIllumination(image: GreyImage, radius: number): GreyImage {
  const { width, height, data } = image;
  const r = Math.max(1, Math.round(radius));
  const rows = new Uint8Array(width * height);
  const both = new Uint8Array(width * height);
  maxFilter(data, rows, height, width, width, 1, r);
  maxFilter(rows, both, width, height, 1, width, r);
  const paper = boxBlur(both, width, height, r);
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.round((255 * data[i]!) / Math.max(1, paper[i]!)));
  return { width, height, data: out };
}
