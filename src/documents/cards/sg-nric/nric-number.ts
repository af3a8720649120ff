import type { CardLine, CardSideText } from '../card-text.js';
import { digitise } from '../common/dates.js';

/**
 * The NRIC / FIN number as the recogniser reads it: a series letter (S, T, F, G, M), seven digits and a check letter
 * (`S1234567D`). Inside the seven digits `O`/`I`/`S`/`B` stand for digits; a leading `5` is an `S` read as a digit,
 * and a check position read as a digit is turned back into the letter it resembles. The checksum itself is judged
 * by `validateNric`, never used to pick a reading.
 */
const NUMBER = /(?<![A-Z0-9])([STFGM5])\s?([0-9OIlSBDZ]{7})\s?([A-Z0-9\]|)])(?![A-Za-z0-9])/;
/** Check letters the recogniser reads as digits or brackets (`S2574951]` for `S2574951J`). */
const LETTER_FOR_DIGIT: Record<string, string> = { '0': 'D', '8': 'B', '1': 'I', '2': 'Z', '6': 'G', '5': 'S', ']': 'J', ')': 'J', '|': 'I' };

export function parseNricNumber(lineText: string): string | null {
  const m = lineText.toUpperCase().match(NUMBER);
  if (m === null) return null;
  const prefix = m[1] === '5' ? 'S' : m[1]!;
  const check = LETTER_FOR_DIGIT[m[3]!] ?? m[3]!;
  if (!/^[A-Z]$/.test(check)) return null;
  return `${prefix}${digitise(m[2]!)}${check}`;
}

/** The first NRIC-shaped number on the side, in reading order. */
export function findNricNumber(text: CardSideText, lines: readonly CardLine[] = text.lines): { value: string; line: CardLine } | null {
  for (const line of lines) {
    const value = parseNricNumber(line.text);
    if (value !== null) return { value, line };
  }
  return null;
}
