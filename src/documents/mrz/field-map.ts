// Where each field sits in each format (ICAO 9303 parts 4–7), including the check-digited fields and the
// characters each check digit covers. Positions are 0-based { line, col }. The map depends on the lines only
// through the long-document-number rule of TD1 and TD2 (part 5 §4.2.2 note j, part 6 likewise; example in
// part 11 appendix D.2): when the document-number check position holds `<`, the number continues in the
// optional data, where its last character before the first `<` is its check digit.

import type { MrzCheckField, MrzFormat } from './types.js';

export interface Pos {
  line: number;
  col: number;
}

export interface Span {
  line: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export type CharClass = 'numeric' | 'alphanumeric';

export interface CheckedField {
  field: MrzCheckField;
  /** Characters the check digit is computed over, in order. */
  data: Pos[];
  check: Pos;
  /** What the data characters may be; check digits themselves are always numeric. */
  dataClass: CharClass;
}

export interface FieldMap {
  documentCode: Span;
  issuingState: Span;
  documentNumber: Pos[];
  nationality: Span;
  birthDate: Span;
  sex: Pos;
  expiryDate: Span;
  optionalData1: Span;
  optionalData2: Span | null;
  name: Span;
  /** Every check-digited field, the composite last (when the format has one). */
  checks: CheckedField[];
  /** Characters protected by the composite check digit and by no other check digit. */
  compositeOnly: Pos[];
}

const span = (line: number, start: number, end: number): Span => ({ line, start, end });

export function spanPositions(s: Span): Pos[] {
  const out: Pos[] = [];
  for (let col = s.start; col < s.end; col++) out.push({ line: s.line, col });
  return out;
}

interface DocumentNumberLayout {
  number: Pos[];
  check: Pos;
  optional: Span;
}

/** Document number, its check digit and the optional data that follows, with the long-number rule applied. */
function documentNumber(lines: readonly string[], main: Span, checkCol: number, optional: Span): DocumentNumberLayout {
  const line = lines[main.line] ?? '';
  const principal = spanPositions(main);
  const isLong = line.charAt(checkCol) === '<' && line.charAt(optional.start) !== '<';
  if (!isLong) return { number: principal, check: { line: main.line, col: checkCol }, optional };
  let firstFiller = line.indexOf('<', optional.start);
  if (firstFiller < 0 || firstFiller > optional.end) firstFiller = optional.end;
  const checkAt = firstFiller - 1;
  return {
    number: [...principal, ...spanPositions(span(optional.line, optional.start, checkAt))],
    check: { line: optional.line, col: checkAt },
    optional: span(optional.line, checkAt + 1, optional.end),
  };
}

function dateCheck(field: MrzCheckField, date: Span): CheckedField {
  return { field, data: spanPositions(date), check: { line: date.line, col: date.end }, dataClass: 'numeric' };
}

function td1(lines: readonly string[]): FieldMap {
  const doc = documentNumber(lines, span(0, 5, 14), 14, span(0, 15, 30));
  const birthDate = span(1, 0, 6);
  const expiryDate = span(1, 8, 14);
  const optionalData2 = span(1, 18, 29);
  const composite = [span(0, 5, 30), span(1, 0, 7), span(1, 8, 15), optionalData2].flatMap(spanPositions);
  return {
    documentCode: span(0, 0, 2),
    issuingState: span(0, 2, 5),
    documentNumber: doc.number,
    nationality: span(1, 15, 18),
    birthDate,
    sex: { line: 1, col: 7 },
    expiryDate,
    optionalData1: doc.optional,
    optionalData2,
    name: span(2, 0, 30),
    checks: [
      { field: 'documentNumber', data: doc.number, check: doc.check, dataClass: 'alphanumeric' },
      dateCheck('birthDate', birthDate),
      dateCheck('expiryDate', expiryDate),
      { field: 'composite', data: composite, check: { line: 1, col: 29 }, dataClass: 'alphanumeric' },
    ],
    compositeOnly: [...spanPositions(doc.optional), ...spanPositions(optionalData2)],
  };
}

/** Line 2 of TD2, TD3, MRV-A and MRV-B share their first 28 columns (parts 4, 6 and 7). */
function twoLine(lines: readonly string[], format: Exclude<MrzFormat, 'TD1'>): FieldMap {
  const length = format === 'TD3' || format === 'MRVA' ? 44 : 36;
  const optionalEnd = format === 'TD2' ? 35 : format === 'TD3' ? 42 : length;
  const doc =
    format === 'TD2'
      ? documentNumber(lines, span(1, 0, 9), 9, span(1, 28, optionalEnd))
      : { number: spanPositions(span(1, 0, 9)), check: { line: 1, col: 9 }, optional: span(1, 28, optionalEnd) };
  const birthDate = span(1, 13, 19);
  const expiryDate = span(1, 21, 27);
  const checks: CheckedField[] = [
    { field: 'documentNumber', data: doc.number, check: doc.check, dataClass: 'alphanumeric' },
    dateCheck('birthDate', birthDate),
    dateCheck('expiryDate', expiryDate),
  ];
  if (format === 'TD3') {
    checks.push({ field: 'personalNumber', data: spanPositions(span(1, 28, 42)), check: { line: 1, col: 42 }, dataClass: 'alphanumeric' });
  }
  const hasComposite = format === 'TD2' || format === 'TD3';
  if (hasComposite) {
    const composite = [span(1, 0, 10), span(1, 13, 20), span(1, 21, length - 1)].flatMap(spanPositions);
    checks.push({ field: 'composite', data: composite, check: { line: 1, col: length - 1 }, dataClass: 'alphanumeric' });
  }
  return {
    documentCode: span(0, 0, 2),
    issuingState: span(0, 2, 5),
    documentNumber: doc.number,
    nationality: span(1, 10, 13),
    birthDate,
    sex: { line: 1, col: 20 },
    expiryDate,
    optionalData1: doc.optional,
    optionalData2: null,
    name: span(0, 5, length),
    checks,
    compositeOnly: format === 'TD2' ? spanPositions(doc.optional) : [],
  };
}

export function mrzFieldMap(format: MrzFormat, lines: readonly string[]): FieldMap {
  return format === 'TD1' ? td1(lines) : twoLine(lines, format);
}
