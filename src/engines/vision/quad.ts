/** A point in pixel coordinates, x then y (the `EvidenceRegion.quad` shape of verification/types.ts). */
export type Point = [number, number];

/**
 * Four corners of a document, clockwise as seen on screen (y grows downwards). By convention quad[0]→quad[1] is
 * one of the two long sides — the one nearer the top-left of the image — so rectifying the quad always gives a
 * landscape crop; whether the document is then upside down is for the reader to settle.
 */
export type Quad = [Point, Point, Point, Point];

/** Twice the signed area (shoelace); positive for clockwise order in image coordinates. */
export function signedArea2(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x1, y1] = points[i] as Point;
    const [x2, y2] = points[(i + 1) % points.length] as Point;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

export function polygonArea(points: readonly Point[]): number {
  return Math.abs(signedArea2(points)) / 2;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Side lengths quad[0]→quad[1], quad[1]→quad[2], quad[2]→quad[3], quad[3]→quad[0]. */
export function sideLengths(quad: Quad): [number, number, number, number] {
  return [distance(quad[0], quad[1]), distance(quad[1], quad[2]), distance(quad[2], quad[3]), distance(quad[3], quad[0])];
}

/**
 * Long-to-short ratio from the means of opposite sides. Perspective makes this approximate (a few per cent at
 * the tilts of a hand-held photo), which the finder's aspect tolerance absorbs.
 */
export function aspectRatio(quad: Quad): number {
  const [a, b, c, d] = sideLengths(quad);
  const first = (a + c) / 2;
  const second = (b + d) / 2;
  const short = Math.min(first, second);
  return short > 0 ? Math.max(first, second) / short : Infinity;
}

/** True when every turn goes the same way (a convex, non-degenerate quadrilateral). */
export function isConvex(points: readonly Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const c = points[(i + 2) % points.length] as Point;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (Math.abs(cross) < 1e-9) return false;
    const s = Math.sign(cross);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/** Interior angles in degrees, one per corner. */
export function cornerAngles(quad: Quad): number[] {
  return quad.map((p, i) => {
    const prev = quad[(i + 3) % 4] as Point;
    const next = quad[(i + 1) % 4] as Point;
    const ax = prev[0] - p[0];
    const ay = prev[1] - p[1];
    const bx = next[0] - p[0];
    const by = next[1] - p[1];
    const cos = (ax * bx + ay * by) / (Math.hypot(ax, ay) * Math.hypot(bx, by) || 1);
    return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
  });
}

/** Puts four corners in the documented order: clockwise, quad[0]→quad[1] the long side nearer the top-left. */
export function orderQuad(points: readonly Point[]): Quad {
  if (points.length !== 4) throw new RangeError(`a quad has 4 corners, got ${points.length}`);
  const cx = points.reduce((s, p) => s + p[0], 0) / 4;
  const cy = points.reduce((s, p) => s + p[1], 0) / 4;
  // Sorting by angle around the centroid gives a clockwise cycle in image coordinates (atan2 grows clockwise there).
  const cycle = [...points].sort((a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx));
  const [p0, p1, p2, p3] = cycle as Quad;
  const evenLong = distance(p0, p1) + distance(p2, p3) >= distance(p1, p2) + distance(p3, p0);
  const starts = evenLong ? [0, 2] : [1, 3];
  // Of the two long sides, start on the one whose midpoint lies nearer the top-left (smaller x + y).
  const key = (start: number): number => {
    const a = cycle[start] as Point;
    const b = cycle[(start + 1) % 4] as Point;
    return (a[0] + b[0] + a[1] + b[1]) / 2;
  };
  const start = key(starts[0] as number) <= key(starts[1] as number) ? (starts[0] as number) : (starts[1] as number);
  return [0, 1, 2, 3].map((k) => [...(cycle[(start + k) % 4] as Point)] as Point) as Quad;
}

/** Bounding box of some points, as minimum and maximum coordinates. */
export function bounds(points: readonly Point[]): { minX: number; minY: number; maxX: number; maxY: number } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

export function scaleQuad(quad: Quad, factor: number): Quad {
  return quad.map(([x, y]) => [x * factor, y * factor] as Point) as Quad;
}
