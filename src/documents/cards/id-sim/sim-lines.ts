/**
 * The smart SIM's numbered data lines (`1.` name … `6.` issuing police office). The recogniser returns a line
 * either with its number merged (`1. HENDRA GUNAWAN`, `1.HENDRA`) or as a small box `1.` beside the value box,
 * and may lose the dot or read `1` as `l`/`I`. Each number is found as a marker at the start of a line and its
 * value is the rest of that line or the nearest line to its right.
 */

import { type CardLine, type CardSideText } from '../card-text.js';
import { linesRightOf } from '../find-lines.js';
import { tidy } from '../common/field-values.js';

export interface NumberedLine {
  marker: CardLine;
  value: string;
  valueLine: CardLine;
}

/**
 * `1.` to `6.` at a line's start; the first glyph may be a misread `1` (`l`, `I`, `|`). The dot may be lost when a
 * space follows (`1 SUPARMAN`); then the value must start with a letter, so `1 5008…` is no marker.
 */
const MERGED = /^\s*([1-6lI|])\s*(?:[.,:]+\s*([\p{L}\d].*)|\s+(\p{L}.*))$/u;
/** A marker box alone: one digit with or without its dot. */
const ALONE = /^\s*([1-6lI|])\s*[.,:]*\s*$/;

function markerNumber(glyph: string): number {
  return /[lI|]/.test(glyph) ? 1 : Number(glyph);
}

/** The numbered lines found on the side, by number (the first, top-most reading of each number wins). */
export function numberedLines(text: CardSideText): Map<number, NumberedLine> {
  const found = new Map<number, NumberedLine>();
  for (const line of text.lines) {
    const merged = line.text.match(MERGED);
    // A merged `l.` is only taken when its value is not a date-like token (`1.5` is no marker).
    const rest = merged === null ? null : (merged[2] ?? merged[3]!);
    if (merged !== null && rest !== null && !/^\d/.test(rest)) {
      const n = markerNumber(merged[1]!);
      if (!found.has(n)) found.set(n, { marker: line, value: tidy(rest), valueLine: line });
      continue;
    }
    const alone = line.text.match(ALONE);
    if (alone === null) continue;
    const n = markerNumber(alone[1]!);
    const value = linesRightOf(text, line, { maxDistance: 0.08 })[0];
    if (value !== undefined && !found.has(n)) found.set(n, { marker: line, value: tidy(value.text), valueLine: value });
  }
  return found;
}
