// Evaluates one check digit of an MRZ as read (ICAO 9303 part 3 §4.9).

import { tryIcaoCheckDigit } from '../checks/icao-check-digit.js';
import type { CheckedField, Pos } from './field-map.js';
import type { MrzCheck } from './types.js';

export function readPositions(lines: readonly string[], positions: readonly Pos[]): string {
  return positions.map((p) => (lines[p.line] ?? '').charAt(p.col)).join('');
}

/**
 * The check as read. One exception to "computed digit equals printed digit": a TD3 personal-number field left
 * entirely as filler may carry `<` instead of 0 as its check digit (ICAO 9303 part 4 §4.2.2, at the issuing
 * State's option).
 */
export function evaluateCheck(lines: readonly string[], cf: CheckedField): MrzCheck {
  const data = readPositions(lines, cf.data);
  const actual = readPositions(lines, [cf.check]);
  const digit = tryIcaoCheckDigit(data);
  const expected = digit === null ? '?' : String(digit);
  const fillerOnly = cf.field === 'personalNumber' && /^<+$/.test(data) && actual === '<';
  return { field: cf.field, expected, actual, valid: expected === actual || fillerOnly };
}
