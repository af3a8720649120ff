import type { OpenCv } from './load-opencv.js';
import type { MatScope } from './mat-scope.js';
import { type Point, type Quad, aspectRatio, isConvex, polygonArea } from './quad.js';

type Mat = InstanceType<OpenCv['Mat']>;

/** Collinear Hough segments merged into one line, with the stretches of it that edges actually cover. */
interface EdgeLine {
  point: Point;
  direction: Point;
  /** `direction` as an angle in degrees, [0, 180): computed once, as the pairing below compares it many times. */
  angle: number;
  /** Covered stretches as [from, to] positions along `direction` from `point`, merged and sorted. */
  spans: Array<[number, number]>;
  support: number;
}

/** Segments closer than this in angle (degrees) and offset (px) belong to the same line. */
const MERGE_ANGLE = 2.5;
const MERGE_OFFSET = 3;
/** How many of the best-supported lines enter the pairing, and how many quads go on to full scoring. */
const MAX_LINES = 60;
const MAX_QUADS = 80;

function angleOf(direction: Point): number {
  return ((Math.atan2(direction[1], direction[0]) * 180) / Math.PI + 180) % 180;
}

/** The gap between two line angles in degrees (angleOf), 0–90. */
function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 180 - d);
}

function along(line: EdgeLine, p: Point): number {
  return (p[0] - line.point[0]) * line.direction[0] + (p[1] - line.point[1]) * line.direction[1];
}

function offsetFrom(line: EdgeLine, p: Point): number {
  return (p[0] - line.point[0]) * line.direction[1] - (p[1] - line.point[1]) * line.direction[0];
}

function intersect(a: EdgeLine, b: EdgeLine): Point | null {
  const d = a.direction[0] * b.direction[1] - a.direction[1] * b.direction[0];
  if (Math.abs(d) < 1e-6) return null;
  const t = ((b.point[0] - a.point[0]) * b.direction[1] - (b.point[1] - a.point[1]) * b.direction[0]) / d;
  return [a.point[0] + t * a.direction[0], a.point[1] + t * a.direction[1]];
}

/** Share of the stretch between `p` and `q` (both on `line`) that the line's edge spans cover. */
function coverage(line: EdgeLine, p: Point, q: Point): number {
  const from = Math.min(along(line, p), along(line, q));
  const to = Math.max(along(line, p), along(line, q));
  if (to - from < 1) return 0;
  let covered = 0;
  for (const [s, e] of line.spans) covered += Math.max(0, Math.min(e, to) - Math.max(s, from));
  return covered / (to - from);
}

function mergeSpans(spans: Array<[number, number]>, gap: number): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && span[0] <= last[1] + gap) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

function groupSegments(segments: Array<[Point, Point]>): EdgeLine[] {
  const lines: EdgeLine[] = [];
  const bySize = [...segments].sort((s, t) => Math.hypot(t[1][0] - t[0][0], t[1][1] - t[0][1]) - Math.hypot(s[1][0] - s[0][0], s[1][1] - s[0][1]));
  for (const [a, b] of bySize) {
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const direction: Point = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
    const angle = angleOf(direction);
    const middle: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const line = lines.find((l) => angleGap(l.angle, angle) < MERGE_ANGLE && Math.abs(offsetFrom(l, middle)) < MERGE_OFFSET);
    if (line === undefined) {
      lines.push({ point: middle, direction, angle, spans: [[-length / 2, length / 2]], support: length });
      continue;
    }
    const s = along(line, a);
    const e = along(line, b);
    line.spans.push([Math.min(s, e), Math.max(s, e)]);
    line.support += length;
  }
  for (const line of lines) line.spans = mergeSpans(line.spans, 4);
  return lines;
}

/**
 * Quads assembled from straight edges (Hough segments on a Canny map), for photos where no closed outline exists:
 * a shadow, a finger or a glare streak crossing the card joins it to the background, so contours leak, but most
 * of each of its four sides is still a straight edge. Lines are merged from collinear segments, paired into
 * near-parallel pairs, and two pairs roughly at right angles make a quad. A quad is kept when each of its sides is
 * covered by edges over a fair share of its length; the best-covered ones go on to full scoring.
 */
export function lineProposals(cv: OpenCv, scope: MatScope, edges: Mat, minArea: number): Quad[] {
  const width = edges.cols;
  const height = edges.rows;
  const hough = scope.track(new cv.Mat());
  const minLength = Math.max(12, 0.03 * Math.max(width, height));
  cv.HoughLinesP(edges, hough, 1, Math.PI / 180, Math.round(minLength / 2), minLength, 5);
  const segments: Array<[Point, Point]> = [];
  for (let i = 0; i < hough.rows; i += 1) {
    const v = hough.data32S;
    segments.push([
      [v[4 * i] as number, v[4 * i + 1] as number],
      [v[4 * i + 2] as number, v[4 * i + 3] as number],
    ]);
  }
  const lines = groupSegments(segments)
    .sort((a, b) => b.support - a.support)
    .slice(0, MAX_LINES);
  const pairs: Array<[EdgeLine, EdgeLine]> = [];
  for (let i = 0; i < lines.length; i += 1) {
    for (let j = i + 1; j < lines.length; j += 1) {
      const a = lines[i] as EdgeLine;
      const b = lines[j] as EdgeLine;
      if (angleGap(a.angle, b.angle) < 20 && Math.abs(offsetFrom(a, b.point)) > 12) pairs.push([a, b]);
    }
  }
  const scored: Array<{ quad: Quad; cover: number }> = [];
  for (let i = 0; i < pairs.length; i += 1) {
    for (let j = i + 1; j < pairs.length; j += 1) {
      const [p1, p2] = pairs[i] as [EdgeLine, EdgeLine];
      const [q1, q2] = pairs[j] as [EdgeLine, EdgeLine];
      const cross = angleGap(p1.angle, q1.angle);
      if (cross < 55) continue;
      const corners = [intersect(p1, q1), intersect(q1, p2), intersect(p2, q2), intersect(q2, p1)];
      if (corners.some((c) => c === null)) continue;
      const quad = corners as Quad;
      if (!isConvex(quad) || polygonArea(quad) < minArea) continue;
      const ratio = aspectRatio(quad);
      if (ratio < 1.2 || ratio > 1.9) continue;
      const covers = [coverage(p1, quad[3], quad[0]), coverage(q1, quad[0], quad[1]), coverage(p2, quad[1], quad[2]), coverage(q2, quad[2], quad[3])];
      if (Math.min(...covers) < 0.25) continue;
      const cover = covers.reduce((s, v) => s + v, 0) / 4;
      if (cover >= 0.45) scored.push({ quad, cover });
    }
  }
  return scored
    .sort((a, b) => b.cover - a.cover)
    .slice(0, MAX_QUADS)
    .map((s) => s.quad);
}
