import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { createEngines, type Engines } from '../../src/engines/engines.js';
import { loadPolicy } from '../../src/pipeline/load-policy.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import type { CardType, SubmittedImage, VerificationOutcome } from '../../src/verification/types.js';
import { generateDocument } from '../../src/studio/generate-document.js';
import { studioInput } from './studio-input.js';

// The card path of the pipeline (issue 5) on studio cards rendered at test time: how a side without MRZ is found,
// turned, read and judged. What each template reads is tested without OCR in test/documents/cards/; every structure
// end to end through an SDK in test/e2e/national-cards-e2e.test.ts. Models load once for the whole file.
const policy = loadPolicy();
let engines: Engines;
before(async () => {
  engines = await createEngines({ maxInputPixels: 8000 * 8000 });
});
after(async () => {
  await engines.ocr.release();
});

async function verify(images: SubmittedImage[], request: { nationality: string; cardType: CardType } = { nationality: 'AUTO', cardType: 'AUTO' }): Promise<VerificationOutcome> {
  return runPipeline({ images, requestedNationality: request.nationality, requestedCardType: request.cardType }, { engines, policy, today: '2026-06-01' });
}

const check = (outcome: VerificationOutcome, id: string) => outcome.checks.find((c) => c.id === id);

test('a photographed HKID reads into HKIDCard with its rules run, the stages named as for an MRZ document', async () => {
  const { truth, images } = await studioInput('HKIDCard', 'photo', { index: 2 });
  const outcome = await verify(images);
  assert.equal(outcome.structure, 'HKIDCard');
  assert.equal(outcome.cardSubType, 'HKID_2018');
  assert.equal(outcome.nationality, 'HKG');
  assert.equal(outcome.cardType, 'ID_CARD');
  const fields = outcome.fields as Record<string, string>;
  for (const key of ['IdNum', 'EnName', 'Birthday', 'Sex', 'CurrentIssueDate']) assert.equal(fields[key], (truth.CardInfo as Record<string, string>)[key], key);
  assert.equal(check(outcome, 'hkid.checkDigit')?.status, 'pass');
  assert.equal(check(outcome, 'card.keyFields')?.status, 'pass');
  assert.equal(check(outcome, 'document.sidesMatch')?.status, 'pass');
  assert.equal(check(outcome, 'portrait.found')?.status, 'pass');
  assert.ok(outcome.portrait !== null);
  // The number's region is evidence in the submitted image's coordinates.
  const region = check(outcome, 'hkid.checkDigit')?.evidence.regions?.[0];
  assert.equal(region?.side, 'front');
  assert.ok(region?.quad?.every(([x, y]) => x >= 0 && y >= 0 && x <= 1600 && y <= 1600));
  assert.deepEqual(outcome.timings.map((t) => t.stage), ['decode', 'locate', 'mrz', 'classify', 'validate', 'barcode', 'portrait', 'quality']);
});

test('a card photographed upside down is turned by its text and read', async () => {
  const { truth, images } = await studioInput('HKIDCard', 'clean', { index: 3, side: 'front' });
  const turned = await sharp(images[0]!.bytes).rotate(180).jpeg({ quality: 92 }).toBuffer();
  const outcome = await verify([{ ...images[0]!, bytes: turned }]);
  assert.equal(outcome.structure, 'HKIDCard');
  assert.equal((outcome.fields as Record<string, string>).IdNum, (truth.CardInfo as Record<string, string>).IdNum);
});

test('a card lying on its side and tilted (a quarter turn and 8 degrees) is turned and levelled by its text', async () => {
  const { truth, images } = await studioInput('HKIDCard', 'clean', { index: 6, side: 'front' });
  const turned = await sharp(images[0]!.bytes).rotate(98, { background: '#8a6a4a' }).jpeg({ quality: 92 }).toBuffer();
  const outcome = await verify([{ ...images[0]!, bytes: turned }]);
  assert.equal(outcome.structure, 'HKIDCard');
  const fields = outcome.fields as Record<string, string>;
  for (const key of ['IdNum', 'EnName', 'Birthday']) assert.equal(fields[key], (truth.CardInfo as Record<string, string>)[key], key);
});

test('sides sent the wrong way round are read by what they show', async () => {
  const { truth, images } = await studioInput('HKIDCard', 'clean', { index: 4 });
  const swapped = images.map((image) => ({ ...image, side: image.side === 'front' ? ('back' as const) : ('front' as const) }));
  const outcome = await verify(swapped);
  assert.equal(outcome.structure, 'HKIDCard');
  assert.equal((outcome.fields as Record<string, string>).IdNum, (truth.CardInfo as Record<string, string>).IdNum);
  assert.equal(check(outcome, 'document.supported')?.evidence.values?.frontSide, 'back');
});

test('a broken check digit warns with the number as evidence; a requested type the card is not warns too', async () => {
  const { images } = await studioInput('HKIDCard', 'clean', { index: 5, invalid: true });
  const outcome = await verify(images, { nationality: 'HKG', cardType: 'DRIVING_LICENSE' });
  assert.equal(outcome.verdict, 'warning');
  assert.equal(check(outcome, 'hkid.checkDigit')?.status, 'warn');
  assert.equal(check(outcome, 'document.requestedCardType')?.status, 'warn');
  assert.equal(check(outcome, 'document.requestedNationality')?.status, 'pass');
  assert.deepEqual(outcome.warnings, ['InformationVerificationFailed', 'OtherWarning']);
});

test('a card turned a quarter on sheets of print is read along its own lines, not across the sheets\' (read-card-pages.ts)', async () => {
  // A studio photo (seed session8-fresh, LTO #9) of a licence turned about 80° on two printed sheets, the finder's
  // outlines on the sheets. The sheets' direction, cut out with the card inside it, read the title crossways and
  // named the card while its fields came out in fragments (every field but the number was empty); the card's own
  // direction reads them whole.
  const doc = await generateDocument({ structure: 'PhilippinesDrivingLicense', seed: 'session8-fresh', index: 9, condition: 'photo', side: 'front', invalid: false });
  const outcome = await verify([{ side: 'front', format: 'jpeg', width: 0, height: 0, bytes: doc.images.front! }]);
  assert.equal(outcome.structure, 'PhilippinesDrivingLicense');
  const fields = outcome.fields as Record<string, string>;
  for (const key of ['Name', 'Sex', 'Birthday', 'ExpiresDate', 'Address']) assert.equal(fields[key], (doc.truth.CardInfo as Record<string, string>)[key], key);
});

test('a back whose first cut is a sheet of print beside it is looked for in its other cuts once the front names the card', async () => {
  // A studio photo pair (seed session8-fresh, NRIC #1): the back lies on its side by printed sheets, and the finder's
  // outlines are on the sheets. The front named the card at once, so the back stayed as first cut (a sheet), and its
  // number, address, postcode and date of issue came back empty.
  const doc = await generateDocument({ structure: 'SingaporeIDCard', seed: 'session8-fresh', index: 1, condition: 'photo', side: 'both', invalid: false });
  const images: SubmittedImage[] = (['front', 'back'] as const).map((side) => ({ side, format: 'jpeg', width: 0, height: 0, bytes: doc.images[side]! }));
  const outcome = await verify(images);
  assert.equal(outcome.structure, 'SingaporeIDCard');
  const fields = outcome.fields as Record<string, string>;
  for (const key of ['Address', 'PostCode', 'DateOfIssue']) assert.equal(fields[key], (doc.truth.CardInfo as Record<string, string>)[key], key);
});

test('a page printing an MRZ line is never read as a national card, whatever its other print recalls', async () => {
  // A studio photo (seed session8-final, passport #4): a Singapore passport page upside down, outlined without its
  // top MRZ line in a card's shape. The card reading took its `REPUBLIC OF SINGAPORE` for an NRIC's front; the
  // MRZ line the cut still held now sends it to the whole-image MRZ search.
  const doc = await generateDocument({ structure: 'InternationalIDPassport', seed: 'session8-final', index: 4, condition: 'photo', side: 'front', invalid: false });
  const outcome = await verify([{ side: 'front', format: 'jpeg', width: 0, height: 0, bytes: doc.images.front! }]);
  assert.equal(outcome.structure, 'InternationalIDPassport');
  assert.equal((outcome.fields as Record<string, string>).PassportCodeSecond, (doc.truth.CardInfo as Record<string, string>).PassportCodeSecond);
});
