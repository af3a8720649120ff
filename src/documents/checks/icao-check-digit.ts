// ICAO 9303 part 3 §4.9: check digits over the MRZ alphabet.
// Each character takes a value (0–9 for digits, A=10 … Z=35, filler `<` = 0), values are multiplied by the
// repeating weights 7, 3, 1 from the left, and the check digit is the sum modulo 10.

const WEIGHTS = [7, 3, 1] as const;

/** The MRZ alphabet (ICAO 9303 part 3 §4.1): upper-case Latin letters, digits and the filler `<`. */
export const MRZ_ALPHABET = /^[A-Z0-9<]*$/;

/** ICAO 9303 part 3 §4.9 value of one MRZ character, or null for a character outside the MRZ alphabet. */
export function icaoCharValue(c: string): number | null {
  if (c === '<') return 0;
  if (c.length !== 1) return null;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return null;
}

/**
 * ICAO 9303 check digit of `s` (0–9). Throws a RangeError when `s` holds a character outside the MRZ alphabet,
 * because a check digit over such a string has no defined value.
 */
export function icaoCheckDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const value = icaoCharValue(s.charAt(i));
    if (value === null) throw new RangeError(`character ${JSON.stringify(s.charAt(i))} is not in the MRZ alphabet`);
    sum += value * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}

/** Check digit of `s`, or null when `s` holds a character outside the MRZ alphabet. */
export function tryIcaoCheckDigit(s: string): number | null {
  return MRZ_ALPHABET.test(s) ? icaoCheckDigit(s) : null;
}
