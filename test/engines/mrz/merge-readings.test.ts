import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OcrCell } from '../../../src/engines/mrz/align-ocr.js';
import { mergeReadings, type LineEvidence } from '../../../src/engines/mrz/merge-readings.js';
import type { TemplateLineReading } from '../../../src/engines/mrz/template-reader.js';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

function put(line: string, col: number, c: string): string {
  return line.slice(0, col) + c + line.slice(col + 1);
}

/** A template reading; cells are clear (0.9, lead 0.2) unless listed in `unclear`; `cell` sets one cell. */
function template(text: string, unclear: number[] = [], cell?: { col: number; margin: number; runnerUp: string }): TemplateLineReading {
  const scores = [...text].map((_, i) => (unclear.includes(i) ? 0.6 : 0.9));
  const margins = [...text].map((_, i) => (unclear.includes(i) ? 0.01 : i === cell?.col ? cell.margin : 0.2));
  const runnersUp = [...text].map((_, i) => (i === cell?.col ? cell.runnerUp : ' ')).join('');
  return { text, scores, margins, runnersUp, meanScore: scores.reduce((s, v) => s + v, 0) / scores.length, cellScores: [], cellCentres: [], charHeight: 24 };
}

function cells(text: string, confidence = 0.95): OcrCell[] {
  return [...text].map((char) => ({ char, confidence }));
}

function evidence(ocr: string, tpl: TemplateLineReading | null, ocrCells: OcrCell[] | null = cells(ocr)): LineEvidence {
  return { ocrText: ocr, ocrCells, template: tpl };
}

test('readers that agree: the lines as read, nothing chosen', () => {
  const merged = mergeReadings(TD3.map((l) => evidence(l, template(l))));
  assert.deepEqual(merged.lines, TD3);
  assert.deepEqual(merged.choices, []);
  assert.deepEqual(merged.sources.map((s) => s.reader), ['agreed', 'agreed']);
});

test('a check digit decides a data field even against the preferred reader', () => {
  // The OCR misreads a birth-date digit (its check fails); the template is right but its cells are unclear.
  const ocrLine = put(TD3[1]!, 17, '7');
  const merged = mergeReadings([evidence(TD3[0]!, template(TD3[0]!)), evidence(ocrLine, template(TD3[1]!, [17]))]);
  assert.deepEqual(merged.lines, TD3);
  assert.deepEqual(merged.choices, [{ line: 2, columns: [17], field: 'birthDate', reader: 'template', ocr: '7', template: '1', reason: 'check-digit' }]);
  assert.equal(merged.sources[1]!.reader, 'template');
});

test('…and the other way round: a clear template cell that breaks a check digit loses to the OCR', () => {
  const tplLine = put(TD3[1]!, 3, '6');
  const merged = mergeReadings([evidence(TD3[0]!, template(TD3[0]!)), evidence(TD3[1]!, template(tplLine))]);
  assert.deepEqual(merged.lines, TD3);
  assert.equal(merged.choices[0]?.reader, 'ocr');
  assert.equal(merged.choices[0]?.reason, 'check-digit');
  assert.equal(merged.choices[0]?.field, 'documentNumber');
});

test('a field can mix both readers when only the mix satisfies its check digit', () => {
  // TD1 (ICAO 9303 part 5): the OCR reads the document number's D as 0, the template reads its last 0 as O.
  const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
  const merged = mergeReadings([evidence(put(TD1[0]!, 5, '0'), template(put(TD1[0]!, 13, 'O'))), evidence(TD1[1]!, template(TD1[1]!)), evidence(TD1[2]!, template(TD1[2]!))]);
  assert.deepEqual(merged.lines, TD1);
  assert.deepEqual(merged.choices.map((c) => [c.columns, c.reader, c.reason]), [[[5], 'template', 'check-digit'], [[13], 'ocr', 'check-digit']]);
  assert.equal(merged.sources[0]!.reader, 'mixed');
});

test('in the name line a clear template cell wins; an unclear one leaves the OCR reading', () => {
  const ocrLine = put(TD3[0]!, 30, 'K');
  const clear = mergeReadings([evidence(ocrLine, template(TD3[0]!)), evidence(TD3[1]!, template(TD3[1]!))]);
  assert.equal(clear.lines[0], TD3[0]);
  assert.deepEqual(clear.choices, [{ line: 1, columns: [30], field: 'unchecked', reader: 'template', ocr: 'K', template: '<', reason: 'preferred-reader' }]);
  const unclear = mergeReadings([evidence(ocrLine, template(TD3[0]!, [30])), evidence(TD3[1]!, template(TD3[1]!))]);
  assert.equal(unclear.lines[0], ocrLine);
  assert.equal(unclear.choices[0]?.reader, 'ocr');
});

test('with too many differing cells to search jointly, each field is searched on its own: its cells may still mix both readers', () => {
  // A photographed passport (studio, seed session8-fresh, passport #3): the OCR read the number's `J` as `]`, the
  // template (a poor line, every date cell wrong) read its `2` as `R`. Thirteen checked cells differ; taking each
  // field's cells all from one reader left the number failing, and its `]` was reported.
  const truth = 'PJ67612527ROU7009275M3202104<<<<<<<<<<<<<<00';
  const ocrLine = put(truth, 1, ']');
  let tplLine = put(truth, 8, 'R');
  for (const [col, c] of [[14, '9'], [15, '9'], [17, '7'], [19, '6'], [21, '4'], [22, '7'], [23, '9'], [24, '8'], [26, '9'], [42, '9'], [43, '9']] as const) tplLine = put(tplLine, col, c);
  const name = 'P<ROUPOPA<<MIHAI<<<<<<<<<<<<<<<<<<<<<<<<<<<<';
  const unclear = [...tplLine].map((_, i) => i).filter((i) => i !== 1);
  const merged = mergeReadings([evidence(name, template(name)), evidence(ocrLine, template(tplLine, unclear))]);
  assert.deepEqual(merged.lines, [name, truth]);
  const number = merged.choices.filter((c) => c.field === 'documentNumber');
  assert.deepEqual(number.map((c) => [c.columns, c.reader, c.reason]), [[[1], 'template', 'check-digit'], [[8], 'ocr', 'check-digit']]);
});

test('a reading the position cannot hold loses: a digit in a name or a nationality', () => {
  const ocrName = put(TD3[0]!, 12, '0');
  const ocrData = put(TD3[1]!, 12, '0');
  const merged = mergeReadings([evidence(ocrName, template(TD3[0]!, [12])), evidence(ocrData, template(TD3[1]!, [12]))]);
  assert.deepEqual(merged.lines, TD3);
  assert.deepEqual(merged.choices.map((c) => [c.line, c.reader, c.reason]), [[1, 'template', 'field-alphabet'], [2, 'template', 'field-alphabet']]);
});

test('an OCR-B twin (`I` over `1`) needs a wider lead before the template outvotes the OCR', () => {
  // MRV-A optional data (ICAO 9303 part 7) is covered by no check digit and may hold letters or digits.
  const MRVA = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'];
  const tplLine = put(MRVA[1]!, 31, 'I');
  const close = mergeReadings([evidence(MRVA[0]!, template(MRVA[0]!)), evidence(MRVA[1]!, template(tplLine, [], { col: 31, margin: 0.09, runnerUp: '1' }))]);
  assert.equal(close.lines[1], MRVA[1]);
  const wide = mergeReadings([evidence(MRVA[0]!, template(MRVA[0]!)), evidence(MRVA[1]!, template(tplLine, [], { col: 31, margin: 0.15, runnerUp: '1' }))]);
  assert.equal(wide.lines[1], tplLine);
  const notTwin = mergeReadings([evidence(MRVA[0]!, template(MRVA[0]!)), evidence(MRVA[1]!, template(tplLine, [], { col: 31, margin: 0.09, runnerUp: 'T' }))]);
  assert.equal(notTwin.lines[1], tplLine);
});

test('a cell the OCR left empty takes the template reading', () => {
  const ocrCells = cells(TD3[0]!);
  ocrCells[40] = { char: '', confidence: 0 };
  const merged = mergeReadings([evidence(TD3[0]!.slice(0, 43), template(TD3[0]!, [40]), ocrCells), evidence(TD3[1]!, template(TD3[1]!))]);
  assert.equal(merged.lines[0], TD3[0]);
});

test('without template readings the OCR lines pass through; a line the OCR could not place takes a trusted template', () => {
  const alone = mergeReadings(TD3.map((l) => evidence(l, null)));
  assert.deepEqual(alone.lines, TD3);
  assert.deepEqual(alone.sources.map((s) => [s.reader, s.template]), [['ocr', null], ['ocr', null]]);
  const misplaced = mergeReadings([evidence('P<UTOERIKSSON<<ANNA<MARIA<<<<', template(TD3[0]!), null), evidence(TD3[1]!, template(TD3[1]!))]);
  assert.deepEqual(misplaced.lines, TD3);
  assert.equal(misplaced.sources[0]!.reader, 'template');
});
