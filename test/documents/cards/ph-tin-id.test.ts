import assert from 'node:assert/strict';
import test from 'node:test';
import { phTinIdTemplate as tin } from '../../../src/documents/cards/ph-tin-id/ph-tin-id-template.js';
import { cardSide } from './card-lines.js';
import { otherPhilippineFronts } from './ph-fronts.js';

const today = { today: '2025-06-01' };

// As the recogniser reads a BIR TIN card: caption and number as two boxes, the address over two lines.
const front = cardSide('front', [
  ['REPUBLIC OF THE PHILIPPINES', 0.383, 0.044, 0.307, 0.032],
  ['DEPARTMENT OF FINANCE', 0.395, 0.092, 0.284, 0.036],
  ['BUREAU OF INTERNAL REVENUE', 0.249, 0.144, 0.578, 0.049],
  ['TIN', 0.342, 0.325, 0.062, 0.043],
  ['750-O43-759-000', 0.412, 0.314, 0.335, 0.052],
  ['NAME', 0.342, 0.411, 0.051, 0.033],
  ['MARICEL FLORES  MENDOZA', 0.343, 0.451, 0.377, 0.044],
  ['ADDRESS', 0.341, 0.521, 0.073, 0.034],
  ['866 AGUINALDO HIGHWAY BRGY. BAGONG SILANG,', 0.341, 0.563, 0.505, 0.041],
  ['DAVAO CITY, DAVAO DEL SUR', 0.343, 0.607, 0.284, 0.036],
  ['DATE OF BIRTH', 0.342, 0.694, 0.116, 0.031],
  ['DATE ISSUED', 0.645, 0.694, 0.099, 0.031],
  ['02/09/1991', 0.343, 0.738, 0.139, 0.039],
  ['12/05/2016', 0.646, 0.737, 0.143, 0.043],
  ['SIGNATURE', 0.128, 0.916, 0.088, 0.031],
]);

const back = cardSide('back', [
  ['IMPORTANT', 0.056, 0.112, 0.161, 0.043],
  ['1. This card is not transferable; any alteration or erasure renders it void.', 0.057, 0.204, 0.61, 0.038],
  ['filed with the Bureau of Internal Revenue.', 0.077, 0.307, 0.356, 0.036],
  ['COMMISSIONER OF INTERNAL REVENUE', 0.545, 0.792, 0.337, 0.032],
  ['TIN 750-043-759-000', 0.058, 0.874, 0.234, 0.04],
]);

// The other Philippine cards' fronts (all print "REPUBLIC OF THE PHILIPPINES").
const others = otherPhilippineFronts('tin');

test('a TIN front is recognised from the BIR title with its captions; the back is not taken for a front', () => {
  assert.ok(tin.recognise(front).front >= 0.75);
  const r = tin.recognise(back);
  assert.ok(r.back >= 0.8, `back ${r.back}`);
  assert.ok(r.front < 0.75, `back as front ${r.front}`);
});

test('no other Philippine card front (LTO, SSS, UMID, voter) is taken for a TIN card', () => {
  for (const [name, side] of Object.entries(others)) assert.ok(tin.recognise(side).front < 0.75, `${name}: ${tin.recognise(side).front}`);
});

test('every field is read in the studio formats; the address lines are joined', () => {
  const { fields, regions } = tin.read({ front, back }, today);
  assert.deepEqual(fields, {
    LicenseNumber: '750-043-759-000',
    FullName: 'MARICEL FLORES MENDOZA',
    Address: '866 AGUINALDO HIGHWAY BRGY. BAGONG SILANG, DAVAO CITY, DAVAO DEL SUR',
    Birthday: '02/09/1991',
    IssueDate: '12/05/2016',
  });
  assert.equal(regions.Address?.side, 'front');
});

test('caption and value merged on one line, and two value dates merged on one line, are still read', () => {
  const merged = cardSide('front', [
    ['BUREAU OF INTERNAL REVENUE', 0.249, 0.144, 0.578, 0.049],
    ['TIN: 123 456 789 000', 0.342, 0.32, 0.4, 0.05],
    ['NAME: JUAN DELA CRUZ', 0.342, 0.42, 0.4, 0.04],
    ['DATE OF BIRTH', 0.342, 0.694, 0.116, 0.031],
    ['DATE ISSUED', 0.645, 0.694, 0.099, 0.031],
    ['01/31/1990 03/15/2010', 0.343, 0.738, 0.45, 0.04],
  ]);
  const { fields } = tin.read({ front: merged, back: null }, today);
  assert.equal(fields.LicenseNumber, '123-456-789-000');
  assert.equal(fields.FullName, 'JUAN DELA CRUZ');
  assert.equal(fields.Birthday, '01/31/1990');
  assert.equal(fields.IssueDate, '03/15/2010');
});

test('a valid card passes; the back TIN agrees; no expiry to judge', () => {
  const rules = tin.validate(tin.read({ front, back }, today), today);
  const byId = Object.fromEntries(rules.map((r) => [r.id, r]));
  assert.equal(byId['ph.tin.format']!.status, 'pass');
  assert.equal(byId['ph.tin.backAgrees']!.status, 'pass');
  assert.equal(byId['ph.tin.issuedAfterBirth']!.status, 'pass');
  assert.equal(byId['document.expiry']!.status, 'skipped');
});

test('a TIN with a two-digit group, a back TIN that differs and an issue before birth warn', () => {
  const badFront = { ...front, lines: front.lines.map((l) => (l.text === '750-O43-759-000' ? { ...l, text: '750-043-59-000' } : l)) };
  const read = tin.read({ front: badFront, back }, today);
  assert.equal(read.fields.LicenseNumber, '750-043-59-000');
  const byId = Object.fromEntries(tin.validate(read, today).map((r) => [r.id, r]));
  assert.equal(byId['ph.tin.format']!.status, 'warn');
  assert.equal(byId['ph.tin.format']!.warn, 'InformationVerificationFailed');
  assert.equal(byId['ph.tin.backAgrees']!.status, 'warn');
  const early = { ...read, fields: { ...read.fields, IssueDate: '01/01/1980' } };
  assert.equal(tin.validate(early, today).find((r) => r.id === 'ph.tin.issuedAfterBirth')!.status, 'warn');
});

test('without a back the agreement rule is skipped', () => {
  const rules = tin.validate(tin.read({ front, back: null }, today), today);
  assert.equal(rules.find((r) => r.id === 'ph.tin.backAgrees')!.status, 'skipped');
});

test('captions the OCR garbled: the name is the words line under the TIN, the dates the row of two, no caption in the address', () => {
  const garbled = cardSide(
    'front',
    front.lines.map((l): [string, number, number, number, number] => {
      const text = l.text === 'NAME' ? 'SSAN' : l.text === 'DATE OF BIRTH' ? 'OATT OF RT' : l.text === 'DATE ISSUED' ? 'DE I BSAD' : l.text;
      return [text, l.box.x, l.box.y, l.box.width, l.box.height];
    }),
  );
  for (const line of garbled.lines) if (/OATT|BSAD|SSAN/.test(line.text)) line.confidence = 0.5;
  const { fields } = tin.read({ front: garbled, back }, today);
  assert.equal(fields.FullName, 'MARICEL FLORES MENDOZA');
  assert.equal(fields.Address, '866 AGUINALDO HIGHWAY BRGY. BAGONG SILANG, DAVAO CITY, DAVAO DEL SUR');
  assert.equal(fields.Birthday, '02/09/1991');
  assert.equal(fields.IssueDate, '12/05/2016');
});

test('the address caption garbled too: the lines between the name and the row of dates, less the caption, are the address', () => {
  const garbled = cardSide(
    'front',
    front.lines.map((l): [string, number, number, number, number] => {
      const text = l.text === 'ADDRESS' ? 'DOREYS' : l.text === 'DATE OF BIRTH' ? 'CATE OF#ORT' : l.text === 'DATE ISSUED' ? 'DATISSUCD' : l.text;
      return [text, l.box.x, l.box.y, l.box.width, l.box.height];
    }),
  );
  for (const line of garbled.lines) if (/DOREYS|CATE|DATISS/.test(line.text)) line.confidence = 0.6;
  const { fields } = tin.read({ front: garbled, back }, today);
  assert.equal(fields.FullName, 'MARICEL FLORES MENDOZA');
  assert.equal(fields.Address, '866 AGUINALDO HIGHWAY BRGY. BAGONG SILANG, DAVAO CITY, DAVAO DEL SUR');
  assert.equal(fields.Birthday, '02/09/1991');
});

test('print of a sheet under the card, left of its column on the address rows, does not end the address', () => {
  // A card cut from the frame with the sheet under it (studio seed session7-fresh #7): fragments at the left edge.
  const clutter = cardSide('front', [
    ...front.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]),
    ['ipsu', 0.004, 0.565, 0.035, 0.03],
    ['psur', 0.003, 0.607, 0.03, 0.03],
  ]);
  assert.equal(tin.read({ front: clutter, back: null }, today).fields.Address, '866 AGUINALDO HIGHWAY BRGY. BAGONG SILANG, DAVAO CITY, DAVAO DEL SUR');
});
