/**
 * A side whose card lies a quarter turn on the page (a phone photo taken sideways). The pipeline settles only half
 * turns (read-card-side.ts), yet the recogniser still reads such lines — it turns tall crops itself — and hands
 * back tall, narrow boxes. Templates that find values by rows (caption left, value right) need the card's own
 * frame, so the boxes are turned back here; the caller's `upright` scorer picks which way (the recogniser's own
 * turn is not part of the contract). Generic: not KTP-specific, kept in this folder until the pipeline turns
 * quarter-turned pages itself (reported to the lead).
 */

import type { StructureName } from '../../../verification/types.js';
import { centreY, type CardBox, type CardLine, type CardSideText } from '../card-text.js';
import { FieldCollector } from '../common/field-values.js';

/** True when most lines of several glyphs stand taller than wide on the page: the text runs vertically. */
export function isQuarterTurned(text: CardSideText): boolean {
  const worded = text.lines.filter((line) => line.text.replace(/\s+/g, '').length >= 3);
  if (worded.length < 3) return false;
  const tall = worded.filter((line) => line.box.height * text.pageHeight > line.box.width * text.pageWidth * 1.2);
  return tall.length > worded.length / 2;
}

/** Card top at the page's right (`clockwise`) or at its left: the box in the turned-back frame. */
function turnBox(box: CardBox, clockwise: boolean): CardBox {
  return clockwise
    ? { x: box.y, y: 1 - box.x - box.width, width: box.height, height: box.width }
    : { x: 1 - box.y - box.height, y: box.x, width: box.height, height: box.width };
}

/** Reading order: rows top to bottom (centres within half a line height), left to right in a row. */
function readingOrder(lines: CardLine[]): CardLine[] {
  const sorted = [...lines].sort((a, b) => centreY(a.box) - centreY(b.box));
  const rows: CardLine[][] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    if (row !== undefined && Math.abs(centreY(row[0]!.box) - centreY(line.box)) < Math.min(row[0]!.box.height, line.box.height) * 0.5) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x));
}

export interface UprightSide {
  text: CardSideText;
  /** The page's own line for a turned one: evidence regions are reported in the submitted page's frame. */
  original: (line: CardLine) => CardLine;
}

/**
 * The side in its card's frame: as given when its text runs horizontally, else turned back the way `upright`
 * scores higher (e.g. the number of captions found in their printed order).
 */
export function uprightSide(text: CardSideText, upright: (candidate: CardSideText) => number): UprightSide {
  if (!isQuarterTurned(text)) return { text, original: (line) => line };
  const candidates = [true, false].map((clockwise) => {
    const back = new Map<CardLine, CardLine>();
    const lines = text.lines.map((line) => {
      const turned: CardLine = { ...line, box: turnBox(line.box, clockwise) };
      back.set(turned, line);
      return turned;
    });
    const turnedText: CardSideText = { ...text, lines: readingOrder(lines), pageWidth: text.pageHeight, pageHeight: text.pageWidth };
    return { text: turnedText, original: (line: CardLine) => back.get(line) ?? line, score: upright(turnedText) };
  });
  const best = candidates[0]!.score >= candidates[1]!.score ? candidates[0]! : candidates[1]!;
  return { text: best.text, original: best.original };
}

/** Records regions on the submitted page's own lines when the side was read turned back. */
export class PageFieldCollector extends FieldCollector {
  constructor(
    structure: StructureName,
    private readonly page: CardSideText,
    private readonly original: (line: CardLine) => CardLine,
  ) {
    super(structure);
  }

  override set(key: string, value: string | null | undefined, from?: { text: CardSideText; line: CardLine } | { text: CardSideText; lines: CardLine[] }): void {
    if (from === undefined) return super.set(key, value);
    super.set(key, value, { text: this.page, lines: ('line' in from ? [from.line] : from.lines).map(this.original) });
  }
}
