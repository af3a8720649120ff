// Thai national identification number: 13 digits printed `1 2345 67890 12 1` (groups 1-4-5-2-1).
// Check digit (Department of Provincial Administration scheme; documented on th.wikipedia.org
// "เลขประจำตัวประชาชนไทย" and in public validators such as jukbot/thai-citizen-id-validator):
// with d_0 … d_11 the first twelve digits, check = (11 − (Σ d_i × (13 − i)) mod 11) mod 10.
// The first digit is the registration category (1–8 for Thai nationals, 0 for some non-nationals); the rule
// does not constrain it, so neither do we.

import { invalid, valid, type IdValidation } from './id-validation.js';

export interface ThaiIdParts {
  digits: string;
  category: string;
  checkDigit: string;
}

/** Check digit ('0'–'9') for the first twelve digits of a Thai ID number. */
export function thaiIdCheckDigit(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new RangeError('Thai ID body must be twelve digits');
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (13 - i), 0);
  return String((11 - (sum % 11)) % 10);
}

/** Validates a Thai ID number, plain or grouped with spaces or dashes as printed (1-4-5-2-1). */
export function validateThaiId(id: string): IdValidation<ThaiIdParts> {
  const text = id.trim();
  const grouped = /^\d[\s-]?\d{4}[\s-]?\d{5}[\s-]?\d{2}[\s-]?\d$/.test(text);
  if (!grouped) return invalid('format: expected 13 digits, optionally grouped 1-4-5-2-1');
  const digits = text.replace(/[\s-]/g, '');
  const parts: ThaiIdParts = { digits, category: digits.charAt(0), checkDigit: digits.charAt(12) };
  const expected = thaiIdCheckDigit(digits.slice(0, 12));
  if (expected !== parts.checkDigit) return invalid(`check digit: expected ${expected}, read ${parts.checkDigit}`, parts);
  return valid(parts);
}
