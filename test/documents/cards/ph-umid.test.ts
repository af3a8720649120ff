import assert from 'node:assert/strict';
import test from 'node:test';
import { phUmidTemplate as umid } from '../../../src/documents/cards/ph-umid/ph-umid-template.js';
import { cardSide } from './card-lines.js';
import { otherPhilippineFronts } from './ph-fronts.js';
import { farUmidFront, px } from './far-umid-front.js';

const today = { today: '2025-06-01' };

// As the recogniser reads a UMID front: SEX and DATE OF BIRTH captions, `MIDDLENAME` without its space.
const front = cardSide('front', [
  ['REPUBLIC OF THE PHILIPPINES', 0.185, 0.064, 0.375, 0.036],
  ['UNIFIED MULTI-PURPOSE ID', 0.188, 0.139, 0.604, 0.057],
  ['CRN-0111-1452077-6', 0.044, 0.281, 0.241, 0.036],
  ['SURNAME', 0.324, 0.277, 0.075, 0.041],
  ['DELA CRUZ', 0.324, 0.321, 0.169, 0.047],
  ['GIVEN NAME', 0.323, 0.385, 0.093, 0.038],
  ['MARK ANTHONY', 0.325, 0.427, 0.2, 0.046],
  ['MIDDLENAME', 0.323, 0.491, 0.103, 0.035],
  ['OCAMPO', 0.326, 0.534, 0.135, 0.043],
  ['SEX', 0.324, 0.595, 0.029, 0.04],
  ['DATEOFBIRTH', 0.429, 0.596, 0.107, 0.035],
  ['M', 0.323, 0.634, 0.032, 0.045],
  ['2005/12/O6', 0.43, 0.636, 0.15, 0.043],
  ['ADDRESS', 0.324, 0.704, 0.067, 0.034],
  ['182 SAMPAGUITA ST. BRGY. MALINIS', 0.325, 0.739, 0.371, 0.042],
  ['DAVAO CITY, DAVAO DEL SUR', 0.327, 0.786, 0.29, 0.032],
]);

const back = cardSide('back', [
  ['UNIFIED MULTI-PURPOSE ID', 0.77, 0.3, 0.2, 0.05],
  ['AUTHORIZED SIGNATURE', 0.047, 0.521, 0.196, 0.041],
  ['This card isnon-transferable and isvalid for transactions with the Sss,Gsis,', 0.046, 0.634, 0.613, 0.057],
  ['PhilHealth andPag-IBIG Fund.Unauthorized use is punishable by law.', 0.047, 0.683, 0.567, 0.054],
  ['CRN-0111-1452077-6', 0.048, 0.865, 0.22, 0.048],
]);

// The other Philippine cards' fronts (all print "REPUBLIC OF THE PHILIPPINES").
const others = otherPhilippineFronts('umid');

test('a UMID front is recognised from its title with the name captions; the back (title on the seal, CRN) is not a front', () => {
  assert.ok(umid.recognise(front).front >= 0.75);
  const r = umid.recognise(back);
  assert.ok(r.back >= 0.8, `back ${r.back}`);
  assert.ok(r.front < 0.75, `back as front ${r.front}`);
});

test('no other Philippine card front (LTO, TIN, SSS, voter) is taken for a UMID', () => {
  for (const [name, side] of Object.entries(others)) assert.ok(umid.recognise(side).front < 0.75, `${name}: ${umid.recognise(side).front}`);
});

test('every field is read in the studio formats: CRN without its label, the address lines joined', () => {
  const { fields, extra } = umid.read({ front, back }, today);
  assert.deepEqual(fields, {
    Surname: 'DELA CRUZ',
    MiddleName: 'OCAMPO',
    GivenName: 'MARK ANTHONY',
    Sex: 'M',
    Birthday: '2005/12/06',
    Address: '182 SAMPAGUITA ST. BRGY. MALINIS, DAVAO CITY, DAVAO DEL SUR',
    CRN: '0111-1452077-6',
  });
  assert.equal(extra.BackCRN, '0111-1452077-6');
});

test('the CRN label misread (`GRN`, spaces) or lost is still read', () => {
  const misread = cardSide('front', [['GRN - 0111 - 1452077 - 6', 0.04, 0.28, 0.3, 0.036]]);
  assert.equal(umid.read({ front: misread, back: null }, today).fields.CRN, '0111-1452077-6');
  const bare = cardSide('front', [['0111-1452077-6', 0.04, 0.28, 0.2, 0.036]]);
  assert.equal(umid.read({ front: bare, back: null }, today).fields.CRN, '0111-1452077-6');
});

test('a valid UMID passes with the back agreeing; eight middle digits and a differing back CRN warn', () => {
  const byId = (rules: ReturnType<typeof umid.validate>) => Object.fromEntries(rules.map((r) => [r.id, r]));
  const ok = byId(umid.validate(umid.read({ front, back }, today), today));
  assert.equal(ok['ph.umidCrn.format']!.status, 'pass');
  assert.equal(ok['ph.umidCrn.backAgrees']!.status, 'pass');
  assert.equal(ok['document.expiry']!.status, 'skipped');
  const badFront = { ...front, lines: front.lines.map((l) => (l.text.startsWith('CRN') ? { ...l, text: 'CRN-0111-14520776-6' } : l)) };
  const bad = byId(umid.validate(umid.read({ front: badFront, back }, today), today));
  assert.equal(bad['ph.umidCrn.format']!.status, 'warn');
  assert.equal(bad['ph.umidCrn.format']!.warn, 'InformationVerificationFailed');
  assert.equal(bad['ph.umidCrn.backAgrees']!.status, 'warn');
});

const farFront = farUmidFront;

test('captions unread: the names, in the column above the birth date, and the address below it are read by position', () => {
  const { fields } = umid.read({ front: farFront, back: null }, today);
  assert.equal(fields.Surname, 'SORIANO');
  assert.equal(fields.GivenName, 'LIZA');
  assert.equal(fields.MiddleName, 'VILLANUEVA');
  assert.equal(fields.Birthday, '2006/02/17');
  // The comma lost at the line break after the city comes back before the province.
  assert.equal(fields.Address, '98 ACACIA LANE BRGY. BAGONG SILANG, ILOILO CITY, ILOILO');
  assert.equal(fields.Sex, '');
});

test('captions unread: a lone sex glyph on the birth row is the sex; two values for three names give no names', () => {
  const withSex = cardSide('front', [...farFront.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), px('F', 326, 402, 17, 19)]);
  assert.equal(umid.read({ front: withSex, back: null }, today).fields.Sex, 'F');
  // No middle name printed: which value is which can no longer be told by position.
  const twoNames = { ...farFront, lines: farFront.lines.filter((l) => l.text !== 'VILLANUEVA') };
  const { fields } = umid.read({ front: twoNames, back: null }, today);
  assert.deepEqual([fields.Surname, fields.GivenName, fields.MiddleName], ['', '', '']);
  assert.equal(fields.Address, '98 ACACIA LANE BRGY. BAGONG SILANG, ILOILO CITY, ILOILO');
});

test('a name the captions found is kept, and the column is not used when its order disagrees with it', () => {
  const shuffled = cardSide('front', [
    ...farFront.lines.filter((l) => l.text !== 'CNEN SANN').map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]),
    // GIVEN NAME read well, but over the surname's line: the captions and the column disagree.
    px('GIVEN NAME', 326, 180, 87, 20),
  ]);
  const { fields } = umid.read({ front: shuffled, back: null }, today);
  assert.equal(fields.GivenName, 'SORIANO');
  assert.equal(fields.Surname, '');
  assert.equal(fields.MiddleName, '');
});

test('an address line ending in a long word and a period had its comma misread; an abbreviation keeps its period', () => {
  const lines = (first: string) => ({ ...farFront, lines: farFront.lines.map((l) => (l.text.startsWith('98 ACACIA') ? { ...l, text: first } : l)) });
  assert.equal(umid.read({ front: lines('98 ACACIA LANE BRGY. BAGONG SILANG.'), back: null }, today).fields.Address, '98 ACACIA LANE BRGY. BAGONG SILANG, ILOILO CITY, ILOILO');
  assert.equal(umid.read({ front: lines('98 ACACIA BLVD.'), back: null }, today).fields.Address, '98 ACACIA BLVD., ILOILO CITY, ILOILO');
});

test('captions unread and the sex glyph missed: the zone to read is on the birth row, at the column edge, before the date', () => {
  const read = umid.read({ front: farFront, back: null }, today);
  const zones = umid.zonesToRead!(read, { front: farFront, back: null });
  assert.equal(zones.length, 1);
  const box = zones[0]!.box;
  assert.equal(zones[0]!.field, 'Sex');
  // The glyph is printed at x 326–343 px of 1000, on the date's row (y 400–430 of 630); the date starts at 432.
  assert.ok(box.x <= 0.326 && box.x + box.width >= 0.343 && box.x + box.width < 0.432, JSON.stringify(box));
  assert.ok(Math.abs(box.y - 400 / 630) < 1e-9 && Math.abs(box.height - 30 / 630) < 1e-9);
  assert.deepEqual(umid.zonesToRead!(umid.read({ front, back }, today), { front, back }), []);
});
