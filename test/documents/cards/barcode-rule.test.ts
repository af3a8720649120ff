import assert from 'node:assert/strict';
import test from 'node:test';
import { barcodeRule } from '../../../src/documents/cards/barcode-rule.js';

const nric = { side: 'back' as const, formats: ['Code39' as const], field: 'NRICCode', shape: /[STFGM]\d{7}[A-Z]/ };

test('a barcode carrying the printed value passes, on letters and digits only', () => {
  assert.equal(barcodeRule(nric, 'S8059556E', ['S8059556E']).status, 'pass');
  const vin = { side: 'back' as const, formats: ['Code128' as const], field: 'VIN', shape: /\d{4}\d{4}[A-Z]/ };
  assert.equal(barcodeRule(vin, '3323-8074V-T2863OPR18544', ['33238074VT2863OPR18544']).status, 'pass');
});

test('a barcode carrying another value of the same shape raises InformationVerificationFailed', () => {
  const rule = barcodeRule(nric, 'S8059556E', ['S1234567D']);
  assert.equal(rule.status, 'warn');
  assert.equal(rule.warn, 'InformationVerificationFailed');
  assert.match(rule.message, /S1234567D/);
});

test('no barcode, or one whose content holds nothing of the field shape, says nothing', () => {
  assert.equal(barcodeRule(nric, 'S8059556E', []).status, 'skipped');
  assert.equal(barcodeRule(nric, 'S8059556E', ['https://example.org/verify?k=ab12']).status, 'skipped');
});
