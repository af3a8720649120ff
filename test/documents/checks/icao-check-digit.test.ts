import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icaoCharValue, icaoCheckDigit, tryIcaoCheckDigit } from '../../../src/documents/checks/icao-check-digit.js';

test('ICAO 9303 part 3 appendix A worked examples', () => {
  assert.equal(icaoCheckDigit('520727'), 3); // example 1: a date
  assert.equal(icaoCheckDigit('AB2134<<<'), 5); // example 2: a document number padded with filler
  // example 3: the composite over TD3 line 2 "HA672242<6YTO5802254M9601086<<<<<<<<<<<<<<08"
  assert.equal(icaoCheckDigit('HA672242<6' + '5802254' + '9601086<<<<<<<<<<<<<<0'), 8);
});

test('check digits of the Utopia specimens (parts 4, 5, 6)', () => {
  assert.equal(icaoCheckDigit('L898902C3'), 6); // TD3 document number
  assert.equal(icaoCheckDigit('740812'), 2); // birth date
  assert.equal(icaoCheckDigit('120415'), 9); // expiry date
  assert.equal(icaoCheckDigit('ZE184226B<<<<<'), 1); // personal number
  assert.equal(icaoCheckDigit('D23145890'), 7); // TD1/TD2 document number
  // TD3 composite: document number + check, birth + check, expiry + check, personal number + check
  assert.equal(icaoCheckDigit('L898902C36' + '7408122' + '1204159ZE184226B<<<<<1'), 0);
});

test('character values: digits, A=10 … Z=35, filler 0, others none', () => {
  assert.equal(icaoCharValue('7'), 7);
  assert.equal(icaoCharValue('A'), 10);
  assert.equal(icaoCharValue('Z'), 35);
  assert.equal(icaoCharValue('<'), 0);
  assert.equal(icaoCharValue('a'), null);
  assert.equal(icaoCharValue('≤'), null);
  assert.equal(icaoCheckDigit('<<<<<<'), 0);
  assert.equal(icaoCheckDigit(''), 0);
});

test('a character outside the MRZ alphabet has no check digit', () => {
  assert.throws(() => icaoCheckDigit('L8989O2c3'), RangeError);
  assert.equal(tryIcaoCheckDigit('L89 8902'), null);
  assert.equal(tryIcaoCheckDigit('L898902C3'), 6);
});
