import { type Point, polygonArea, signedArea2 } from './quad.js';

/**
 * Intersection of two convex polygons (Sutherland–Hodgman clipping of `subject` by each edge of `clip`).
 * Both are normalised to clockwise order first, so callers may pass either orientation.
 */
export function convexIntersection(subject: readonly Point[], clip: readonly Point[]): Point[] {
  const clockwise = (poly: readonly Point[]): Point[] => (signedArea2(poly) < 0 ? [...poly].reverse() : [...poly]);
  let output = clockwise(subject);
  const clipper = clockwise(clip);
  for (let i = 0; i < clipper.length && output.length > 0; i += 1) {
    const a = clipper[i] as Point;
    const b = clipper[(i + 1) % clipper.length] as Point;
    // In image coordinates a clockwise polygon keeps its inside where this cross product is non-negative.
    const inside = (p: Point): boolean => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j += 1) {
      const current = input[j] as Point;
      const previous = input[(j + input.length - 1) % input.length] as Point;
      const currentIn = inside(current);
      const previousIn = inside(previous);
      if (currentIn !== previousIn) output.push(lineIntersection(previous, current, a, b));
      if (currentIn) output.push(current);
    }
  }
  return output;
}

function lineIntersection(p1: Point, p2: Point, p3: Point, p4: Point): Point {
  const d = (p1[0] - p2[0]) * (p3[1] - p4[1]) - (p1[1] - p2[1]) * (p3[0] - p4[0]);
  if (Math.abs(d) < 1e-12) return p2;
  const t = ((p1[0] - p3[0]) * (p3[1] - p4[1]) - (p1[1] - p3[1]) * (p3[0] - p4[0])) / d;
  return [p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])];
}

/** Intersection over union of two convex polygons, 0–1. */
export function polygonIoU(a: readonly Point[], b: readonly Point[]): number {
  const inter = convexIntersection(a, b);
  const interArea = inter.length >= 3 ? polygonArea(inter) : 0;
  const union = polygonArea(a) + polygonArea(b) - interArea;
  return union > 0 ? interArea / union : 0;
}

/** Share of `inner`'s area that lies inside `outer`, 0–1 (how far one candidate nests in another). */
export function containment(inner: readonly Point[], outer: readonly Point[]): number {
  const area = polygonArea(inner);
  if (area <= 0) return 0;
  const inter = convexIntersection(inner, outer);
  return inter.length >= 3 ? polygonArea(inter) / area : 0;
}
