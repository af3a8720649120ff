// Which characters each MRZ position may hold (ICAO 9303 part 3 §4.6 and parts 4–7): names, document code,
// issuing state and nationality are letters and filler; dates and check digits are digits (a birth date may be
// partly unknown, filled with `<`; a TD3 personal-number check digit may be `<`); the sex is M, F, X or `<`.
// Document numbers and optional data may hold anything in the MRZ alphabet. When the two readers disagree and
// only one reading is allowed where it stands, that reading wins without any guess.

import { mrzFieldMap, spanPositions, type Pos, type Span } from '../../documents/mrz/field-map.js';
import type { MrzFormat } from '../../documents/mrz/index.js';

const LETTERS = /^[A-Z<]$/;
const DIGITS = /^[0-9<]$/;
const SEX = /^[MFX<]$/;
const ANY = /^[A-Z0-9<]$/;

export type PositionAlphabet = (line: number, col: number) => RegExp;

export function positionAlphabet(format: MrzFormat, lines: readonly string[]): PositionAlphabet {
  const map = mrzFieldMap(format, lines);
  const classes = new Map<string, RegExp>();
  const set = (positions: Pos[], re: RegExp): void => positions.forEach((p) => classes.set(`${p.line}:${p.col}`, re));
  const span = (s: Span): Pos[] => spanPositions(s);
  set([...span(map.documentCode), ...span(map.issuingState), ...span(map.nationality), ...span(map.name)], LETTERS);
  set([...span(map.birthDate), ...span(map.expiryDate)], DIGITS);
  set([map.sex], SEX);
  set(
    map.checks.map((c) => c.check),
    DIGITS,
  );
  return (line, col) => classes.get(`${line}:${col}`) ?? ANY;
}
