import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nricCheckLetter, validateNric } from '../../../src/documents/checks/nric.js';

test('S1234567D (the usual worked example) is valid', () => {
  assert.deepEqual(validateNric('S1234567D'), {
    valid: true,
    parts: { prefix: 'S', digits: '1234567', checkLetter: 'D', holder: 'citizen-or-pr' },
  });
});

test('each series applies its offset and table to the same digits', () => {
  // Weighted sum of 1234567 is 106: S/F add 0 (r = 7), T/G add 4 (r = 0), M adds 3 (r = 10).
  assert.equal(nricCheckLetter('S', '1234567'), 'D');
  assert.equal(nricCheckLetter('T', '1234567'), 'J');
  assert.equal(nricCheckLetter('F', '1234567'), 'N');
  assert.equal(nricCheckLetter('G', '1234567'), 'X');
  assert.equal(nricCheckLetter('M', '1234567'), 'K');
  assert.equal(validateNric('F1234567N').parts?.holder, 'foreigner');
});

test('the M table differs from F/G only at remainder 8 (J instead of M)', () => {
  // 0000008: 8 × 2 = 16; F: r = 16 mod 11 = 5 → Q; M: r = (16 + 3) mod 11 = 8 → J.
  assert.equal(nricCheckLetter('F', '0000008'), 'Q');
  assert.equal(nricCheckLetter('M', '0000008'), 'J');
  // P = 11 − r read from "KLJNPQRTUWX": r = 8 gives P = 3, the third letter, J.
  assert.equal(validateNric('M0000008J').valid, true);
});

test('wrong letters and malformed numbers fail', () => {
  assert.equal(validateNric('S1234567A').valid, false);
  assert.match(validateNric('S1234567A').reason ?? '', /expected D, read A/);
  assert.equal(validateNric('T1234567D').valid, false); // S letter on a T number: offset ignored
  assert.equal(validateNric('X1234567D').valid, false);
  assert.equal(validateNric('S123456D').valid, false);
  assert.equal(validateNric('s1234567d').valid, true);
});
