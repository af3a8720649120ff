import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thaiIdCheckDigit, validateThaiId } from '../../../src/documents/checks/thai-id.js';

test('a public validator test vector is valid, plain and grouped 1-4-5-2-1', () => {
  assert.deepEqual(validateThaiId('1112034563562'), {
    valid: true,
    parts: { digits: '1112034563562', category: '1', checkDigit: '2' },
  });
  assert.equal(validateThaiId('1-1120-34563-56-2').valid, true);
  assert.equal(validateThaiId('1 1120 34563 56 2').valid, true);
});

test('check digit is (11 − Σ d_i × (13 − i) mod 11) mod 10', () => {
  assert.equal(thaiIdCheckDigit('111203456356'), '2');
  // Σ = 1·13 + 1·12 + 0·11 + 1·10 + 7·9 + 0·8 + 0·7 + 2·6 + 3·5 + 0·4 + 7·3 + 0·2 = 146; 146 mod 11 = 3; 11 − 3 = 8.
  assert.equal(thaiIdCheckDigit('110170023070'), '8');
  // A remainder of 1 gives 10, which the outer mod 10 turns into 0.
  assert.equal(thaiIdCheckDigit('100000000005'), '0'); // Σ = 13 + 10 = 23, remainder 1
});

test('wrong check digits and malformed numbers fail', () => {
  assert.equal(validateThaiId('1101700230705').valid, false); // the same validator's invalid vector
  assert.match(validateThaiId('1101700230705').reason ?? '', /expected 8, read 5/);
  assert.equal(validateThaiId('110170023073').valid, false);
  assert.equal(validateThaiId('11017002070d3').valid, false);
  assert.equal(validateThaiId('11-120-34563-56-2').valid, false);
  assert.throws(() => thaiIdCheckDigit('12345'), RangeError);
});
