import { type Point, type Quad, isConvex } from './quad.js';
import { perimeter, simplifyClosed } from './simplify-polygon.js';

/** A line as a point on it and a unit direction. */
interface Line {
  point: Point;
  direction: Point;
}

/** Sides the image border drew rather than the object: both ends lie along the same edge of the frame. */
function onBorder(a: Point, b: Point, width: number, height: number, margin: number): boolean {
  const near = (v: number, edge: number): boolean => Math.abs(v - edge) <= margin;
  return (
    (near(a[0], 0) && near(b[0], 0)) ||
    (near(a[1], 0) && near(b[1], 0)) ||
    (near(a[0], width - 1) && near(b[0], width - 1)) ||
    (near(a[1], height - 1) && near(b[1], height - 1))
  );
}

function intersect(l1: Line, l2: Line): Point | null {
  const [x1, y1] = l1.point;
  const [dx1, dy1] = l1.direction;
  const [x2, y2] = l2.point;
  const [dx2, dy2] = l2.direction;
  const d = dx1 * dy2 - dy1 * dx2;
  // Nearly parallel neighbours (under ~8°) meet far away or nowhere: not the corner of a rectangle seen in a photo.
  if (Math.abs(d) < 0.14) return null;
  const t = ((x2 - x1) * dy2 - (y2 - y1) * dx2) / d;
  return [x1 + t * dx1, y1 + t * dy1];
}

function lineOf(a: Point, b: Point): Line {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  return { point: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], direction: [(b[0] - a[0]) / length, (b[1] - a[1]) / length] };
}

/** Joins consecutive sides that run in nearly the same direction (a corner the simplification left in a side). */
function mergeCollinear(sides: Array<[Point, Point]>): Array<[Point, Point]> {
  const merged = [...sides];
  let changed = true;
  while (changed && merged.length > 1) {
    changed = false;
    for (let i = 0; i < merged.length; i += 1) {
      const a = merged[i] as [Point, Point];
      const j = (i + 1) % merged.length;
      const b = merged[j] as [Point, Point];
      const da = lineOf(a[0], a[1]).direction;
      const db = lineOf(b[0], b[1]).direction;
      if (da[0] * db[0] + da[1] * db[1] > Math.cos((10 * Math.PI) / 180) && Math.hypot(a[1][0] - b[0][0], a[1][1] - b[0][1]) < 1e-6) {
        merged[i] = [a[0], b[1]];
        merged.splice(j, 1);
        changed = true;
        break;
      }
    }
  }
  return merged;
}

/**
 * The line of a simplified side, taken from the longest hull edge lying along it when that edge is a good part of
 * the side: a simplified side joins two points on rounded corners and runs a little askew, while the long straight
 * hull edge is the document's true side.
 */
function straightestLine(side: [Point, Point], hull: readonly Point[], tolerance: number): Line {
  const line = lineOf(side[0], side[1]);
  const offset = (p: Point): number => Math.abs((p[0] - line.point[0]) * line.direction[1] - (p[1] - line.point[1]) * line.direction[0]);
  const sideLength = Math.hypot(side[1][0] - side[0][0], side[1][1] - side[0][1]);
  let best: [Point, Point] | null = null;
  let bestLength = 0.3 * sideLength;
  for (let i = 0; i < hull.length; i += 1) {
    const a = hull[i] as Point;
    const b = hull[(i + 1) % hull.length] as Point;
    const edge = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (edge > bestLength && offset(a) <= tolerance && offset(b) <= tolerance) {
      best = [a, b];
      bestLength = edge;
    }
  }
  if (best === null) return line;
  const straight = lineOf(best[0], best[1]);
  // Keep the side's direction of travel, so corners are intersected in order.
  const same = straight.direction[0] * line.direction[0] + straight.direction[1] * line.direction[1] >= 0;
  return same ? straight : { point: straight.point, direction: [-straight.direction[0], -straight.direction[1]] };
}

/** Side ratios tried for the missing side, ID-1 first (ISO/IEC 7810), then TD3 (ICAO 9303-4). */
const RATIOS = [85.6 / 53.98, 125 / 88];

/**
 * A document with one whole side beyond the frame shows three sides: two roughly parallel ones running into the
 * border and the one joining them. The fourth side is put parallel to the joining one, as far away as a document
 * format says — the first ratio (card, then page; joining side short, then long) that reaches past everything
 * visible. The quad is an estimate; it exists so that the cut can be reported (`IncompleteCard`).
 */
function completeCut(real: Array<[Point, Point]>, hull: readonly Point[]): Quad | null {
  const [first, middle, last] = real.map(([a, b]) => lineOf(a, b)) as [Line, Line, Line];
  const c1 = intersect(first, middle);
  const c2 = intersect(middle, last);
  if (c1 === null || c2 === null) return null;
  const joining = Math.hypot(c2[0] - c1[0], c2[1] - c1[1]);
  // Direction away from the joining side, into the document: perpendicular to it, towards the hull's centre.
  let nx = -middle.direction[1];
  let ny = middle.direction[0];
  const cx = hull.reduce((s, p) => s + p[0], 0) / hull.length;
  const cy = hull.reduce((s, p) => s + p[1], 0) / hull.length;
  if ((cx - c1[0]) * nx + (cy - c1[1]) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  const reach = Math.max(...hull.map((p) => (p[0] - c1[0]) * nx + (p[1] - c1[1]) * ny));
  const options = RATIOS.flatMap((r) => [joining * r, joining / r]);
  const depth = options.find((d) => d >= 1.02 * reach);
  if (depth === undefined) return null;
  const far: Line = { point: [c1[0] + depth * nx, c1[1] + depth * ny], direction: middle.direction };
  const c3 = intersect(last, far);
  const c4 = intersect(far, first);
  if (c3 === null || c4 === null) return null;
  const corners: Point[] = [c1, c2, c3, c4];
  return isConvex(corners) ? (corners as Quad) : null;
}

/**
 * Turns the convex hull of a region into a document quad, or null when it is not four-sided. Sides lying along the
 * image border are dropped and the real sides extended: a card cut by the frame then yields a quad with a corner
 * outside the image, which is how `IncompleteCard` is detected. Several simplification tolerances are tried,
 * from tight to loose, because rounded corners and blur need a looser one than a clean scan does.
 */
export function hullToQuad(hull: readonly Point[], width: number, height: number): Quad | null {
  const margin = Math.max(2, 0.004 * Math.max(width, height));
  const length = perimeter(hull);
  for (const fraction of [0.015, 0.025, 0.04, 0.06]) {
    const polygon = simplifyClosed(hull, fraction * length);
    if (polygon.length < 4) continue;
    const all: Array<{ side: [Point, Point]; border: boolean }> = [];
    for (let i = 0; i < polygon.length; i += 1) {
      const a = polygon[i] as Point;
      const b = polygon[(i + 1) % polygon.length] as Point;
      all.push({ side: [a, b], border: onBorder(a, b, width, height, margin) });
    }
    // Start the cycle just after a border side, so the real sides run in order from one edge of the frame to the other.
    const afterBorder = all.findIndex((s, i) => all[(i + all.length - 1) % all.length]?.border === true && !s.border);
    const cycle = afterBorder <= 0 ? all : [...all.slice(afterBorder), ...all.slice(0, afterBorder)];
    let sides = cycle.filter((s) => !s.border).map((s) => s.side);
    if (sides.length === polygon.length) sides = mergeCollinear(sides);
    // A side shorter than 4 % of the outline is a cut corner or noise, not one of a document's four sides.
    const real = sides.filter(([a, b]) => Math.hypot(b[0] - a[0], b[1] - a[1]) >= 0.04 * length);
    if (real.length === 3 && real.length < polygon.length) {
      const completed = completeCut(real, hull);
      if (completed !== null) return completed;
      continue;
    }
    if (real.length !== 4) continue;
    const lines = real.map((side) => straightestLine(side, hull, fraction * length));
    const corners: Point[] = [];
    for (let i = 0; i < 4; i += 1) {
      const corner = intersect(lines[i] as Line, lines[(i + 1) % 4] as Line);
      if (corner === null) break;
      corners.push(corner);
    }
    if (corners.length === 4 && isConvex(corners)) return corners as Quad;
  }
  return null;
}
