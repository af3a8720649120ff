/**
 * Plane projective transforms (3 × 3 homographies, row-major, h[8] = 1) from four point correspondences, the
 * standard direct linear solution. Quads in the truth file are the card corners pushed through the same matrices
 * that move the pixels, so they are exact.
 */

import type { Point } from '../types.js';

export type Homography = number[];

/** Solves A x = b for an 8 × 8 system by Gaussian elimination with partial pivoting. */
function solve8(a: number[][], b: number[]): number[] {
  const n = 8;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const d = a[col]![col]!;
    if (Math.abs(d) < 1e-12) throw new Error('degenerate quad');
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / d;
      for (let c = col; c < n; c++) a[r]![c]! -= f * a[col]![c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * x[c]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/** The homography mapping src[i] to dst[i] for four points. */
export function homographyFrom(src: Point[], dst: Point[]): Homography {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!;
    const [u, v] = dst[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  return [...solve8(a, b), 1];
}

export function applyH(h: Homography, [x, y]: Point): Point {
  const w = h[6]! * x + h[7]! * y + h[8]!;
  return [(h[0]! * x + h[1]! * y + h[2]!) / w, (h[3]! * x + h[4]! * y + h[5]!) / w];
}

export function multiplyH(a: Homography, b: Homography): Homography {
  const out: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      out.push(a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!);
    }
  }
  const s = out[8]!;
  return out.map((v) => v / s);
}

export function invertH(h: Homography): Homography {
  const [a, b, c, d, e, f, g, hh, i] = h as [number, number, number, number, number, number, number, number, number];
  const A = e * i - f * hh;
  const B = -(d * i - f * g);
  const C = d * hh - e * g;
  const det = a * A + b * B + c * C;
  const inv = [A, -(b * i - c * hh), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * hh - b * g), a * e - b * d].map((v) => v / det);
  const s = inv[8]!;
  return inv.map((v) => v / s);
}

/** Scale-and-translate as a homography. */
export function affineH(scaleX: number, scaleY: number, tx: number, ty: number): Homography {
  return [scaleX, 0, tx, 0, scaleY, ty, 0, 0, 1];
}

export function rectCorners(width: number, height: number): Point[] {
  return [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
}
