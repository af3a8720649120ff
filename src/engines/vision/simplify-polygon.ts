import type { Point } from './quad.js';

/** Distance from `p` to the line through `a` and `b`. */
export function pointLineDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function simplifyChain(points: readonly Point[], epsilon: number): Point[] {
  const first = points[0] as Point;
  const last = points[points.length - 1] as Point;
  let worst = 0;
  let index = -1;
  for (let i = 1; i < points.length - 1; i += 1) {
    const d = pointLineDistance(points[i] as Point, first, last);
    if (d > worst) {
      worst = d;
      index = i;
    }
  }
  if (worst <= epsilon || index < 0) return [first, last];
  const left = simplifyChain(points.slice(0, index + 1), epsilon);
  const right = simplifyChain(points.slice(index), epsilon);
  return [...left.slice(0, -1), ...right];
}

/**
 * Ramer–Douglas–Peucker on a closed polygon: split at the vertex farthest from the first one, simplify both
 * chains, join them. Used on convex hulls, so a rounded card corner (an arc shallower than `epsilon`) collapses.
 */
export function simplifyClosed(points: readonly Point[], epsilon: number): Point[] {
  if (points.length <= 3) return [...points];
  const start = points[0] as Point;
  let far = 0;
  let farDistance = -1;
  points.forEach((p, i) => {
    const d = Math.hypot(p[0] - start[0], p[1] - start[1]);
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  });
  const one = simplifyChain(points.slice(0, far + 1), epsilon);
  const two = simplifyChain([...points.slice(far), start], epsilon);
  return [...one.slice(0, -1), ...two.slice(0, -1)];
}

export function perimeter(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    sum += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return sum;
}
