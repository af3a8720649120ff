import assert from 'node:assert/strict';
import test from 'node:test';
import { thaiIdTemplate as thai } from '../../../src/documents/cards/th-id-card/thai-id-template.js';
import { findBuddhistYear, findEnglishDate, formatEnglishDate } from '../../../src/documents/cards/th-id-card/thai-card-dates.js';
import { cardSide, type LineSpec } from './card-lines.js';

const today = { today: '2026-03-01' };

// A Thai ID front as the recogniser reads it: Latin and digits whole, Thai script as Latin garbage (the
// Buddhist-era dates keep their digits), captions run into their Thai twins at the bottom.
const specimen: LineSpec[] = [
  ['Thai National ID Card', 0.445, 0.07, 0.311, 0.049],
  ['lasioso', 0.233, 0.16, 0.161, 0.036],
  ['1 1037 02071 81 1', 0.515, 0.175, 0.383, 0.052],
  ['Identification Number', 0.232, 0.205, 0.185, 0.032],
  ['uaaaa', 0.232, 0.286, 0.128, 0.046],
  ['Name', 0.231, 0.371, 0.059, 0.039],
  ['Miss Nattarika', 0.35, 0.364, 0.2, 0.05],
  ['m', 0.679, 0.378, 0.124, 0.051],
  ['Last name', 0.232, 0.443, 0.096, 0.035],
  ['Yangsuai', 0.349, 0.433, 0.2, 0.051],
  ['q5un 25 a.n. 2539', 0.349, 0.505, 0.236, 0.048],
  ['Date of Birth', 0.232, 0.578, 0.117, 0.039],
  ['25 Jun. 1996', 0.417, 0.571, 0.157, 0.052],
  ['naun wns', 0.232, 0.647, 0.12, 0.039],
  ['nag 111/17 un 2 .kuavus', 0.057, 0.71, 0.307, 0.048],
  ['24 U.8. 2563', 0.057, 0.864, 0.139, 0.039],
  ['25 a.A. 2572', 0.464, 0.863, 0.121, 0.044],
  ['24 Jul, 2020', 0.057, 0.909, 0.127, 0.039],
  ['25 Jun. 2029', 0.465, 0.909, 0.123, 0.039],
  ['Suaanuas Date ofIssue', 0.057, 0.955, 0.175, 0.032],
  ['5uUaskuaanq Dateof Expiry', 0.466, 0.952, 0.206, 0.038],
];

const laserBack = cardSide('back', [
  ['JO3-3894574-00', 0.06, 0.16, 0.3, 0.05],
  ['sonueenLaunMLgi', 0.756, 0.628, 0.178, 0.048],
]);

/** The specimen with some lines replaced (text only, same box). */
function variant(changes: Record<string, string>): LineSpec[] {
  return specimen.map((line): LineSpec => (line[0] in changes ? [changes[line[0]]!, line[1], line[2], line[3], line[4]] : line));
}

function read(lines: LineSpec[], back = laserBack) {
  return thai.read({ front: cardSide('front', lines), back }, today);
}

test('the front is recognised by its title or by its number under its caption, the back by its laser code', () => {
  assert.ok(thai.recognise(cardSide('front', specimen)).front >= 0.95);
  const untitled = specimen.filter((l) => l[0] !== 'Thai National ID Card');
  assert.ok(thai.recognise(cardSide('front', untitled)).front >= 0.75);
  assert.ok(thai.recognise(laserBack).back >= 0.75);
  assert.ok(thai.recognise(laserBack).front < 0.75);
  // Other cards: a Philippine UMID (12-digit CRN), an Indonesian KTP (16-digit NIK), a Malaysian MyKad.
  const umid = cardSide('front', [['REPUBLIC OF THE PHILIPPINES', 0.18, 0.06, 0.37], ['UNIFIED MULTI-PURPOSE ID', 0.19, 0.14, 0.6], ['CRN-0111-1452077-6', 0.04, 0.28, 0.24]]);
  const ktp = cardSide('front', [['PROVINSI DKI JAKARTA', 0.3, 0.05, 0.4], ['NIK : 3171234567890123', 0.05, 0.15, 0.5], ['Nama : ENDANG', 0.05, 0.22, 0.4]]);
  const mykad = cardSide('front', [['KAD PENGENALAN MALAYSIA', 0.1, 0.05, 0.5], ['800101-14-5678', 0.05, 0.2, 0.3], ['Date of Birth', 0.05, 0.3, 0.2]]);
  for (const other of [umid, ktp, mykad]) assert.ok(thai.recognise(other).front < 0.75);
});

test('every field is read from the English side in the card formats, the title dropped from the name', () => {
  const result = read(specimen);
  assert.deepEqual(result.fields, {
    LastName: 'Yangsuai',
    FirstName: 'Nattarika',
    LicenseNumber: '1 1037 02071 81 1',
    DateOfBirth: '25 Jun. 1996',
    DateOfExpiry: '25 Jun. 2029',
    DateOfIssue: '24 Jul. 2020',
    IssuedCountry: 'THA',
  });
  assert.deepEqual(result.extra, { LaserCode: 'JO3-3894574-00', DateOfBirthBuddhistYear: '2539', DateOfIssueBuddhistYear: '2563', DateOfExpiryBuddhistYear: '2572' });
  assert.equal(result.regions.LicenseNumber?.side, 'front');
  assert.equal(result.regions.DateOfExpiry?.box.x, 0.465);
  const rules = thai.validate(result, today);
  for (const rule of rules) assert.notEqual(rule.status, 'warn', `${rule.id}: ${rule.message}`);
  assert.equal(rules.find((r) => r.id === 'thai.checkDigit')?.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'thai.birthEra')?.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'document.expiry')?.status, 'pass');
});

test('OCR noise: merged caption and value, dropped spaces and dots, O for 0, a month misread by one glyph', () => {
  const noisy = variant({
    Name: 'NameMr.Anucha',
    'Miss Nattarika': '',
    'Last name': 'Last nameSuksawat',
    Yangsuai: '',
    '1 1037 02071 81 1': '11O37O2O71811',
    '25 Jun. 1996': '4N0v. 1962',
    '24 Jul, 2020': '8OcL. 2025',
  });
  const result = read(noisy.filter((l) => l[0] !== ''));
  assert.equal(result.fields.FirstName, 'Anucha');
  assert.equal(result.fields.LastName, 'Suksawat');
  assert.equal(result.fields.LicenseNumber, '1 1037 02071 81 1');
  assert.equal(result.fields.DateOfBirth, '4 Nov. 1962');
  assert.equal(result.fields.DateOfIssue, '8 Oct. 2025');
  // `MrsArunee`: the title still goes when dot and space are lost.
  assert.equal(read(variant({ 'Miss Nattarika': 'MrsArunee m' })).fields.FirstName, 'Arunee');
});

test('without their captions the dates are placed by the card layout: issue left, expiry right', () => {
  const bare = specimen.filter((l) => !/Date/.test(l[0]));
  const result = read(bare);
  assert.equal(result.fields.DateOfBirth, '25 Jun. 1996');
  assert.equal(result.fields.DateOfIssue, '24 Jul. 2020');
  assert.equal(result.fields.DateOfExpiry, '25 Jun. 2029');
});

test('a wrong check digit, a Buddhist year that disagrees and dates out of order are raised', () => {
  const broken = read(variant({ '1 1037 02071 81 1': '1 1037 02071 81 2', 'q5un 25 a.n. 2539': 'q5un 25 a.n. 2540', '24 Jul, 2020': '24 Jul. 2030' }));
  const rules = thai.validate(broken, today);
  const status = (id: string) => rules.find((r) => r.id === id)?.status;
  assert.equal(status('thai.checkDigit'), 'warn');
  assert.equal(rules.find((r) => r.id === 'thai.checkDigit')?.warn, 'InformationVerificationFailed');
  assert.equal(status('thai.birthEra'), 'warn');
  assert.equal(status('thai.issueEra'), 'warn');
  assert.equal(status('thai.dateOrder'), 'warn');
});

test('expiry: an expired card warns, a lifetime card skips, and the card must end at the birthday', () => {
  const expired = thai.validate(read(specimen), { today: '2030-01-01' });
  assert.equal(expired.find((r) => r.id === 'document.expiry')?.status, 'warn');
  assert.equal(expired.find((r) => r.id === 'document.expiry')?.warn, 'DocumentExpired');
  const lifelong = read(variant({ '25 Jun. 2029': 'LIFELONG', '25 a.A. 2572': 'naanv' }));
  assert.equal(lifelong.fields.DateOfExpiry, 'LIFELONG');
  assert.equal(lifelong.fields.DateOfIssue, '24 Jul. 2020');
  const rules = thai.validate(lifelong, today);
  assert.equal(rules.find((r) => r.id === 'document.expiry')?.status, 'skipped');
  assert.equal(rules.find((r) => r.id === 'thai.expiryAtBirthday')?.status, 'skipped');
  // The eve of the birthday passes (a real 2020 card), another day does not.
  const eve = read(variant({ '25 Jun. 2029': '24 Jun. 2029' }));
  assert.equal(thai.validate(eve, today).find((r) => r.id === 'thai.expiryAtBirthday')?.status, 'pass');
  const off = read(variant({ '25 Jun. 2029': '12 Mar. 2029' }));
  assert.equal(thai.validate(off, today).find((r) => r.id === 'thai.expiryAtBirthday')?.status, 'warn');
});

test('nothing read: every seed key is empty and the rules skip', () => {
  const empty = thai.read({ front: cardSide('front', [['uaaaa', 0.2, 0.3]]), back: null }, today);
  assert.equal(empty.fields.LicenseNumber, '');
  assert.equal(empty.fields.FirstName, '');
  assert.equal(thai.validate(empty, today).find((r) => r.id === 'thai.checkDigit')?.status, 'skipped');
});

test('date helpers: English card dates both ways, Buddhist years only on Thai lines', () => {
  assert.deepEqual(findEnglishDate('220ct. 1986'), { day: 22, month: 10, year: 1986 });
  assert.deepEqual(findEnglishDate('Date of Birth 4 Nov. 1962'), { day: 4, month: 11, year: 1962 });
  assert.equal(findEnglishDate('27 Jum. 2033'), null, 'Jum could be Jun or Jul');
  assert.equal(formatEnglishDate({ day: 4, month: 5, year: 1962 }), '4 May 1962');
  assert.equal(formatEnglishDate({ day: 12, month: 1, year: 1987 }), '12 Jan. 1987');
  assert.equal(findBuddhistYear('220.A. 2574'), 2574);
  assert.equal(findBuddhistYear('22 Oct. 2574'), null);
  assert.equal(findBuddhistYear('24 Jul. 2020'), null);
});
