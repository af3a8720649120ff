// Hong Kong Identity Card number: one or two letters, six digits and a check character, printed `A123456(3)`.
// Check character (Immigration Department scheme as documented in public validators, e.g. PatrLind/hkidchecker,
// iLexN/HKID-Check-Digit): values A=10 … Z=35, digits 0–9, and for a one-letter prefix a leading space worth 36;
// the eight values are weighted 9, 8, … 2; remainder r = sum mod 11; check = 0 when r = 0, "A" when r = 1,
// otherwise 11 − r. The widely quoted example A123456(3) and CA182361(1) both satisfy it.

import { invalid, valid, type IdValidation } from './id-validation.js';

export interface HkidParts {
  prefix: string;
  digits: string;
  checkDigit: string;
}

const HKID_FORMAT = /^([A-Z]{1,2})(\d{6})(?:\(([0-9A])\)|([0-9A]))$/;
const SPACE_VALUE = 36;
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2] as const;

function letterValue(c: string): number {
  return c.charCodeAt(0) - 55;
}

/** The check character ('0'–'9' or 'A') for a one- or two-letter prefix and six digits. */
export function hkidCheckDigit(prefix: string, digits: string): string {
  if (!/^[A-Z]{1,2}$/.test(prefix)) throw new RangeError('HKID prefix must be one or two letters A–Z');
  if (!/^\d{6}$/.test(digits)) throw new RangeError('HKID body must be six digits');
  const values = [
    ...(prefix.length === 1 ? [SPACE_VALUE] : []),
    ...[...prefix].map(letterValue),
    ...[...digits].map(Number),
  ];
  const sum = values.reduce((acc, v, i) => acc + v * WEIGHTS[i]!, 0);
  const r = sum % 11;
  if (r === 0) return '0';
  if (r === 1) return 'A';
  return String(11 - r);
}

/** Validates `A123456(3)`, `AB123456(9)` and the same without parentheses; spaces are ignored, case is folded. */
export function validateHkid(id: string): IdValidation<HkidParts> {
  const text = id.replace(/\s+/g, '').toUpperCase();
  const m = HKID_FORMAT.exec(text);
  if (!m) return invalid('format: expected one or two letters, six digits and a check character, e.g. A123456(3)');
  const parts: HkidParts = { prefix: m[1]!, digits: m[2]!, checkDigit: (m[3] ?? m[4])! };
  const expected = hkidCheckDigit(parts.prefix, parts.digits);
  if (expected !== parts.checkDigit) return invalid(`check digit: expected ${expected}, read ${parts.checkDigit}`, parts);
  return valid(parts);
}
