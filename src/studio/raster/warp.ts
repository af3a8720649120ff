/**
 * Perspective warp of one raster onto another: each destination pixel centre is mapped back through the inverse
 * homography and sampled bilinearly (alpha-weighted, so the card's rounded corners and edges stay smooth), then
 * composited over what is already there.
 */

import { applyH, invertH, type Homography } from './homography.js';
import type { Raster } from './raster.js';
import type { Point } from '../types.js';

/** Per-pixel modulation in source coordinates (e.g. a screen's sub-pixel grid); returns RGB multipliers. */
export type Modulate = (u: number, v: number, out: [number, number, number]) => void;

export function warpOnto(dst: Raster, src: Raster, h: Homography, modulate?: Modulate): void {
  const corners: Point[] = [
    [0, 0],
    [src.width, 0],
    [src.width, src.height],
    [0, src.height],
  ].map((p) => applyH(h, p as Point));
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - 1);
  const x1 = Math.min(dst.width - 1, Math.ceil(Math.max(...xs)) + 1);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - 1);
  const y1 = Math.min(dst.height - 1, Math.ceil(Math.max(...ys)) + 1);
  const inv = invertH(h);
  const [a, b, c, d, e, f, g, hh, i9] = inv as [number, number, number, number, number, number, number, number, number];
  const sw = src.width;
  const sh = src.height;
  const s = src.data;
  const o = dst.data;
  const mod: [number, number, number] = [1, 1, 1];
  for (let y = y0; y <= y1; y++) {
    const py = y + 0.5;
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5;
      const w = g * px + hh * py + i9;
      const u = (a * px + b * py + c) / w - 0.5;
      const v = (d * px + e * py + f) / w - 0.5;
      if (u < -1 || v < -1 || u > sw || v > sh) continue;
      const ux = Math.floor(u);
      const vy = Math.floor(v);
      const fx = u - ux;
      const fy = v - vy;
      let r = 0;
      let gg = 0;
      let bb = 0;
      let al = 0;
      for (let k = 0; k < 4; k++) {
        const sx = ux + (k & 1);
        const sy = vy + (k >> 1);
        if (sx < 0 || sy < 0 || sx >= sw || sy >= sh) continue;
        const wgt = ((k & 1) === 1 ? fx : 1 - fx) * ((k >> 1) === 1 ? fy : 1 - fy);
        const si = (sy * sw + sx) * 4;
        const sa = (s[si + 3]! / 255) * wgt;
        r += s[si]! * sa;
        gg += s[si + 1]! * sa;
        bb += s[si + 2]! * sa;
        al += sa;
      }
      if (al <= 0) continue;
      r /= al;
      gg /= al;
      bb /= al;
      if (modulate) {
        modulate(u, v, mod);
        r *= mod[0];
        gg *= mod[1];
        bb *= mod[2];
      }
      const oi = (y * dst.width + x) * 4;
      o[oi] = r * al + o[oi]! * (1 - al);
      o[oi + 1] = gg * al + o[oi + 1]! * (1 - al);
      o[oi + 2] = bb * al + o[oi + 2]! * (1 - al);
    }
  }
}
