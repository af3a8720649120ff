import assert from 'node:assert/strict';
import test from 'node:test';
import { nricTemplate } from '../../../src/documents/cards/sg-nric/nric-template.js';
import { parseNricNumber } from '../../../src/documents/cards/sg-nric/nric-number.js';
import { myKadTemplate } from '../../../src/documents/cards/my-kad/mykad-template.js';
import type { CardRule } from '../../../src/documents/cards/card-template.js';
import { cardSide } from './card-lines.js';

const today = '2025-06-01';

// S8688026A: 8·2 + 6·7 + 8·6 + 8·5 + 0·4 + 2·3 + 6·2 = 164, 164 mod 11 = 10 → A (ICA rule, checks/nric.ts).
const front = cardSide('front', [
  ['REPUBLIC OF SINGAPORE', 0.16, 0.12, 0.5],
  ['IDENTITY CARD NO.', 0.66, 0.2, 0.2, 0.03],
  ['S8688026A', 0.66, 0.26, 0.2],
  ['Name', 0.33, 0.35, 0.06, 0.03],
  ['ANG BOON HUAT', 0.33, 0.4, 0.3],
  ['洪文发', 0.33, 0.47, 0.1],
  ['Race', 0.33, 0.55, 0.06, 0.03],
  ['CHINESE', 0.33, 0.6, 0.12],
  ['Date of birth', 0.33, 0.68, 0.14, 0.03],
  ['Sex', 0.58, 0.68, 0.04, 0.03],
  ['21-02-1986', 0.33, 0.73, 0.15],
  ['M', 0.58, 0.73, 0.02],
  ['Country/Place of birth', 0.33, 0.81, 0.24, 0.03],
  ['SINGAPORE', 0.33, 0.86, 0.14],
]);
const back = cardSide('back', [
  ['S8688026A', 0.06, 0.1, 0.19],
  ['Date of issue', 0.32, 0.27, 0.11, 0.035],
  ['20-12-2010', 0.33, 0.32, 0.15],
  ['Address', 0.33, 0.43, 0.07, 0.035],
  ['BLK 376 SENGKANG EAST WAY', 0.33, 0.48, 0.4],
  ['#23-1987', 0.32, 0.54, 0.12],
  ['SINGAPORE 541376', 0.33, 0.6, 0.25],
  ['REGISTRATION OFFICER', 0.67, 0.9, 0.19, 0.03],
]);

function rule(rules: CardRule[], id: string): CardRule {
  const found = rules.find((r) => r.id === id);
  assert.ok(found, `rule ${id} reported`);
  return found;
}

test('NRIC numbers are read through the usual confusions', () => {
  assert.equal(parseNricNumber('S8688026A'), 'S8688026A');
  assert.equal(parseNricNumber('S 868B026 A'), 'S8688026A');
  assert.equal(parseNricNumber('S2574951]'), 'S2574951J');
  assert.equal(parseNricNumber('58688026A'), 'S8688026A');
  assert.equal(parseNricNumber('T0123456G'), 'T0123456G');
  assert.equal(parseNricNumber('BLK 376 SENGKANG'), null);
  assert.equal(parseNricNumber('S86880261A'), null);
});

test('recognises the front by its title or number caption, the back by its number, captions and postcode', () => {
  assert.ok(nricTemplate.recognise(front).front >= 0.75);
  const untitled = cardSide('front', front.lines.slice(1).map((l) => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]));
  assert.ok(nricTemplate.recognise(untitled).front >= 0.75, 'the title lost to glare');
  const b = nricTemplate.recognise(back);
  assert.ok(b.back >= 0.6, `back ${b.back}`);
  assert.ok(b.front < 0.75, 'the back is not a front');
});

test("another card's captions do not make an NRIC side", () => {
  const other = cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.2, 0.05, 0.6],
    ['Date of birth', 0.33, 0.5, 0.14],
    ['Address', 0.33, 0.6, 0.07],
    ['Date of issue', 0.33, 0.7, 0.1],
    ['1990/01/02', 0.33, 0.75, 0.15],
  ]);
  const r = nricTemplate.recognise(other);
  assert.ok(r.front < 0.75 && r.back < 0.6, JSON.stringify(r));
  const mykad = cardSide('front', [
    ['KAD PENGENALAN', 0.11, 0.075, 0.24],
    ['MALAYSIA', 0.09, 0.148, 0.27],
    ['890909-36-0301', 0.05, 0.275, 0.32],
  ]);
  assert.ok(nricTemplate.recognise(mykad).front < 0.75);
  assert.ok(myKadTemplate.recognise(front).front < 0.75, 'and an NRIC is not a MyKad');
});

test('reads every seed key from both sides, duplicates filled, no expiry', () => {
  const read = nricTemplate.read({ front, back }, { today });
  assert.deepEqual(read.fields, {
    ChName: '洪文发',
    ChineseName: '洪文发',
    EnName: 'ANG BOON HUAT',
    FullName: 'ANG BOON HUAT',
    ID: 'S8688026A',
    LicenseNumber: 'S8688026A',
    Sex: 'M',
    CountryOfBirth: 'SINGAPORE',
    Nationality: 'SINGAPORE',
    Birthday: '21-02-1986',
    Address: 'BLK 376 SENGKANG EAST WAY #23-1987 SINGAPORE 541376',
    Race: 'CHINESE',
    NRICCode: 'S8688026A',
    PostCode: '541376',
    DateOfExpiration: '',
    DateOfIssue: '20-12-2010',
  });
  assert.equal(read.regions.Address?.side, 'back');
  assert.equal(read.regions.ID?.side, 'front');
});

test('noisy readings: merged captions and values, a dropped separator, the number on the caption line', () => {
  const noisy = cardSide('front', [
    ['REPUBL1C OF SINGAP0RE', 0.16, 0.12, 0.5],
    ['IDENTITY CARD NO. S8688026A', 0.6, 0.2, 0.35],
    ['Name', 0.33, 0.35, 0.06, 0.03],
    ['ANG BOON HUAT', 0.33, 0.4, 0.3],
    ['Race CHINESE', 0.33, 0.55, 0.2],
    ['Date of birth Sex', 0.33, 0.68, 0.3, 0.03],
    ['2102-1986 M', 0.33, 0.73, 0.3],
    ['Country/Placeofbirth', 0.33, 0.81, 0.24, 0.03],
    ['SINGAPORE', 0.33, 0.86, 0.14],
  ]);
  const f = nricTemplate.read({ front: noisy, back: null }, { today }).fields;
  assert.equal(f.ID, 'S8688026A');
  assert.equal(f.Race, 'CHINESE');
  assert.equal(f.Birthday, '21-02-1986');
  assert.equal(f.Sex, 'M');
  assert.equal(f.CountryOfBirth, 'SINGAPORE');
  assert.equal(f.ChName, '', 'no Chinese name printed');
});

test('the address is still found from its postcode line when the Address caption is lost', () => {
  const noCaption = cardSide('back', back.lines.filter((l) => l.text !== 'Address').map((l) => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]));
  const f = nricTemplate.read({ front: null, back: noCaption }, { today }).fields;
  assert.equal(f.Address, 'BLK 376 SENGKANG EAST WAY #23-1987 SINGAPORE 541376');
  assert.equal(f.PostCode, '541376');
  // A caption misread beyond recognition (`Addem`) is mixed case: it stops the address.
  const misread = cardSide('back', back.lines.map((l) => [l.text === 'Address' ? 'Addem' : l.text, l.box.x, l.box.y, l.box.width, l.box.height]));
  assert.equal(nricTemplate.read({ front: null, back: misread }, { today }).fields.Address, 'BLK 376 SENGKANG EAST WAY #23-1987 SINGAPORE 541376');
});

test('a short caption misread with a glyph added inside (`Narme`) or its `m` as `rn` still finds its value', () => {
  const misread = cardSide('front', front.lines.map((l) => [l.text === 'Name' ? 'Narme' : l.text, l.box.x, l.box.y, l.box.width, l.box.height]));
  const f = nricTemplate.read({ front: misread, back: null }, { today }).fields;
  assert.equal(f.EnName, 'ANG BOON HUAT');
  assert.equal(f.ChName, '洪文发');
  // Its `m` read as `rn` (`Narne`), two edits from the caption.
  const rn = cardSide('front', front.lines.map((l) => [l.text === 'Name' ? 'Narne' : l.text, l.box.x, l.box.y, l.box.width, l.box.height]));
  assert.equal(nricTemplate.read({ front: rn, back: null }, { today }).fields.EnName, 'ANG BOON HUAT');
});

test('a valid card passes; the expiry rule is skipped (the NRIC has none)', () => {
  const rules = nricTemplate.validate(nricTemplate.read({ front, back }, { today }), { today });
  for (const id of ['nric.checkLetter', 'nric.backNumber', 'nric.issueDate']) assert.equal(rule(rules, id).status, 'pass', id);
  assert.equal(rule(rules, 'document.expiry').status, 'skipped');
});

test('a wrong check letter is InformationVerificationFailed', () => {
  const bad = cardSide('front', [['REPUBLIC OF SINGAPORE', 0.16, 0.12, 0.5], ['IDENTITY CARD NO.', 0.66, 0.2, 0.2, 0.03], ['S8688026B', 0.66, 0.26, 0.2]]);
  const r = rule(nricTemplate.validate(nricTemplate.read({ front: bad, back: null }, { today }), { today }), 'nric.checkLetter');
  assert.equal(r.status, 'warn');
  assert.equal(r.warn, 'InformationVerificationFailed');
});

test('front/back numbers: one character off is a soft warning, another number a FrontBackMismatch', () => {
  const backWith = (n: string) => cardSide('back', [[n, 0.06, 0.1, 0.19], ['Date of issue', 0.32, 0.27, 0.11, 0.035], ['20-12-2010', 0.33, 0.32, 0.15]]);
  const off = rule(nricTemplate.validate(nricTemplate.read({ front, back: backWith('S8688028A') }, { today }), { today }), 'nric.backNumber');
  assert.equal(off.status, 'warn');
  assert.equal(off.warn, 'InformationVerificationFailed');
  const other = rule(nricTemplate.validate(nricTemplate.read({ front, back: backWith('T0123456G') }, { today }), { today }), 'nric.backNumber');
  assert.equal(other.warn, 'FrontBackMismatch');
});

test('a date of issue before the date of birth is warned', () => {
  const early = cardSide('back', [['S8688026A', 0.06, 0.1, 0.19], ['Date of issue', 0.32, 0.27, 0.11, 0.035], ['20-12-1980', 0.33, 0.32, 0.15]]);
  const r = rule(nricTemplate.validate(nricTemplate.read({ front, back: early }, { today }), { today }), 'nric.issueDate');
  assert.equal(r.status, 'warn');
});

test("a back number misread in a look-alike glyph that breaks its check letter is the front's number", () => {
  const backWith = (n: string) => cardSide('back', [[n, 0.06, 0.1, 0.19], ['Date of issue', 0.32, 0.27, 0.11, 0.035], ['20-12-2010', 0.33, 0.32, 0.15]]);
  assert.equal(nricTemplate.read({ front, back: backWith('S8688026A') }, { today }).fields.NRICCode, 'S8688026A');
  // A check letter J read as I on the back: S7965025J is valid, S7965025I is not.
  const frontJ = { ...front, lines: front.lines.map((l) => (l.text === 'S8688026A' ? { ...l, text: 'S7965025J' } : l)) };
  assert.equal(nricTemplate.read({ front: frontJ, back: backWith('S7965025I') }, { today }).fields.NRICCode, 'S7965025J');
  // Another digit altogether stays as read (and warns, above).
  assert.equal(nricTemplate.read({ front, back: backWith('S8688028A') }, { today }).fields.NRICCode, 'S8688028A');
});

test('a sex glyph the detector missed: its zone is under the `Sex` caption on the birth date row; none once read', () => {
  const sexless = { ...front, lines: front.lines.filter((l) => l.text !== 'M') };
  const read = nricTemplate.read({ front: sexless, back }, { today });
  assert.equal(read.fields.Sex, '');
  const zones = nricTemplate.zonesToRead!(read, { front: sexless, back });
  assert.equal(zones.length, 1);
  const [zone] = zones;
  assert.equal(zone!.field, 'Sex');
  assert.equal(zone!.side, 'front');
  // Where the glyph is printed (x 0.58–0.60, the date's row at y 0.73), clear of the date (ending at x 0.48).
  assert.ok(zone!.box.x <= 0.58 && zone!.box.x + zone!.box.width >= 0.6 && zone!.box.x > 0.48, JSON.stringify(zone!.box));
  assert.ok(Math.abs(zone!.box.y - 0.73) < 1e-9);
  assert.deepEqual(nricTemplate.zonesToRead!(nricTemplate.read({ front, back }, { today }), { front, back }), []);
  // No `Sex` caption of its own (run together with `Date of birth`, or unread): the row right of the date.
  const merged = cardSide('front', sexless.lines.filter((l) => l.text !== 'Sex').map((l): [string, number, number, number, number] => [l.text === 'Date of birth' ? 'Date of birth Sex' : l.text, l.box.x, l.box.y, l.text === 'Date of birth' ? 0.29 : l.box.width, l.box.height]));
  const [row] = nricTemplate.zonesToRead!(nricTemplate.read({ front: merged, back }, { today }), { front: merged, back });
  assert.ok(row !== undefined && row.box.x > 0.48 && row.box.x <= 0.58 && row.box.x + row.box.width >= 0.6, JSON.stringify(row));
});

// As read from a photo at arm's length (studio seed session7-fresh #5): the values clean, the small mixed-case
// captions clipped or garbled (`Na`, `Rae`, `Countr`), so no caption places its value.
const farFront = cardSide('front', [
  ['REPUBLIC OF SINGAPORE', 0.16, 0.105, 0.48, 0.049],
  ['IDENTITY CARD NO', 0.664, 0.198, 0.17, 0.036],
  ['T0520294E', 0.665, 0.248, 0.21, 0.055],
  ['Na', 0.33, 0.353, 0.035, 0.025],
  ['RACHEL DE SOUZA', 0.328, 0.399, 0.274, 0.044],
  ['Rae', 0.326, 0.56, 0.04, 0.032],
  ['EURASIAN', 0.327, 0.605, 0.139, 0.043],
  ['Date o f t th', 0.323, 0.681, 0.113, 0.042],
  ['01-01-2005', 0.326, 0.732, 0.143, 0.043],
  ['Countr', 0.329, 0.818, 0.057, 0.03],
  ['Sace or bir', 0.41, 0.817, 0.1, 0.031],
  ['SINGAPORE', 0.326, 0.862, 0.158, 0.043],
]);

test('captions unread: the name, the race and the country of birth are read by their place in the column', () => {
  const { fields } = nricTemplate.read({ front: farFront, back: null }, { today });
  assert.equal(fields.EnName, 'RACHEL DE SOUZA');
  assert.equal(fields.FullName, 'RACHEL DE SOUZA');
  assert.equal(fields.Race, 'EURASIAN');
  assert.equal(fields.CountryOfBirth, 'SINGAPORE');
  assert.equal(fields.Nationality, 'SINGAPORE');
  assert.equal(fields.Birthday, '01-01-2005');
  // With a Chinese name between the name and the race, the name stops above it.
  const withChinese = cardSide('front', [...farFront.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), ['罗秀英', 0.33, 0.47, 0.1, 0.045]]);
  const read = nricTemplate.read({ front: withChinese, back: null }, { today }).fields;
  assert.equal(read.EnName, 'RACHEL DE SOUZA');
  assert.equal(read.ChName, '罗秀英');
  assert.equal(read.Race, 'EURASIAN');
});
