import assert from 'node:assert/strict';
import test from 'node:test';
import { phDrivingLicenseTemplate as lto, splitLicenceName } from '../../../src/documents/cards/ph-driving-license/ph-driving-license-template.js';
import { cardSide } from './card-lines.js';
import { otherPhilippineFronts } from './ph-fronts.js';

const today = { today: '2025-06-01' };

// As the recogniser reads a real-layout LTO front (captions over values, the name caption garbled).
const front = cardSide('front', [
  ['REPUBLIC OF THE PHILIPPINES', 0.365, 0.041, 0.299, 0.032],
  ['DEPARTMENT OF TRANSPORTATION', 0.34, 0.091, 0.35, 0.028],
  ['LAND TRANSPORTATION OFFICE', 0.289, 0.136, 0.45, 0.037],
  ["NON-PROFESSIONAL DRIVER'S LICENSE", 0.29, 0.197, 0.45, 0.037],
  ['LastNameirstameMidlem', 0.314, 0.277, 0.252, 0.037],
  ['DE LEON, MARK ANTHONY DELA CRUZ', 0.314, 0.32, 0.45, 0.044],
  ['Nationality', 0.312, 0.389, 0.08, 0.037],
  ['Sex', 0.47, 0.391, 0.03, 0.033],
  ['Date ofBirth', 0.542, 0.392, 0.089, 0.031],
  ['Weight(kg)', 0.744, 0.388, 0.083, 0.041],
  ['PHL', 0.313, 0.425, 0.054, 0.042],
  ['M', 0.471, 0.426, 0.028, 0.039],
  ['2000/09/16', 0.542, 0.427, 0.136, 0.039],
  ['69', 0.745, 0.425, 0.034, 0.041],
  ['Address', 0.313, 0.492, 0.059, 0.033],
  ['39 P. BURGOS ST. BRGY. LAHUG, DAVAO CITY, DAVAO DEL SUR', 0.313, 0.526, 0.607, 0.037],
  ['License No.', 0.313, 0.588, 0.08, 0.034],
  ['Expiration Date', 0.583, 0.588, 0.108, 0.035],
  ['Agency Code', 0.81, 0.59, 0.091, 0.035],
  ['D04-22-392O83', 0.317, 0.631, 0.204, 0.04],
  ['2031/09/16', 0.583, 0.63, 0.16, 0.043],
  ['D04', 0.809, 0.628, 0.062, 0.046],
  ['DLCodes', 0.623, 0.689, 0.068, 0.034],
  ['A,B,B1', 0.623, 0.725, 0.132, 0.043],
]);

const back = cardSide('back', [
  ['DL CODES VEHICLE CATEGORIES', 0.044, 0.014, 0.297, 0.048],
  ['CONDITIONS', 0.033, 0.549, 0.12, 0.039],
  ['Thislicenseisthepropertyof theLTo and', 0.652, 0.706, 0.262, 0.037],
  ['IN CASE OF EMERGENCY, PLEASE NOTIFY:', 0.032, 0.805, 0.316, 0.032],
]);

// The other Philippine cards' fronts (all print "REPUBLIC OF THE PHILIPPINES").
const others = otherPhilippineFronts('lto');

test('an LTO front is recognised from its office title; the back from its legend', () => {
  const r = lto.recognise(front);
  assert.ok(r.front >= 0.75, `front ${r.front}`);
  assert.ok(lto.recognise(back).back >= 0.8);
  assert.ok(lto.recognise(back).front < 0.75);
});

test('no other Philippine card front (TIN, SSS, UMID, voter) is taken for an LTO licence', () => {
  for (const [name, side] of Object.entries(others)) assert.ok(lto.recognise(side).front < 0.75, `${name}: ${lto.recognise(side).front}`);
});

test('without the title, the licence number with its caption still recognises the front', () => {
  const noTitle = { ...front, lines: front.lines.filter((l) => !/TRANSPORTATION|LICENSE/.test(l.text)) };
  assert.ok(lto.recognise(noTitle).front >= 0.75);
});

test('every field is read in the studio formats (O read for 0 in the number)', () => {
  const { fields, extra, regions } = lto.read({ front, back }, today);
  assert.deepEqual(fields, {
    Name: 'DE LEON, MARK ANTHONY DELA CRUZ',
    LastName: 'DE LEON',
    FirstName: 'MARK ANTHONY',
    MiddleName: 'DELA CRUZ',
    Nationality: 'PHL',
    Sex: 'M',
    Address: '39 P. BURGOS ST. BRGY. LAHUG, DAVAO CITY, DAVAO DEL SUR',
    LicenseNo: 'D04-22-392083',
    ExpiresDate: '2031/09/16',
    AgencyCode: 'D04',
    Birthday: '2000/09/16',
  });
  assert.equal(extra.LicenceKind, 'NON-PROFESSIONAL');
  assert.equal(extra.DLCodes, 'A,B,B1');
  assert.equal(regions.LicenseNo?.side, 'front');
});

test('the name splits at the comma; the middle name is the last surname with its particles', () => {
  assert.deepEqual(splitLicenceName('SORIANO, RICARDO RAMOS'), { last: 'SORIANO', first: 'RICARDO', middle: 'RAMOS' });
  assert.deepEqual(splitLicenceName('DE LEON,JENNIFER AQUINO'), { last: 'DE LEON', first: 'JENNIFER', middle: 'AQUINO' });
  assert.deepEqual(splitLicenceName('REYES, MARIA CRISTINA DE LOS SANTOS'), { last: 'REYES', first: 'MARIA CRISTINA', middle: 'DE LOS SANTOS' });
  assert.deepEqual(splitLicenceName('REYES, JOSE'), { last: 'REYES', first: 'JOSE', middle: '' });
  assert.equal(splitLicenceName('NO COMMA HERE'), null);
});

test('a name whose caption was not read is still found (the first SURNAME, GIVEN line of letters)', () => {
  const noCaption = { ...front, lines: front.lines.filter((l) => l.text !== 'LastNameirstameMidlem') };
  assert.equal(lto.read({ front: noCaption, back: null }, today).fields.LastName, 'DE LEON');
});

test('a valid licence passes its rules; an agency code of another office is not a warning (renewal)', () => {
  const read = lto.read({ front, back }, today);
  const rules = lto.validate(read, today);
  for (const r of rules) assert.notEqual(r.status, 'warn', `${r.id}: ${r.message}`);
  const renewed = { ...read, fields: { ...read.fields, AgencyCode: 'N25' } };
  const agency = lto.validate(renewed, today).find((r) => r.id === 'ph.driverLicence.agencyCode')!;
  assert.equal(agency.status, 'pass');
  assert.match(agency.message, /differs/);
});

test('a malformed licence number, a malformed agency code, an expired licence and an expiry off the birthday warn', () => {
  const read = lto.read({ front, back }, today);
  const bad = { ...read, fields: { ...read.fields, LicenseNo: 'D04-22-39208', AgencyCode: 'D0' } };
  const byId = Object.fromEntries(lto.validate(bad, today).map((r) => [r.id, r]));
  assert.equal(byId['ph.driverLicence.format']!.status, 'warn');
  assert.equal(byId['ph.driverLicence.format']!.warn, 'InformationVerificationFailed');
  assert.equal(byId['ph.driverLicence.agencyCode']!.status, 'warn');
  const expired = lto.validate(read, { today: '2032-01-01' }).find((r) => r.id === 'document.expiry')!;
  assert.equal(expired.status, 'warn');
  assert.equal(expired.warn, 'DocumentExpired');
  const offBirthday = { ...read, fields: { ...read.fields, ExpiresDate: '2031/10/16' } };
  assert.equal(lto.validate(offBirthday, today).find((r) => r.id === 'ph.driverLicence.expiresOnBirthday')!.status, 'warn');
});

test('a short licence number is still read as printed, so the format rule can judge it', () => {
  const short = { ...front, lines: front.lines.map((l) => (l.text === 'D04-22-392O83' ? { ...l, text: 'D04-22-39208' } : l)) };
  const read = lto.read({ front: short, back: null }, today);
  assert.equal(read.fields.LicenseNo, 'D04-22-39208');
  assert.equal(lto.validate(read, today)[0]!.status, 'warn');
});

test("the surname's comma read as a period is put back; name abbreviations keep theirs", async () => {
  const { commaFromPeriod } = await import('../../../src/documents/cards/ph-driving-license/ph-driving-license-template.js');
  assert.equal(commaFromPeriod('OCAMPO. JOSE VILLANUEVA'), 'OCAMPO, JOSE VILLANUEVA');
  assert.equal(commaFromPeriod('STA. MARIA. JUAN DELA CRUZ'), 'STA. MARIA, JUAN DELA CRUZ');
  assert.equal(commaFromPeriod('DE LEON, JENNIFER AQUINO'), 'DE LEON, JENNIFER AQUINO');
  assert.equal(commaFromPeriod('OCAMPO JOSE'), 'OCAMPO JOSE');
});

test('captions garbled in a photo: nationality, sex, birth date and address by their place between name and number', () => {
  const garbled = cardSide(
    'front',
    front.lines.map((l): [string, number, number, number, number] => {
      const text = ({ Nationality: 'N8', Sex: 'Ses', 'Date ofBirth': 'e', Address: 'a', 'License No.': 'Lcetge', 'Expiration Date': 'Epe Dte' } as Record<string, string>)[l.text] ?? l.text;
      return [text, l.box.x, l.box.y, l.box.width, l.box.height];
    }),
  );
  for (const line of garbled.lines) if (['N8', 'Ses', 'e', 'a', 'Lcetge', 'Epe Dte'].includes(line.text)) line.confidence = 0.3;
  const { fields } = lto.read({ front: garbled, back: null }, today);
  assert.equal(fields.Nationality, 'PHL');
  assert.equal(fields.Sex, 'M');
  assert.equal(fields.Birthday, '2000/09/16');
  assert.equal(fields.Address, '39 P. BURGOS ST. BRGY. LAHUG, DAVAO CITY, DAVAO DEL SUR');
  assert.equal(fields.LicenseNo, 'D04-22-392083');
});

test('the next row\'s caption misread (`Lcerse No.`) under a one-line address is not taken for its second line', () => {
  const misread = { ...front, lines: front.lines.map((l) => (l.text === 'License No.' ? { ...l, text: 'Lcerse No.' } : l)) };
  assert.equal(lto.read({ front: misread, back }, today).fields.Address, '39 P. BURGOS ST. BRGY. LAHUG, DAVAO CITY, DAVAO DEL SUR');
});
