// Scoring rules of `npm run bench:accuracy` (bench/support/accuracy-score.ts): exact after trimming only, empty
// truth values count, nested Address keys, another structure makes every field wrong, Partial truths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreDocument, type ScoringRead, type ScoringTruth } from '../../bench/support/accuracy-score.js';
import { emptyStructure, GENERAL_CARD_ADDRESS_KEYS, SEED_SHAPES } from '../../src/documents/seed-shapes.js';

const hkTruth = (): ScoringTruth => ({
  Structure: 'HKIDCard',
  CardSubType: 'HKID_2018',
  CardInfo: {
    ...emptyStructure('HKIDCard'),
    CnName: '李智能',
    EnName: 'LEE, Chi Nan',
    Sex: '女F',
    IdNum: 'C668668(E)',
    Permanent: '1',
  },
});

const hkRead = (fields: Record<string, unknown>, extra: Partial<ScoringRead> = {}): ScoringRead => ({
  structure: 'HKIDCard',
  cardSubType: 'HKID_2018',
  fields: { ...hkTruth().CardInfo, ...fields },
  ...extra,
});

test('a field is exact when equal after trimming; case and inner spaces matter', () => {
  const score = scoreDocument(hkTruth(), hkRead({ EnName: '  LEE, Chi Nan ', Sex: '女 F', IdNum: 'c668668(E)' }));
  const byKey = Object.fromEntries(score.fields.map((f) => [f.key, f]));
  assert.equal(score.fields.length, SEED_SHAPES.HKIDCard.length);
  assert.equal(byKey.EnName?.exact, true);
  assert.equal(byKey.Sex?.exact, false);
  assert.equal(byKey.IdNum?.exact, false);
  assert.deepEqual(byKey.IdNum, { key: 'IdNum', expected: 'C668668(E)', got: 'c668668(E)', exact: false });
  assert.equal(score.exact, false);
  assert.equal(score.classified, true);
});

test('an invented value where the truth is empty is wrong; a missing key reads as ""', () => {
  const fields = { ...hkTruth().CardInfo, Symbol: '***AZ' } as Record<string, unknown>;
  delete fields.TelexCode;
  const score = scoreDocument(hkTruth(), hkRead({}, { fields }));
  const wrong = score.fields.filter((f) => !f.exact).map((f) => f.key);
  assert.deepEqual(wrong, ['Symbol']);
  assert.equal(score.fields.find((f) => f.key === 'TelexCode')?.got, '');
});

test('a read identical to the truth is an exact, classified document; another CardSubType is not classified', () => {
  assert.deepEqual(
    { exact: scoreDocument(hkTruth(), hkRead({})).exact, classified: scoreDocument(hkTruth(), hkRead({})).classified },
    { exact: true, classified: true },
  );
  const other = scoreDocument(hkTruth(), hkRead({}, { cardSubType: 'HKID_2003' }));
  assert.equal(other.exact, true);
  assert.equal(other.classified, false);
  // A truth without a CardSubType (a specimen of an unnamed generation) is classified on its structure alone.
  assert.equal(scoreDocument({ ...hkTruth(), CardSubType: '' }, hkRead({}, { cardSubType: 'HKID_2003' })).classified, true);
});

test('GeneralCard.Address counts each inner key as its own field', () => {
  const truth: ScoringTruth = {
    Structure: 'GeneralCard',
    CardSubType: 'ICAO_TD1',
    CardInfo: { ...emptyStructure('GeneralCard'), FullName: 'ERIKA MUSTERMANN', Address: { ...emptyStructure('GeneralCard').Address as Record<string, string>, City: 'KÖLN', PostalCode: '51147' } },
  };
  const read: ScoringRead = {
    structure: 'GeneralCard',
    cardSubType: 'ICAO_TD1',
    fields: { ...truth.CardInfo, Address: { ...(truth.CardInfo.Address as Record<string, string>), City: 'KOLN' } },
  };
  const score = scoreDocument(truth, read);
  assert.equal(score.fields.length, SEED_SHAPES.GeneralCard.length - 1 + GENERAL_CARD_ADDRESS_KEYS.length);
  assert.deepEqual(
    score.fields.filter((f) => !f.exact),
    [{ key: 'Address.City', expected: 'KÖLN', got: 'KOLN', exact: false }],
  );
  assert.equal(score.fields.find((f) => f.key === 'Address.PostalCode')?.exact, true);
});

test('a read of another structure, or none, makes every field wrong and fails classification', () => {
  for (const read of [
    { structure: 'GeneralCard', cardSubType: 'ICAO_TD1', fields: { FullName: 'LEE, Chi Nan' } },
    { structure: null, cardSubType: '', fields: null },
  ] satisfies ScoringRead[]) {
    const score = scoreDocument(hkTruth(), read);
    assert.equal(score.structureMatch, false);
    assert.equal(score.classified, false);
    assert.equal(score.exact, false);
    assert.equal(score.fields.length, SEED_SHAPES.HKIDCard.length);
    assert.ok(score.fields.every((f) => !f.exact && f.got === null));
  }
});

test('a Partial truth is scored on its keys only; a non-partial truth must have every seed key', () => {
  const partial: ScoringTruth = { Structure: 'MLIDCard', CardSubType: 'MY_MYKAD', CardInfo: { Name: 'MARNISAH BINTI OMAR', ID: '831003-14-5020' }, Partial: true };
  const read: ScoringRead = { structure: 'MLIDCard', cardSubType: 'MY_MYKAD', fields: { ...emptyStructure('MLIDCard'), Name: 'MARNISAH BINTI OMAR', ID: '831003-14-5O20', Sex: 'PEREMPUAN' } };
  const score = scoreDocument(partial, read);
  assert.deepEqual(
    score.fields.map((f) => [f.key, f.exact]),
    [['Name', true], ['ID', false]],
  );
  assert.throws(() => scoreDocument({ ...partial, Partial: false }, read), /lacks seed key "Sex"/);
  assert.throws(() => scoreDocument({ ...partial, CardInfo: { Nama: 'X' } }, read), /not a seed key/);
});
