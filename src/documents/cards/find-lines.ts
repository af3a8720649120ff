import { bottom, centreX, centreY, right, type CardBox, type CardLine, type CardSideText } from './card-text.js';
import { containment } from './text-match.js';

/**
 * The primitives templates find their fields with. Real cards print a caption (`Date of Birth`, `Nama`) next to
 * or above each value, and the caption survives redesigns and print shifts better than an absolute position, so
 * values are found from captions first and zones only bound the search.
 */

export interface Caption {
  line: CardLine;
  /** How well the caption phrase was found in the line (0–1). */
  score: number;
  /** The phrase that matched. */
  phrase: string;
}

/** A caption must be read at least this well: one glyph wrong in a ten-letter caption still counts. */
export const CAPTION_MIN_SCORE = 0.8;

export function inZone(box: CardBox, zone: CardBox): boolean {
  const x = centreX(box);
  const y = centreY(box);
  return x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height;
}

export function linesIn(text: CardSideText, zone: CardBox): CardLine[] {
  return text.lines.filter((line) => inZone(line.box, zone));
}

/** The line that best contains one of `phrases` (a caption or a keyword), or null below `minScore`. */
export function findCaption(
  text: CardSideText,
  phrases: readonly string[],
  options: { minScore?: number; zone?: CardBox } = {},
): Caption | null {
  const minScore = options.minScore ?? CAPTION_MIN_SCORE;
  let best: Caption | null = null;
  for (const line of options.zone === undefined ? text.lines : linesIn(text, options.zone)) {
    for (const phrase of phrases) {
      const score = containment(line.text, phrase);
      if (score >= minScore && (best === null || score > best.score)) best = { line, score, phrase };
    }
  }
  return best;
}

/** Every template's recogniser asks for the same side's rows: found once per side. */
const splitRowsOf = new WeakMap<CardSideText, string[]>();

/**
 * The texts of the rows the detector split into several boxes, each row's boxes joined left to right: a title
 * broken by glare or a wide gap (`SOCIAL SECUR` + `SYSTEM`) is still one phrase.
 */
function splitRows(text: CardSideText): string[] {
  const known = splitRowsOf.get(text);
  if (known !== undefined) return known;
  const rows: string[] = [];
  for (const line of text.lines) {
    const y = centreY(line.box);
    const row = text.lines.filter((other) => Math.abs(centreY(other.box) - y) < Math.min(line.box.height, other.box.height) * 0.5);
    // Each row once: from its leftmost box.
    if (row.length < 2 || row.some((other) => other.box.x < line.box.x)) continue;
    rows.push(row.sort((a, b) => a.box.x - b.box.x).map((l) => l.text).join(' '));
  }
  splitRowsOf.set(text, rows);
  return rows;
}

/**
 * Best containment of any phrase anywhere on the side (in a line, or in a row split into boxes): the evidence a
 * template's recogniser weighs.
 */
export function phraseScore(text: CardSideText, phrases: readonly string[]): number {
  let best = 0;
  for (const candidate of [...text.lines.map((l) => l.text), ...splitRows(text)]) {
    for (const phrase of phrases) best = Math.max(best, containment(candidate, phrase));
  }
  return best;
}

function horizontalOverlap(a: CardBox, b: CardBox): number {
  return Math.max(0, Math.min(right(a), right(b)) - Math.max(a.x, b.x));
}

/**
 * Value lines printed under a caption: the nearest lines below it that start near its left edge or overlap it,
 * within `maxGap` (in caption heights) of the line above. `count` lines at most (an address runs over several).
 */
export function linesBelow(
  text: CardSideText,
  anchor: CardLine,
  options: { count?: number; maxGap?: number; alignTolerance?: number; exclude?: (line: CardLine) => boolean } = {},
): CardLine[] {
  const count = options.count ?? 1;
  const maxGap = options.maxGap ?? 1.6;
  const tolerance = options.alignTolerance ?? 0.06;
  const found: CardLine[] = [];
  let above = anchor;
  for (;;) {
    const candidates = text.lines
      .filter((line) => line !== above && !found.includes(line) && line !== anchor)
      .filter((line) => centreY(line.box) > bottom(above.box) - above.box.height * 0.3)
      .filter((line) => line.box.y - bottom(above.box) <= maxGap * Math.max(anchor.box.height, above.box.height))
      .filter((line) => Math.abs(line.box.x - anchor.box.x) <= tolerance || horizontalOverlap(line.box, anchor.box) > 0.5 * Math.min(line.box.width, anchor.box.width))
      .filter((line) => !(options.exclude?.(line) ?? false))
      .sort((a, b) => a.box.y - b.box.y);
    const next = candidates[0];
    if (next === undefined) break;
    found.push(next);
    if (found.length >= count) break;
    above = next;
  }
  return found;
}

/** Lines to the right of `anchor` on the same row (centres within half a line height), left to right. */
export function linesRightOf(text: CardSideText, anchor: CardLine, options: { maxDistance?: number } = {}): CardLine[] {
  const maxDistance = options.maxDistance ?? 1;
  const y = centreY(anchor.box);
  return text.lines
    .filter((line) => line !== anchor && line.box.x >= right(anchor.box) - anchor.box.height * 0.5)
    .filter((line) => Math.abs(centreY(line.box) - y) < Math.max(line.box.height, anchor.box.height) * 0.5)
    .filter((line) => line.box.x - right(anchor.box) <= maxDistance)
    .sort((a, b) => a.box.x - b.box.x);
}

/** The first line (reading order) whose text matches `pattern`, with the match. */
export function findPattern(text: CardSideText, pattern: RegExp, zone?: CardBox): { line: CardLine; match: RegExpMatchArray } | null {
  for (const line of zone === undefined ? text.lines : linesIn(text, zone)) {
    const match = line.text.match(pattern);
    if (match !== null) return { line, match };
  }
  return null;
}

/**
 * The text of a line after its caption: `Nama : ENDANG` → `ENDANG`. The caption is matched fuzzily, so the cut
 * is made after the first colon when there is one, else after as many characters as the caption has letters.
 */
export function afterCaption(lineText: string, phrase: string): string {
  const colon = lineText.indexOf(':');
  if (colon >= 0) return lineText.slice(colon + 1).trim();
  const letters = phrase.replace(/[^\p{L}\p{N}]/gu, '').length;
  let seen = 0;
  for (let i = 0; i < lineText.length; i++) {
    if (/[\p{L}\p{N}]/u.test(lineText[i]!)) seen++;
    if (seen === letters) return lineText.slice(i + 1).replace(/^[\s:;.]+/, '').trim();
  }
  return '';
}

/**
 * The part of a value line left of `columnX` (a fraction of the page width), when the detector ran one column's
 * value into the next (`MARIA CRISTINA RAMOS` under FIRST NAME and MIDDLE NAME, one box): cut at the word gap
 * nearest to where the next column starts, the glyphs taken as evenly spread along the line. A line that ends
 * before the column, or holds no word gap, is returned whole.
 */
export function leftOfColumn(line: CardLine, columnX: number): string {
  const text = line.text;
  // The column must start well inside the line: a value a glyph or two past the caption of the next column is
  // still its own.
  if (right(line.box) <= columnX + 0.01 || line.box.x >= columnX) return text;
  const at = ((columnX - line.box.x) / line.box.width) * text.length;
  let best: number | null = null;
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    if (best === null || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best === null ? text : text.slice(0, best).trim();
}
