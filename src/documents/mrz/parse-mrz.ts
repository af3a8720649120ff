// Parses TD1, TD2, TD3, MRV-A and MRV-B machine-readable zones (ICAO 9303 parts 4–7) as given: no character
// is changed here (see correct-mrz.ts for proven corrections). Each check digit is reported, valid or not.

import { isoToday } from '../checks/dates.js';
import { MRZ_ALPHABET } from '../checks/icao-check-digit.js';
import { evaluateCheck, readPositions } from './evaluate-check.js';
import { mrzFieldMap, spanPositions, type Span } from './field-map.js';
import { MRZ_LAYOUTS, detectMrzFormat, guessMrzFormat } from './layouts.js';
import { mrzBirthDate, mrzExpiryDate } from './mrz-dates.js';
import { splitMrzName } from './names.js';
import type { MrzFields, MrzParseResult, MrzSex, ParseOptions } from './types.js';

function stripFiller(s: string): string {
  return s.replace(/^<+|<+$/g, '');
}

function readSex(c: string): MrzSex | null {
  if (c === 'M' || c === 'F' || c === 'X') return c;
  return c === '<' ? 'X' : null;
}

function lengthErrors(lines: readonly string[]): string[] {
  const guess = guessMrzFormat(lines);
  if (!guess) return [`expected 2 or 3 lines, got ${lines.length}`];
  const { lineLength } = MRZ_LAYOUTS[guess];
  return lines.flatMap((l, i) => (l.length === lineLength ? [] : [`line ${i + 1}: ${l.length} characters, expected ${lineLength} for ${guess}`]));
}

export function parseMrz(lines: string[], options: ParseOptions = {}): MrzParseResult {
  const today = options.today ?? isoToday();
  const format = detectMrzFormat(lines);
  if (!format) return { format: null, valid: false, lines, fields: null, checks: [], errors: lengthErrors(lines) };

  const errors: string[] = [];
  lines.forEach((l, i) => {
    if (!MRZ_ALPHABET.test(l)) errors.push(`line ${i + 1}: characters outside A–Z, 0–9 and <`);
  });
  const map = mrzFieldMap(format, lines);
  const text = (s: Span): string => readPositions(lines, spanPositions(s));

  const birthDateRaw = text(map.birthDate);
  const expiryDateRaw = text(map.expiryDate);
  const birthDate = mrzBirthDate(birthDateRaw, today);
  const expiryDate = mrzExpiryDate(expiryDateRaw, today);
  // A birth date may be partly unknown and printed with fillers (part 3 §4.6); only a wrong date is an error.
  if (!birthDate && !birthDateRaw.includes('<')) errors.push(`birthDate: ${birthDateRaw} is not a calendar date`);
  if (!expiryDate) errors.push(`expiryDate: ${expiryDateRaw} is not a calendar date`);
  const sexChar = readPositions(lines, [map.sex]);
  const sex = readSex(sexChar);
  if (!sex) errors.push(`sex: ${JSON.stringify(sexChar)} is not M, F, X or <`);

  const name = splitMrzName(text(map.name));
  const fields: MrzFields = {
    documentCode: stripFiller(text(map.documentCode)),
    issuingState: stripFiller(text(map.issuingState)),
    documentNumber: stripFiller(readPositions(lines, map.documentNumber)),
    nationality: stripFiller(text(map.nationality)),
    birthDate,
    birthDateRaw,
    sex,
    expiryDate,
    expiryDateRaw,
    optionalData1: stripFiller(text(map.optionalData1)),
    optionalData2: map.optionalData2 ? stripFiller(text(map.optionalData2)) : '',
    surname: name.surname,
    givenNames: name.givenNames,
  };
  const checks = map.checks.map((cf) => evaluateCheck(lines, cf));
  const valid = errors.length === 0 && checks.every((c) => c.valid);
  return { format, valid, lines, fields, checks, errors };
}
