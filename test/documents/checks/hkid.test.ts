import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hkidCheckDigit, validateHkid } from '../../../src/documents/checks/hkid.js';

test('published examples are valid, with and without parentheses', () => {
  assert.deepEqual(validateHkid('A123456(3)'), { valid: true, parts: { prefix: 'A', digits: '123456', checkDigit: '3' } });
  assert.equal(validateHkid('A1234563').valid, true);
  assert.equal(validateHkid('CA182361(1)').valid, true); // two-letter prefix
  assert.equal(validateHkid('ca182361 (1)').valid, true);
});

test('check digit covers the space value for one letter, "A" for 10 and "0" for 11', () => {
  assert.equal(hkidCheckDigit('A', '123456'), '3');
  assert.equal(hkidCheckDigit('CA', '182361'), '1');
  assert.equal(hkidCheckDigit('G', '123456'), 'A');
  assert.equal(hkidCheckDigit('A', '123757'), '0');
  assert.equal(validateHkid('G123456(A)').valid, true);
  // Without the space value of 36 the one-letter checksum would differ: the prefix must not be treated as "A" alone.
  assert.notEqual(hkidCheckDigit('A', '123456'), hkidCheckDigit('AA', '123456'));
});

test('wrong check digit fails with the expected digit in the reason', () => {
  const result = validateHkid('A123456(4)');
  assert.equal(result.valid, false);
  assert.match(result.reason ?? '', /expected 3, read 4/);
  assert.deepEqual(result.parts, { prefix: 'A', digits: '123456', checkDigit: '4' });
});

test("the Immigration Department's SAMPLE card number C668668(E) is not a valid number", () => {
  // The specimen prints check character E, which the scheme never produces; the real check would be 9.
  assert.equal(validateHkid('C668668(E)').valid, false);
  assert.equal(hkidCheckDigit('C', '668668'), '9');
});

test('malformed numbers fail on format', () => {
  for (const bad of ['A12345(6)', 'ABC123456(7)', '1123456(3)', 'A123456(B)', 'A123456(3', '']) {
    const result = validateHkid(bad);
    assert.equal(result.valid, false, bad);
    assert.match(result.reason ?? '', /^format/, bad);
  }
  assert.throws(() => hkidCheckDigit('A', '12345'), RangeError);
});
