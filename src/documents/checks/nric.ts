// Singapore NRIC / FIN: a prefix letter, seven digits and a check letter, e.g. S1234567D.
// Rule (published by ICA; the S/T/F/G form as documented at ngiam.net/NRIC and in many public validators):
// weighted sum of the seven digits with weights 2, 7, 6, 5, 4, 3, 2, plus an offset for the series
// (S and F: 0; T and G: 4; M: 3), remainder r = sum mod 11, and the check letter is looked up by r.
// The M series (FINs issued from 1 January 2022) adds 3 and reads the letter as P = 11 − r from
// "KLJNPQRTUWX" (P = 1 → K … P = 11 → X), the rule implemented by public validators such as
// `isMFinSeriesValid` ("Add a weightage of three … P = 11 – R1"); indexed by r that is the table below.

import { invalid, valid, type IdValidation } from './id-validation.js';

export type NricPrefix = 'S' | 'T' | 'F' | 'G' | 'M';

export interface NricParts {
  prefix: NricPrefix;
  digits: string;
  checkLetter: string;
  /** S/T: citizens and permanent residents; F/G/M: foreigners (FIN). */
  holder: 'citizen-or-pr' | 'foreigner';
}

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2] as const;
const OFFSET: Record<NricPrefix, number> = { S: 0, T: 4, F: 0, G: 4, M: 3 };
// Letters indexed by the remainder r = 0 … 10.
const TABLE: Record<NricPrefix, string> = {
  S: 'JZIHGFEDCBA',
  T: 'JZIHGFEDCBA',
  F: 'XWUTRQPNMLK',
  G: 'XWUTRQPNMLK',
  M: 'XWUTRQPNJLK',
};
const NRIC_FORMAT = /^([STFGM])(\d{7})([A-Z])$/;

function isNricPrefix(c: string): c is NricPrefix {
  return c in OFFSET;
}

/** The check letter for a series prefix (S, T, F, G or M) and seven digits. */
export function nricCheckLetter(prefix: string, digits: string): string {
  if (!isNricPrefix(prefix)) throw new RangeError('NRIC/FIN prefix must be S, T, F, G or M');
  if (!/^\d{7}$/.test(digits)) throw new RangeError('NRIC/FIN body must be seven digits');
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, OFFSET[prefix]);
  return TABLE[prefix].charAt(sum % 11);
}

/** Validates an NRIC or FIN such as S1234567D; spaces are ignored and case is folded. */
export function validateNric(id: string): IdValidation<NricParts> {
  const text = id.replace(/\s+/g, '').toUpperCase();
  const m = NRIC_FORMAT.exec(text);
  if (!m) return invalid('format: expected S, T, F, G or M, seven digits and a check letter, e.g. S1234567D');
  const prefix = m[1] as NricPrefix;
  const parts: NricParts = {
    prefix,
    digits: m[2]!,
    checkLetter: m[3]!,
    holder: prefix === 'S' || prefix === 'T' ? 'citizen-or-pr' : 'foreigner',
  };
  const expected = nricCheckLetter(prefix, parts.digits);
  if (expected !== parts.checkLetter) return invalid(`check letter: expected ${expected}, read ${parts.checkLetter}`, parts);
  return valid(parts);
}
