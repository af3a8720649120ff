import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  validatePhDriverLicence,
  validatePhSss,
  validatePhTin,
  validatePhUmidCrn,
  validatePhVoterVin,
} from '../../../src/documents/checks/philippines.js';

test('TIN: 9 digits or 12 with the branch code, grouped by three', () => {
  assert.deepEqual(validatePhTin('123-456-789-000'), {
    valid: true,
    parts: { compact: '123456789000', formatted: '123-456-789-000', checksumVerified: false },
  });
  assert.equal(validatePhTin('123456789').parts?.formatted, '123-456-789');
  assert.equal(validatePhTin('123-456-78-9000').valid, false);
  assert.equal(validatePhTin('123-456-7890').valid, false);
  assert.match(validatePhTin('12-345-678').reason ?? '', /format only/);
});

test('SSS number 12-3456789-0', () => {
  assert.equal(validatePhSss('12-3456789-0').valid, true);
  assert.equal(validatePhSss('1234567890').parts?.formatted, '12-3456789-0');
  assert.equal(validatePhSss('12-345678-90').valid, false);
  assert.equal(validatePhSss('12-3456789-X').valid, false);
});

test('UMID CRN 0111-2345678-9', () => {
  assert.equal(validatePhUmidCrn('0111-2345678-9').valid, true);
  assert.equal(validatePhUmidCrn('011123456789').parts?.formatted, '0111-2345678-9');
  assert.equal(validatePhUmidCrn('0111-234567-89').valid, false);
});

test("LTO driver's licence A01-23-456789", () => {
  assert.equal(validatePhDriverLicence('A01-23-456789').valid, true);
  assert.equal(validatePhDriverLicence('n0112123456').parts?.formatted, 'N01-12-123456');
  assert.equal(validatePhDriverLicence('001-23-456789').valid, false);
  assert.equal(validatePhDriverLicence('A01-23-45678').valid, false);
});

test("voter's VIN: 22 letters and digits, nothing more is claimed", () => {
  const vin = validatePhVoterVin('1234-5678A-B1234CDE12345');
  assert.equal(vin.valid, true);
  assert.equal(vin.parts?.compact.length, 22);
  assert.equal(vin.parts?.checksumVerified, false);
  assert.equal(validatePhVoterVin('1234-5678A-B1234CDE1234').valid, false);
  assert.equal(validatePhVoterVin('1234--5678A-B1234CDE12345').valid, false);
});
