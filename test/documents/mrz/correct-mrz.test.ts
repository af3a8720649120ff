import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctMrz } from '../../../src/documents/mrz/correct-mrz.js';
import { MRVB, TD1, TD1_LONG, TD3, TODAY, withChar } from './specimens.js';

const correct = (lines: string[]) => correctMrz(lines, { today: TODAY });

test('corrects O read for 0 in a date, proven by the birth-date check digit', () => {
  const result = correct(withChar(TD3, 1, 15, 'O'));
  assert.deepEqual(result.lines, TD3);
  assert.deepEqual(result.corrections, [{ line: 2, position: 15, from: 'O', to: '0', reason: 'check-digit:birthDate' }]);
  assert.equal(result.parse.valid, true);
  assert.equal(result.parse.fields?.birthDate, '1974-08-12');
});

test('corrects S read for 5 in a document number', () => {
  const result = correct(withChar(TD1, 0, 10, 'S')); // D2314S890
  assert.deepEqual(result.lines, TD1);
  assert.deepEqual(result.corrections, [{ line: 1, position: 10, from: 'S', to: '5', reason: 'check-digit:documentNumber' }]);
  assert.equal(result.parse.fields?.documentNumber, 'D23145890');
});

test('corrects a check digit read as a letter', () => {
  const birth = correct(withChar(TD3, 1, 19, 'Z')); // birth check 2 read as Z
  assert.deepEqual(birth.corrections, [{ line: 2, position: 19, from: 'Z', to: '2', reason: 'check-digit:birthDate' }]);
  const composite = correct(withChar(TD3, 1, 43, 'O')); // composite 0 read as O
  assert.deepEqual(composite.corrections, [{ line: 2, position: 43, from: 'O', to: '0', reason: 'check-digit:composite' }]);
  const visa = correct(withChar(MRVB, 1, 9, 'A')); // visa document-number check 4 read as A
  assert.deepEqual(visa.lines, MRVB);
});

test('corrects two letters in one date (two changes, both forced by the numeric field)', () => {
  const result = correct(withChar(withChar(TD3, 1, 15, 'O'), 1, 17, 'I'));
  assert.deepEqual(result.lines, TD3);
  assert.deepEqual(
    result.corrections.map((c) => [c.position, c.from, c.to, c.reason]),
    [
      [15, 'O', '0', 'check-digit:birthDate'],
      [17, 'I', '1', 'check-digit:birthDate'],
    ],
  );
});

test('corrects errors in several fields at once when the composite agrees', () => {
  const result = correct(withChar(withChar(TD3, 1, 15, 'O'), 1, 25, 'I'));
  assert.deepEqual(result.lines, TD3);
  assert.deepEqual(result.corrections.map((c) => c.reason), ['check-digit:birthDate', 'check-digit:expiryDate']);
});

test('corrects data only the composite covers (TD1 optional data), proven by the composite', () => {
  const result = correct(withChar(TD1, 1, 22, 'C')); // a filler of optional data 2 read as C
  assert.deepEqual(result.lines, TD1);
  assert.deepEqual(result.corrections, [{ line: 2, position: 22, from: 'C', to: '<', reason: 'check-digit:composite' }]);
});

test('corrects inside a long TD1 document number', () => {
  const result = correct(withChar(TD1_LONG, 1, 2, 'O')); // birth date 340712 read 34O712
  assert.deepEqual(result.lines, TD1_LONG);
  assert.equal(result.parse.fields?.documentNumber, 'D23145890734');
});

test('does not correct when two candidates are equally valid', () => {
  // L898902C3 read with Z for its 2: both Z→2 (position 6) and 8→B (position 1) satisfy the check digit, and
  // the composite cannot tell them apart (the document number has the same weights in both sums).
  const read = withChar(TD3, 1, 6, 'Z');
  const result = correct(read);
  assert.deepEqual(result.lines, read);
  assert.deepEqual(result.corrections, []);
  assert.equal(result.parse.checks[0]?.valid, false);
  // A visa has no composite at all: LB988901C can be L8988901C or another number just as well.
  const visa = withChar(MRVB, 1, 1, 'B');
  assert.deepEqual(correct(visa).corrections, []);
});

test('does not correct a field when the composite disagrees with the fix', () => {
  // 74O812 read with composite 8: the composite holds over the letter as read, and O→0 (which satisfies the
  // birth-date check) would break it. Two readings disagree, so nothing changes.
  const read = withChar(withChar(TD3, 1, 15, 'O'), 1, 43, '8');
  const result = correct(read);
  assert.deepEqual(result.lines, read);
  assert.deepEqual(result.corrections, []);
  assert.equal(result.parse.valid, false);
});

test('leaves valid fields alone even when they look like misreads', () => {
  const odd = [TD3[0]!, 'O0O0O0O0O6UTO7408122F1204159ZE184226B<<<<<10'];
  const result = correct(odd);
  assert.deepEqual(result.lines, odd);
  assert.deepEqual(result.corrections, []);
  assert.equal(result.parse.valid, true);
  assert.equal(result.parse.fields?.documentNumber, 'O0O0O0O0O');
});

test('does not guess at errors outside the confusable set or beyond one change in alphanumeric fields', () => {
  const digitForDigit = withChar(TD3, 1, 18, '3'); // 740813: no letter to explain it
  assert.deepEqual(correct(digitForDigit).corrections, []);
  const twoInNumber = withChar(withChar(TD3, 1, 5, 'O'), 1, 9, 'G'); // L8989O2C3 with check G
  assert.deepEqual(correct(twoInNumber).corrections, []);
});
