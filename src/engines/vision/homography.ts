import type { Point, Quad } from './quad.js';

/** Row-major 3×3 projective transform with h[8] = 1. */
export type Homography = [number, number, number, number, number, number, number, number, number];

/**
 * The projective transform taking each `from` corner to the matching `to` corner (the direct linear transform
 * with h33 = 1, solved by Gaussian elimination with partial pivoting). Throws on degenerate corners.
 */
export function homography(from: Quad, to: Quad): Homography {
  const a: number[][] = [];
  for (let i = 0; i < 4; i += 1) {
    const [x, y] = from[i] as Point;
    const [u, v] = to[i] as Point;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  const n = 8;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) {
      if (Math.abs((a[row] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = row;
    }
    const pivotRow = a[pivot] as number[];
    if (Math.abs(pivotRow[col] as number) < 1e-12) throw new RangeError('degenerate quad: no homography');
    a[pivot] = a[col] as number[];
    a[col] = pivotRow;
    for (let row = 0; row < n; row += 1) {
      if (row === col) continue;
      const r = a[row] as number[];
      const f = (r[col] as number) / (pivotRow[col] as number);
      if (f === 0) continue;
      for (let k = col; k <= n; k += 1) r[k] = (r[k] as number) - f * (pivotRow[k] as number);
    }
  }
  const h = a.map((row, i) => (row[n] as number) / (row[i] as number));
  return [...h, 1] as Homography;
}

export function applyHomography(h: Homography, [x, y]: Point): Point {
  const w = h[6] * x + h[7] * y + h[8];
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}

/** The corners of a `width`×`height` rectangle in quad order (top-left, top-right, bottom-right, bottom-left). */
export function rectangleQuad(width: number, height: number): Quad {
  return [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
}

/**
 * Maps a box of a rectified crop back to the source image as a quad: evidence found on the crop (glare, a face)
 * can then be shown where it is in the photo the client sent.
 */
export function mapBoxToSource(
  quad: Quad,
  size: { width: number; height: number },
  box: { x: number; y: number; width: number; height: number },
): Quad {
  const back = homography(rectangleQuad(size.width, size.height), quad);
  const corners: Quad = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ];
  return corners.map((p) => applyHomography(back, p)) as Quad;
}
