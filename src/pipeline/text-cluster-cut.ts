import type { Engines } from '../engines/engines.js';
import { quadSize, type Quad as OcrQuad } from '../engines/ocr/geometry.js';
import type { Quad } from '../engines/vision/quad.js';
import { pageToSource } from './page-geometry.js';
import { TEXT_MARGIN_X, TEXT_MARGIN_Y } from './read-card-side.js';
import { PAGE_DETECTOR_SIDE, readPlainPage } from './read-page-mrz.js';
import type { LocatedImage, ReadPage } from './read-document.js';

/**
 * A card whose outline the finder missed, lying at an angle to other print in the frame (a card turned a quarter
 * on a printed sheet, its light edges lost against the paper): its text lines run in a direction of their own.
 * The frame's lines are grouped by direction; when a second group holds enough lines to be a card, the frame is
 * not read whole (one of the two would be read across its rows) but each group is cut out along its own direction
 * with a card's margins round it, the largest first. Which half-turn is up is left to the card reading
 * (read-card-side.ts), as for any outline.
 */

/** Lines at least this many times longer than high have a direction worth trusting. */
const MIN_LINE_ASPECT = 2.5;
/** Directions within this angle (radians, 15°) are one group. */
const GROUP_ANGLE = Math.PI / 12;
/** A group of fewer lines is not a card (every card side of the seed prints more). */
const MIN_GROUP_LINES = 4;

/** Direction of a box's long side, in [0, π). */
function direction(quad: OcrQuad): number {
  const along = Math.hypot(quad[1].x - quad[0].x, quad[1].y - quad[0].y) >= Math.hypot(quad[2].x - quad[1].x, quad[2].y - quad[1].y);
  const [a, b] = along ? [quad[0], quad[1]] : [quad[1], quad[2]];
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  return ((angle % Math.PI) + Math.PI) % Math.PI;
}

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % Math.PI;
  return Math.min(d, Math.PI - d);
}

/** Groups of lines by direction, largest first: each seeded by the direction most lines lie close to. */
export function directionGroups(boxes: readonly OcrQuad[]): Array<{ angle: number; lines: OcrQuad[] }> {
  let left = boxes.filter((quad) => {
    const { width, height } = quadSize(quad);
    return Math.max(width, height) >= MIN_LINE_ASPECT * Math.max(1, Math.min(width, height));
  });
  const groups: Array<{ angle: number; lines: OcrQuad[] }> = [];
  while (left.length > 0) {
    const angles = left.map(direction);
    let best = { angle: 0, count: -1 };
    for (const seed of angles) {
      const count = angles.filter((a) => angleGap(a, seed) <= GROUP_ANGLE).length;
      if (count > best.count) best = { angle: seed, count };
    }
    const lines = left.filter((_, i) => angleGap(angles[i]!, best.angle) <= GROUP_ANGLE);
    groups.push({ angle: best.angle, lines });
    left = left.filter((quad) => !lines.includes(quad));
  }
  return groups;
}

/**
 * The quad (page pixels, clockwise from the top-left along the text's direction) round a group's lines with a
 * card's margins, and its size.
 */
export function groupQuad(lines: readonly OcrQuad[], angle: number): { corners: Array<[number, number]>; width: number; height: number } {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const us: number[] = [];
  const vs: number[] = [];
  for (const p of lines.flat()) {
    us.push(p.x * cos + p.y * sin);
    vs.push(-p.x * sin + p.y * cos);
  }
  let [u0, u1, v0, v1] = [Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)];
  // The card's margins round its text, along the lines and across them, as for a frame (read-card-side.ts).
  const [mu, mv] = [(u1 - u0) * TEXT_MARGIN_X, (v1 - v0) * TEXT_MARGIN_Y];
  [u0, u1, v0, v1] = [u0 - mu, u1 + mu, v0 - mv, v1 + mv];
  const point = (u: number, v: number): [number, number] => [u * cos - v * sin, u * sin + v * cos];
  return { corners: [point(u0, v0), point(u1, v0), point(u1, v1), point(u0, v1)], width: u1 - u0, height: v1 - v0 };
}

/** Long side of the page a group is cut to (the card reading re-cuts it to the card's shape). */
const CUT_WIDTH = 1000;

/** The whole frame read as a page, with its text lines grouped by direction. */
export interface FrameText {
  frame: ReadPage;
  /** The frame's line groups big enough to be a card and running in directions of their own, largest first. */
  cards: Array<{ angle: number; lines: OcrQuad[] }>;
}

export async function frameText(engines: Engines, located: LocatedImage): Promise<FrameText> {
  const frame = await readPlainPage(engines, located.source, null, null);
  const rgb = { width: frame.page.width, height: frame.page.height, channels: 3 as const, data: frame.page.data };
  const boxes = (await engines.ocr.detect(rgb, { maxSide: PAGE_DETECTOR_SIDE })).map((b) => b.quad);
  const groups = directionGroups(boxes);
  const cards = groups.filter((g, i) => i === 0 || (g.lines.length >= MIN_GROUP_LINES && groups.slice(0, i).every((h) => angleGap(g.angle, h.angle) > GROUP_ANGLE)));
  return { frame: { ...frame, textBoxes: boxes }, cards };
}

/**
 * Cut `index` of a frame (0: the frame's main text, 1 and on: the next directions'): the frame itself when its text
 * runs one way, else the group cut out along its direction; null when there is no such group.
 */
export async function frameCut(engines: Engines, located: LocatedImage, text: FrameText, index: number): Promise<ReadPage | null> {
  if (text.cards.length < 2) return index === 0 ? text.frame : null;
  const group = text.cards[index];
  if (group === undefined) return null;
  const { corners, width, height } = groupQuad(group.lines, group.angle);
  const toSource = pageToSource(text.frame.quad, text.frame.size);
  const quad = corners.map((p) => toSource(p)) as unknown as Quad;
  const size = { width: CUT_WIDTH, height: Math.max(1, Math.round((CUT_WIDTH * height) / Math.max(1, width))) };
  const page = await engines.documentFinder.rectify(located.source, quad, size);
  return { ...text.frame, quad, size, page, upright: false, via: 'frame', textBoxes: undefined };
}
