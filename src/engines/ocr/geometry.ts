// Plane geometry for text boxes: convex hull, minimum-area rectangle (the quad PaddleOCR's DB post-processing
// takes from each text region), corner ordering and the size of a quad.

export interface Point {
  x: number;
  y: number;
}

/** Corners in image coordinates, clockwise from the top-left: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

/** Axis-aligned rectangle in image pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull by Andrew's monotone chain; collinear points dropped. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length <= 2) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

export interface RotatedRect {
  center: Point;
  /** Unit vector along the first side. */
  axis: Point;
  /** Length along `axis`. */
  width: number;
  /** Length along the normal of `axis`. */
  height: number;
}

/** Minimum-area enclosing rectangle by rotating calipers over the hull edges. */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { center: { x: 0, y: 0 }, axis: { x: 1, y: 0 }, width: 0, height: 0 };
  let best: RotatedRect | null = null;
  let bestArea = Infinity;
  const edges = hull.length === 1 ? 1 : hull.length;
  for (let i = 0; i < edges; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const ux = len > 0 ? (b.x - a.x) / len : 1;
    const uy = len > 0 ? (b.y - a.y) / len : 0;
    let minU = Infinity, maxU = -Infinity, minV = Infinity, maxV = -Infinity;
    for (const p of hull) {
      const u = p.x * ux + p.y * uy;
      const v = -p.x * uy + p.y * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = { center: { x: cu * ux - cv * uy, y: cu * uy + cv * ux }, axis: { x: ux, y: uy }, width: maxU - minU, height: maxV - minV };
    }
  }
  return best!;
}

/** The rectangle grown by `distance` on every side (the offset of a rectangle, corners squared). */
export function growRect(r: RotatedRect, distance: number): RotatedRect {
  return { ...r, width: r.width + 2 * distance, height: r.height + 2 * distance };
}

/** Orders four corners clockwise (image coordinates, y down) starting from the one nearest the top-left. */
export function orderQuad(points: readonly Point[]): Quad {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sorted = [...points].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  let start = 0;
  sorted.forEach((p, i) => {
    if (p.x + p.y < sorted[start]!.x + sorted[start]!.y) start = i;
  });
  const at = (k: number): Point => sorted[(start + k) % 4]!;
  return [at(0), at(1), at(2), at(3)];
}

export function rectCorners(r: RotatedRect): Quad {
  const { center: c, axis: u } = r;
  const hw = r.width / 2;
  const hh = r.height / 2;
  const corner = (su: number, sv: number): Point => ({ x: c.x + su * hw * u.x - sv * hh * u.y, y: c.y + su * hw * u.y + sv * hh * u.x });
  return orderQuad([corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)]);
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Width (longest top/bottom edge) and height (longest left/right edge) of a quad, as PaddleOCR crops it. */
export function quadSize(q: Quad): { width: number; height: number } {
  return {
    width: Math.max(distance(q[0], q[1]), distance(q[3], q[2])),
    height: Math.max(distance(q[0], q[3]), distance(q[1], q[2])),
  };
}

/** Axis-aligned bounds of a quad. */
export function quadBounds(q: Quad): Rect {
  const xs = q.map((p) => p.x);
  const ys = q.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function mapQuad(q: Quad, f: (p: Point) => Point): Quad {
  return [f(q[0]), f(q[1]), f(q[2]), f(q[3])];
}
