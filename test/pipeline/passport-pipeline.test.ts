import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createEngines, type Engines } from '../../src/engines/engines.js';
import { loadPolicy } from '../../src/pipeline/load-policy.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import type { CardType, SubmittedImage, VerificationOutcome } from '../../src/verification/types.js';
import { studioInput } from './studio-input.js';

// Models load once for the whole file (architecture.md "Models load once per worker").
const policy = loadPolicy();
let engines: Engines;
before(async () => {
  engines = await createEngines({ maxInputPixels: 8000 * 8000 });
});
after(async () => {
  await engines.ocr.release();
});

async function verify(images: SubmittedImage[], today = '2026-06-01', request: { nationality: string; cardType: CardType } = { nationality: 'AUTO', cardType: 'AUTO' }): Promise<VerificationOutcome> {
  return runPipeline({ images, requestedNationality: request.nationality, requestedCardType: request.cardType }, { engines, policy, today });
}

function check(outcome: VerificationOutcome, id: string) {
  return outcome.checks.find((c) => c.id === id);
}

test('a clean TD3 passport scan reads exactly into InternationalIDPassport (decisions.md D11, D12)', async () => {
  const { truth, images } = await studioInput('InternationalIDPassport', 'clean');
  const outcome = await verify(images);
  assert.equal(outcome.structure, 'InternationalIDPassport');
  assert.equal(outcome.cardSubType, 'ICAO_TD3');
  assert.equal(outcome.cardType, 'PASSPORT');
  assert.equal(outcome.nationality, truth.Nationality);
  assert.deepEqual(outcome.fields, truth.CardInfo);
  assert.notEqual(outcome.verdict, 'rejected');
  for (const c of outcome.checks.filter((c) => c.id.startsWith('mrz.checkDigit.'))) assert.equal(c.status, 'pass', c.id);
  // The portrait crop is kept (D16) and its box reported in image coordinates.
  assert.ok(outcome.portrait !== null && outcome.portrait[0] === 0xff && outcome.portrait[1] === 0xd8, 'a JPEG portrait');
  const portrait = check(outcome, 'portrait.found');
  assert.equal(portrait?.status, 'pass');
  assert.equal(portrait?.evidence.regions?.[0]?.quad?.length, 4);
  // The visual zone agrees with the MRZ on every field it prints.
  for (const field of ['surname', 'givenNames', 'documentNumber', 'birthDate', 'expiryDate']) {
    assert.equal(check(outcome, `viz.${field}`)?.status, 'pass', field);
  }
  assert.deepEqual(outcome.timings.map((t) => t.stage), ['decode', 'locate', 'mrz', 'classify', 'validate', 'portrait', 'viz', 'quality']);
});

test('a phone photo of a passport (turned, perspective) is read', async () => {
  const { truth, images } = await studioInput('InternationalIDPassport', 'photo', { index: 3 });
  const outcome = await verify(images);
  assert.equal(outcome.structure, 'InternationalIDPassport');
  assert.deepEqual(outcome.fields, truth.CardInfo);
  const found = check(outcome, 'document.found');
  assert.equal(found?.status, 'pass');
  assert.equal(found?.evidence.regions?.[0]?.quad?.length, 4);
});

test('a TD1 identity card (MRZ on the back) → GeneralCard ICAO_TD1', async () => {
  const { truth, images } = await studioInput('GeneralCard', 'clean');
  const outcome = await verify(images);
  assert.equal(outcome.structure, 'GeneralCard');
  assert.equal(outcome.cardSubType, 'ICAO_TD1');
  assert.equal(outcome.cardType, 'ID_CARD');
  const fields = outcome.fields as Record<string, unknown>;
  for (const key of ['LicenseNumber', 'PersonalNumber', 'PassportCodeFirst', 'PassportCodeSecond', 'ExpirationDate', 'Birthday', 'Sex', 'Nationality', 'IssuedCountry', 'Age']) {
    assert.equal(fields[key], (truth.CardInfo as Record<string, unknown>)[key], key);
  }
  // Names: the MRZ's transliteration unless the visual zone was read with its diacritics (the OCR model may drop them).
  const plain = (value: unknown): string => String(value).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const key of ['FirstName', 'LastName', 'FullName']) assert.equal(plain(fields[key]), plain((truth.CardInfo as Record<string, unknown>)[key]), key);
  // What the MRZ does not carry comes from under its caption in the visual zone (viz-details.ts), as printed
  // (diacritics as the OCR read them); the rest is "" (D10), never invented.
  const truthInfo = truth.CardInfo as Record<string, unknown>;
  assert.equal(plain(fields.BirthPlace), plain(truthInfo.BirthPlace), 'BirthPlace');
  assert.equal(fields.IssuedDate, truthInfo.IssuedDate, 'IssuedDate');
  assert.equal(fields.DueDate, '');
  const mrz = JSON.parse(check(outcome, 'mrz.read')?.evidence.values?.lines ?? '[]') as string[];
  assert.deepEqual(mrz, truth.Mrz, 'TD1 third line kept in the detail');
});

test('an expired passport raises DocumentExpired and ends Warning (D14)', async () => {
  const { images } = await studioInput('InternationalIDPassport', 'clean');
  const outcome = await verify(images, '2040-01-01');
  assert.equal(check(outcome, 'document.expiry')?.status, 'warn');
  assert.ok(outcome.warnings.includes('DocumentExpired'));
  assert.equal(outcome.verdict, 'warning');
});

test('a broken MRZ check digit raises InformationVerificationFailed', async () => {
  const { truth, images } = await studioInput('InternationalIDPassport', 'clean', { index: 2, invalid: true });
  assert.deepEqual(truth.ExpectedWarnings, ['InformationVerificationFailed']);
  const outcome = await verify(images);
  assert.ok(outcome.warnings.includes('InformationVerificationFailed'));
  assert.ok(outcome.checks.some((c) => c.id.startsWith('mrz.checkDigit.') && c.status === 'warn'));
  assert.notEqual(outcome.verdict, 'passed');
});

test('two documents in one photo raise TooManyCards', async () => {
  const { images } = await studioInput('InternationalIDPassport', 'two-cards', { index: 2 });
  const outcome = await verify(images);
  assert.equal(check(outcome, 'document.count')?.status, 'warn');
  assert.ok(outcome.warnings.includes('TooManyCards'));
});

test('a requested card type the document does not match is reported as OtherWarning', async () => {
  const { images } = await studioInput('InternationalIDPassport', 'clean');
  const outcome = await verify(images, '2026-06-01', { nationality: 'HKG', cardType: 'ID_CARD' });
  assert.equal(check(outcome, 'document.requestedCardType')?.status, 'warn');
  assert.equal(check(outcome, 'document.requestedNationality')?.status, 'warn');
  assert.ok(outcome.warnings.includes('OtherWarning'));
  assert.equal(outcome.structure, 'InternationalIDPassport', 'still read: the image decides (D11)');
});
