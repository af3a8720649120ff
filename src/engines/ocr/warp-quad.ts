// Perspective crop of a quad into an upright rectangle (PaddleOCR's get_rotate_crop_image, without OpenCV):
// a homography maps each output pixel to the source, sampled bilinearly; when the crop shrinks the source by
// more than 2×, several samples per output pixel are averaged so thin strokes do not alias away.

import type { Point, Quad } from './geometry.js';
import type { PixelImage } from './pixel-image.js';

type Homography = readonly number[];

/** Solves the 8 unknowns of the homography that maps `from[i]` onto `to[i]` (Gaussian elimination). */
function homography(from: readonly Point[], to: readonly Point[]): Homography {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[pivot]![col]!)) pivot = r;
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    const p = rows[col]!;
    const div = p[col]! === 0 ? 1e-12 : p[col]!;
    for (let k = col; k < 9; k++) p[k]! /= div;
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const row = rows[r]!;
      const f = row[col]!;
      if (f !== 0) for (let k = col; k < 9; k++) row[k]! -= f * p[k]!;
    }
  }
  return [...rows.map((r) => r[8]!), 1];
}

/**
 * Warps `quad` of `image` into a `width`×`height` image with the source's channel count (alpha dropped).
 * Pixels outside the source are clamped to its border.
 */
export function warpQuad(image: PixelImage, quad: Quad, width: number, height: number): PixelImage {
  const src = image.channels === 4 ? 3 : image.channels;
  const out = new Uint8Array(width * height * src);
  const h = homography(
    [{ x: 0, y: 0 }, { x: width, y: 0 }, { x: width, y: height }, { x: 0, y: height }],
    quad,
  );
  const quadW = Math.hypot(quad[1].x - quad[0].x, quad[1].y - quad[0].y);
  const quadH = Math.hypot(quad[3].x - quad[0].x, quad[3].y - quad[0].y);
  const ss = Math.max(1, Math.min(4, Math.ceil(Math.max(quadW / width, quadH / height) / 2)));
  const { data, channels: stride, width: iw, height: ih } = image;
  if (ss === 1 && src === 3) {
    warpRgbOneSample(data, stride, iw, ih, h, out, width, height);
    return { width, height, channels: 3, data: out };
  }
  const acc = new Float64Array(src);
  for (let oy = 0; oy < height; oy++) {
    for (let ox = 0; ox < width; ox++) {
      acc.fill(0);
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = ox + (sx + 0.5) / ss;
          const py = oy + (sy + 0.5) / ss;
          const w = h[6]! * px + h[7]! * py + h[8]!;
          // Source position in pixel-index space (centres at integers).
          const x = Math.min(iw - 1, Math.max(0, (h[0]! * px + h[1]! * py + h[2]!) / w - 0.5));
          const y = Math.min(ih - 1, Math.max(0, (h[3]! * px + h[4]! * py + h[5]!) / w - 0.5));
          const x0 = Math.floor(x);
          const y0 = Math.floor(y);
          const x1 = Math.min(iw - 1, x0 + 1);
          const y1 = Math.min(ih - 1, y0 + 1);
          const fx = x - x0;
          const fy = y - y0;
          const i00 = (y0 * iw + x0) * stride;
          const i01 = (y0 * iw + x1) * stride;
          const i10 = (y1 * iw + x0) * stride;
          const i11 = (y1 * iw + x1) * stride;
          for (let c = 0; c < src; c++) {
            const top = data[i00 + c]! + (data[i01 + c]! - data[i00 + c]!) * fx;
            const bottom = data[i10 + c]! + (data[i11 + c]! - data[i10 + c]!) * fx;
            acc[c]! += top + (bottom - top) * fy;
          }
        }
      }
      const o = (oy * width + ox) * src;
      for (let c = 0; c < src; c++) out[o + c] = Math.round(acc[c]! / (ss * ss));
    }
  }
  return { width, height, channels: src as 1 | 3, data: out };
}

/**
 * The common case of `warpQuad` (three channels, one sample per output pixel: every recogniser crop that does not
 * shrink its source by more than 2x), without the general loop's accumulator, and with the homography's terms
 * stepped along each row instead of multiplied out per pixel. Same output byte for byte as the general loop (the
 * rounding of non-negative values is floor(v + 0.5) either way); it runs for every text line the engine reads.
 */
function warpRgbOneSample(data: Uint8Array, stride: number, iw: number, ih: number, h: Homography, out: Uint8Array, width: number, height: number): void {
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = h as [number, number, number, number, number, number, number, number, number];
  const maxX = iw - 1;
  const maxY = ih - 1;
  let o = 0;
  for (let oy = 0; oy < height; oy++) {
    const py = oy + 0.5;
    const rowX = h1 * py + h2;
    const rowY = h4 * py + h5;
    const rowW = h7 * py + h8;
    for (let ox = 0; ox < width; ox++) {
      const px = ox + 0.5;
      const w = h6 * px + rowW;
      let x = (h0 * px + rowX) / w - 0.5;
      let y = (h3 * px + rowY) / w - 0.5;
      x = x < 0 ? 0 : x > maxX ? maxX : x;
      y = y < 0 ? 0 : y > maxY ? maxY : y;
      const x0 = x | 0;
      const y0 = y | 0;
      const x1 = x0 < maxX ? x0 + 1 : maxX;
      const y1 = y0 < maxY ? y0 + 1 : maxY;
      const fx = x - x0;
      const fy = y - y0;
      const i00 = (y0 * iw + x0) * stride;
      const i01 = (y0 * iw + x1) * stride;
      const i10 = (y1 * iw + x0) * stride;
      const i11 = (y1 * iw + x1) * stride;
      for (let c = 0; c < 3; c++) {
        const a = data[i00 + c]!;
        const b = data[i10 + c]!;
        const top = a + (data[i01 + c]! - a) * fx;
        const bottom = b + (data[i11 + c]! - b) * fx;
        out[o++] = (top + (bottom - top) * fy + 0.5) | 0;
      }
    }
  }
}
