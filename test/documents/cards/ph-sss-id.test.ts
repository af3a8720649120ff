import assert from 'node:assert/strict';
import test from 'node:test';
import { phSssIdTemplate as sssCard } from '../../../src/documents/cards/ph-sss-id/ph-sss-id-template.js';
import { cardSide } from './card-lines.js';
import { otherPhilippineFronts } from './ph-fronts.js';

const today = { today: '2025-06-01' };

// As the recogniser reads an SSS card: spaces of the header dropped, a stray space inside the number.
const front = cardSide('front', [
  ['RepublicofthePhilippines', 0.399, 0.067, 0.3, 0.044],
  ['SOCIALSECURITYSYSTEM', 0.257, 0.144, 0.579, 0.059],
  ['SS No.', 0.339, 0.34, 0.059, 0.033],
  ['31 -2421125-O', 0.344, 0.396, 0.329, 0.063],
  ['NAME', 0.34, 0.514, 0.046, 0.029],
  ['JOHN PAUL SANTOS ANDRADA', 0.339, 0.548, 0.458, 0.053],
  ['DATE OFBIRTH', 0.341, 0.622, 0.105, 0.031],
  ['09/12/2003', 0.342, 0.659, 0.155, 0.043],
  ['SIGNATURE', 0.708, 0.928, 0.089, 0.031],
]);

const back = cardSide('back', [
  ['This card is the property of the Social Security System and must be', 0.05, 0.5, 0.8, 0.04],
  ['surrendered upon demand. It is non-transferable; any alteration renders', 0.05, 0.55, 0.8, 0.04],
  ['PRESIDENT AND CEO', 0.6, 0.85, 0.2, 0.04],
]);

// The other Philippine cards' fronts (all print "REPUBLIC OF THE PHILIPPINES").
const others = otherPhilippineFronts('sss');

test('an SSS front is recognised from its title with the SS number; the back is not taken for a front', () => {
  assert.ok(sssCard.recognise(front).front >= 0.75);
  const r = sssCard.recognise(back);
  assert.ok(r.back >= 0.8, `back ${r.back}`);
  assert.ok(r.front < 0.75, `back as front ${r.front}`);
});

test('no other Philippine card front (LTO, TIN, UMID, voter) is taken for an SSS card', () => {
  for (const [name, side] of Object.entries(others)) assert.ok(sssCard.recognise(side).front < 0.75, `${name}: ${sssCard.recognise(side).front}`);
});

test('a UMID is not an SSS card even when its front names the Social Security System', () => {
  const umidFront = others.umid!;
  const umidWithSss = { ...umidFront, lines: [...umidFront.lines, { text: 'SOCIAL SECURITY SYSTEM', confidence: 0.9, box: { x: 0.1, y: 0.9, width: 0.3, height: 0.03 } }] };
  assert.ok(sssCard.recognise(umidWithSss).front < 0.75);
});

test('every field is read in the studio formats (space and O in the number repaired)', () => {
  assert.deepEqual(sssCard.read({ front, back }, today).fields, {
    LicenseNumber: '31-2421125-0',
    FullName: 'JOHN PAUL SANTOS ANDRADA',
    Birthday: '09/12/2003',
  });
});

test('caption and number on one line are read; the tail of a UMID CRN is never an SS number', () => {
  const merged = cardSide('front', [
    ['SOCIAL SECURITY SYSTEM', 0.25, 0.14, 0.58, 0.05],
    ['SS No. 04-1234567-8', 0.34, 0.35, 0.4, 0.05],
  ]);
  assert.equal(sssCard.read({ front: merged, back: null }, today).fields.LicenseNumber, '04-1234567-8');
  const crnOnly = cardSide('front', [['CRN-0111-1452077-6', 0.04, 0.28, 0.24, 0.036]]);
  assert.equal(sssCard.read({ front: crnOnly, back: null }, today).fields.LicenseNumber, '');
});

test('a valid SS number passes; six middle digits warn; no expiry to judge', () => {
  const read = sssCard.read({ front, back }, today);
  const rules = sssCard.validate(read, today);
  assert.equal(rules.find((r) => r.id === 'ph.sss.format')!.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'document.expiry')!.status, 'skipped');
  const short = { ...front, lines: front.lines.map((l) => (l.text === '31 -2421125-O' ? { ...l, text: '31-421125-0' } : l)) };
  const bad = sssCard.read({ front: short, back: null }, today);
  assert.equal(bad.fields.LicenseNumber, '31-421125-0');
  const rule = sssCard.validate(bad, today).find((r) => r.id === 'ph.sss.format')!;
  assert.equal(rule.status, 'warn');
  assert.equal(rule.warn, 'InformationVerificationFailed');
});

test('a misread NAME caption (`NAE`) still yields the name: the letters-only line under the number', () => {
  const misread = { ...front, lines: front.lines.map((l) => (l.text === 'NAME' ? { ...l, text: 'NAE' } : l)) };
  assert.equal(sssCard.read({ front: misread, back: null }, today).fields.FullName, 'JOHN PAUL SANTOS ANDRADA');
});
