// Geometry of the machine-readable zone (ICAO 9303 part 3 §4.2, parts 4–6): two or three lines of equal length
// at a fixed pitch, parallel, left-aligned, one under the other. From the detector's text boxes this finds the
// long horizontal lines (joining pieces of one line the detector split) and ranks groups of 2–3 lines by how
// well they fit that shape, lowest on the page first (the MRZ is the bottom zone of every format).

import { minAreaRect, quadSize, rectCorners, type Point, type Quad } from '../ocr/geometry.js';

export interface LineCandidate {
  quad: Quad;
  centre: Point;
  /** Unit vector along the line, pointing right. */
  axis: Point;
  width: number;
  height: number;
}

/**
 * A whole MRZ line is 20–34 box heights long (30–44 characters); the detector may find only part of one (it misses
 * runs of fillers), so pieces from 6 heights on count.
 */
const MIN_ASPECT = 6;
/** Largest gap between two pieces of one line, in line heights. */
const MAX_JOIN_GAP = 1.2;
const MAX_ANGLE = (4 * Math.PI) / 180;

export function toCandidate(quad: Quad): LineCandidate {
  const { width, height } = quadSize(quad);
  const dx = quad[1].x - quad[0].x + quad[2].x - quad[3].x;
  const dy = quad[1].y - quad[0].y + quad[2].y - quad[3].y;
  const len = Math.hypot(dx, dy) || 1;
  const sign = dx < 0 ? -1 : 1;
  const centre = { x: quad.reduce((s, p) => s + p.x, 0) / 4, y: quad.reduce((s, p) => s + p.y, 0) / 4 };
  return { quad, centre, axis: { x: (sign * dx) / len, y: (sign * dy) / len }, width, height };
}

function angleBetween(a: Point, b: Point): number {
  return Math.acos(Math.min(1, Math.abs(a.x * b.x + a.y * b.y)));
}

/** Offset of `p` from the line through `c` along `axis`: along (u) and across (v). */
function project(p: Point, c: LineCandidate): { u: number; v: number } {
  const dx = p.x - c.centre.x;
  const dy = p.y - c.centre.y;
  return { u: dx * c.axis.x + dy * c.axis.y, v: -dx * c.axis.y + dy * c.axis.x };
}

/**
 * Pieces of one line: the same direction, one axis, a small gap. A piece may be much thinner than the rest when
 * it is a run of fillers (`<` is shorter than the letters) as long as it sits inside the line's band.
 */
function joinable(a: LineCandidate, b: LineCandidate): boolean {
  const h = Math.max(a.height, b.height);
  const thin = Math.min(a.height, b.height);
  if (thin < 0.35 * h || angleBetween(a.axis, b.axis) > MAX_ANGLE) return false;
  const { u, v } = project(b.centre, a);
  if (Math.abs(v) > (thin < h / 1.5 ? 0.3 * h : 0.4 * thin)) return false;
  const gap = Math.abs(u) - (a.width + b.width) / 2;
  return gap < MAX_JOIN_GAP * h;
}

/**
 * Long, roughly horizontal text lines, split pieces joined. Joinable pairs are found in one pass and joined by
 * union–find, so a page of a thousand boxes costs a million cheap tests, never a restart per join.
 */
export function lineCandidates(quads: readonly Quad[]): LineCandidate[] {
  const boxes = quads.map(toCandidate).filter((c) => Math.abs(c.axis.y) < Math.abs(c.axis.x) && c.height > 0);
  const parent = boxes.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (joinable(boxes[i]!, boxes[j]!)) parent[root(j)] = root(i);
  }
  const pieces = new Map<number, LineCandidate[]>();
  boxes.forEach((b, i) => pieces.set(root(i), [...(pieces.get(root(i)) ?? []), b]));
  return [...pieces.values()]
    .map((p) => (p.length === 1 ? p[0]! : toCandidate(rectCorners(minAreaRect(p.flatMap((b) => [...b.quad]))))))
    .filter((c) => c.width >= MIN_ASPECT * c.height);
}

/** Along-axis extent of a line, measured on `ref`'s axis. */
function extent(line: LineCandidate, ref: LineCandidate): { from: number; to: number } {
  const us = line.quad.map((p) => project(p, ref).u);
  return { from: Math.min(...us), to: Math.max(...us) };
}

/**
 * Whether `b` can be the MRZ line under `a`: parallel, of similar height, one line spacing below, and starting or
 * ending level with it. Lengths may differ: the detector often loses part of a filler run (`<<<<`).
 */
function stacked(a: LineCandidate, b: LineCandidate): boolean {
  const h = (a.height + b.height) / 2;
  const heightRatio = Math.min(a.height, b.height) / Math.max(a.height, b.height);
  if (heightRatio < 0.6 || angleBetween(a.axis, b.axis) > MAX_ANGLE) return false;
  const { v } = project(b.centre, a);
  if (v < 0.8 * h || v > 3.5 * h) return false;
  const ea = extent(a, a);
  const eb = extent(b, a);
  return Math.abs(ea.from - eb.from) < 1.5 * h || Math.abs(ea.to - eb.to) < 1.5 * h;
}

/**
 * The lines stretched along their own axes to their common extent: every MRZ line has the same length, so a line
 * found short (a filler run missed) is as long as the longest.
 */
export function commonExtent(group: readonly LineCandidate[]): LineCandidate[] {
  const ref = group[0]!;
  const spans = group.map((l) => extent(l, ref));
  const from = Math.min(...spans.map((s) => s.from));
  const to = Math.max(...spans.map((s) => s.to));
  return group.map((l, i) => {
    const grow = (spans[i]!.from - from) + (to - spans[i]!.to);
    if (grow <= 0) return l;
    const shift = (to - spans[i]!.to - (spans[i]!.from - from)) / 2;
    const centre = { x: l.centre.x + shift * ref.axis.x, y: l.centre.y + shift * ref.axis.y };
    return toCandidate(rectCorners({ center: centre, axis: l.axis, width: l.width + grow, height: l.height }));
  });
}

/** The nearest line stacked under `a`, if any. */
function below(a: LineCandidate, lines: readonly LineCandidate[]): LineCandidate | null {
  let best: LineCandidate | null = null;
  let bestV = Infinity;
  for (const b of lines) {
    if (b === a || !stacked(a, b)) continue;
    const { v } = project(b.centre, a);
    if (v < bestV) {
      bestV = v;
      best = b;
    }
  }
  return best;
}

/** A line the detector found at least this long (in heights) is a strong MRZ candidate even when cut short. */
const LONG_ASPECT = 10;

/**
 * Groups of two or three stacked lines, best first: groups whose every line the detector found long, then the
 * lowest in the image (the MRZ is the document's bottom zone), then fewer lines (a third line is read only when
 * the pair reads like TD1, see the reader).
 */
export function mrzLineGroups(lines: readonly LineCandidate[]): LineCandidate[][] {
  const groups: LineCandidate[][] = [];
  for (const a of lines) {
    const b = below(a, lines);
    if (!b) continue;
    groups.push([a, b]);
    const c = below(b, lines);
    if (c) groups.push([a, b, c]);
  }
  const long = (g: LineCandidate[]): number => (g.every((l) => l.width >= LONG_ASPECT * l.height) ? 1 : 0);
  const bottom = (g: LineCandidate[]): number => Math.round(g[g.length - 1]!.centre.y);
  return groups.sort((a, b) => long(b) - long(a) || bottom(b) - bottom(a) || a.length - b.length);
}
