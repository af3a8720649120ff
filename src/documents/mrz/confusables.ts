// Characters OCR readers confuse in OCR-B (the MRZ typeface, ICAO 9303 part 3 §4.3), restricted by what a
// position may hold. A numeric position (dates, check digits) can only hold a digit, so a letter there is read
// as the digit it resembles; an alphanumeric position (document number, optional data) may hold either, so a
// digit may be the letter it resembles and back. The filler `<` is often read as K, C, E or L.
// Digit-for-digit confusions (3/8, 1/7) are deliberately absent: they would make almost every field ambiguous.

import type { CharClass } from './field-map.js';

const DIGIT_FOR_LETTER: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  I: '1',
  L: '1',
  Z: '2',
  A: '4',
  S: '5',
  G: '6',
  T: '7',
  B: '8',
};

const LETTERS_FOR_DIGIT: Readonly<Record<string, readonly string[]>> = {
  '0': ['O', 'Q', 'D'],
  '1': ['I', 'L'],
  '2': ['Z'],
  '4': ['A'],
  '5': ['S'],
  '6': ['G'],
  '7': ['T'],
  '8': ['B'],
};

/** Letters an OCR reader produces for the filler `<`. */
export const FILLER_LOOKALIKES: ReadonlySet<string> = new Set(['K', 'C', 'E', 'L']);

/** What `c` may really have been, given the class of the position it was read at (never `c` itself). */
export function confusableAlternatives(c: string, cls: CharClass): string[] {
  const digit = DIGIT_FOR_LETTER[c];
  if (cls === 'numeric') return digit === undefined ? [] : [digit];
  const out: string[] = [...(LETTERS_FOR_DIGIT[c] ?? [])];
  if (digit !== undefined) out.push(digit);
  if (FILLER_LOOKALIKES.has(c)) out.push('<');
  return out;
}
