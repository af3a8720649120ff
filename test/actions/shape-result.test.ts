import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shapeResult } from '../../src/actions/shape-result.js';
import type { StoredVerification } from '../../src/store/stores.js';
import { SEED_STRUCTURES, type VerificationOutcome } from '../../src/verification/types.js';

// The GetCardVerificationResult output in exactly the seed's shape (spec §E.2; decisions.md D9, D10, D16).

const base: StoredVerification = {
  id: '6f1f0c1e-8d1b-4c5e-9a57-3b9b1c2d4e5f',
  app: 'a',
  state: 'processing',
  requestedNationality: 'AUTO',
  requestedCardType: 'AUTO',
  createdAt: new Date(0),
  finishedAt: null,
  expiresAt: new Date(1e12),
  outcome: null,
  identityToken: null,
};

const passed: VerificationOutcome = {
  verdict: 'passed',
  warnings: [],
  nationality: 'UTO',
  cardType: 'PASSPORT',
  cardSubType: 'ICAO_TD3',
  structure: 'InternationalIDPassport',
  // A partial reading with a non-string leaf and an unknown key: the shape must still be exact.
  fields: { Surname: 'ERIKSSON', GivenName: 'ANNA MARIA', Sex: 'F', Bogus: 'x', LicenseNumber: 7 },
  portrait: null,
  checks: [],
  timings: [],
  policyVersion: 'test',
};

test('processing: every field present, CardInfo members all null, strings empty (D10)', () => {
  const r = shapeResult(base, 'seed');
  assert.deepEqual(Object.keys(r), ['Status', 'WarnInfo', 'Nationality', 'CardType', 'CardSubType', 'CardInfo', 'IDVerificationToken']);
  assert.equal(r.Status, 'Processing');
  assert.deepEqual(r.WarnInfo, []);
  assert.deepEqual(Object.keys(r.CardInfo as object), [...SEED_STRUCTURES]);
  assert.ok(Object.values(r.CardInfo as object).every((v) => v === null));
  for (const k of ['Nationality', 'CardType', 'CardSubType', 'IDVerificationToken']) assert.equal(r[k], '');
});

test('final: the matching member holds exactly its seed keys, every leaf a string; the others null', () => {
  const r = shapeResult({ ...base, state: 'passed', outcome: passed, identityToken: '0d6f6a52-3b7e-4f0e-9a3c-5a1d2e3f4b5c' }, 'seed');
  assert.equal(r.Status, 'Passed');
  const info = r.CardInfo as Record<string, Record<string, unknown> | null>;
  const passport = info.InternationalIDPassport!;
  assert.deepEqual(Object.keys(passport), [
    'LicenseNumber', 'FullName', 'Surname', 'GivenName', 'Birthday', 'Sex', 'DateOfExpiration', 'IssuingCountry',
    'NationalityCode', 'PassportCodeFirst', 'PassportCodeSecond',
  ]);
  assert.equal(passport.Surname, 'ERIKSSON');
  assert.equal(passport.LicenseNumber, '7');
  assert.equal(passport.Birthday, '');
  assert.ok(Object.values(passport).every((v) => typeof v === 'string'));
  for (const name of SEED_STRUCTURES) if (name !== 'InternationalIDPassport') assert.equal(info[name], null);
  assert.equal(r.IDVerificationToken, '0d6f6a52-3b7e-4f0e-9a3c-5a1d2e3f4b5c');
  assert.equal(r.Nationality, 'UTO');
});

test('GeneralCard keeps its nested Address object with string leaves', () => {
  const outcome: VerificationOutcome = { ...passed, structure: 'GeneralCard', fields: { FullName: 'A B', Address: { City: 'X' } } };
  const r = shapeResult({ ...base, state: 'warning', outcome }, 'seed');
  const card = (r.CardInfo as Record<string, Record<string, unknown>>).GeneralCard!;
  const address = card.Address as Record<string, unknown>;
  assert.equal(address.City, 'X');
  assert.equal(address.Country, '');
  assert.ok(Object.values(address).every((v) => typeof v === 'string'));
});

test('compat.statusCase = "upper" (D9)', () => {
  assert.equal(shapeResult(base, 'upper').Status, 'PROCESSING');
  assert.equal(shapeResult({ ...base, state: 'rejected', outcome: { ...passed, verdict: 'rejected' } }, 'upper').Status, 'REJECTED');
  assert.equal(shapeResult({ ...base, state: 'warning', outcome: { ...passed, verdict: 'warning' } }, 'upper').Status, 'WARNING');
  assert.equal(shapeResult({ ...base, state: 'passed', outcome: passed }, 'upper').Status, 'PASSED');
});
