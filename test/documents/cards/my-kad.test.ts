import assert from 'node:assert/strict';
import test from 'node:test';
import { myKadTemplate } from '../../../src/documents/cards/my-kad/mykad-template.js';
import { parseMyKadNumber } from '../../../src/documents/cards/my-kad/mykad-number.js';
import { snapState } from '../../../src/documents/cards/my-kad/my-states.js';
import { hkidTemplate } from '../../../src/documents/cards/hk-id-card/hkid-template.js';
import type { CardRule } from '../../../src/documents/cards/card-template.js';
import { cardSide } from './card-lines.js';

const today = '2025-06-01';

// A MyKad front as the recogniser reads a photo of one: the title split over two lines, the number near the top,
// the caption-less name and address bottom left, status, religion and sex bottom right.
const front = cardSide('front', [
  ['KAD PENGENALAN', 0.11, 0.075, 0.24],
  ['M ALAYSIA', 0.09, 0.148, 0.27],
  ['MyKad', 0.59, 0.1, 0.18, 0.09],
  ['890909-36-0301', 0.05, 0.275, 0.32],
  ['TAN AH KOW', 0.045, 0.65, 0.3],
  ['NO 12 JALAN P8/10', 0.045, 0.714, 0.38],
  ['TAMAN MELAWATI', 0.046, 0.774, 0.24],
  ['WARGANEGARA', 0.66, 0.8, 0.21],
  ['53100 KUALA LUMPUR', 0.045, 0.83, 0.3],
  ['W.PERSEKUTUAN(KL)', 0.044, 0.887, 0.3],
  ['LELAKI', 0.8, 0.879, 0.12],
]);
const back = cardSide('back', [
  ['KETUA PENGARAH', 0.14, 0.355, 0.2],
  ['PENDAFTARAN NEGARA', 0.11, 0.4, 0.25],
  ['890909-36-0301-01', 0.02, 0.53, 0.38],
  ['MEPS', 0.59, 0.52, 0.06],
  ['ATM', 0.05, 0.84, 0.07],
]);

function rule(rules: CardRule[], id: string): CardRule {
  const found = rules.find((r) => r.id === id);
  assert.ok(found, `rule ${id} reported`);
  return found;
}

test('the MyKad number is read with or without dashes, and with the back version suffix', () => {
  assert.deepEqual(parseMyKadNumber('890909-36-0302'), { value: '890909-36-0302', suffix: null });
  assert.deepEqual(parseMyKadNumber('89O909.36-O3O2'), { value: '890909-36-0302', suffix: null });
  assert.deepEqual(parseMyKadNumber('890909360302'), { value: '890909-36-0302', suffix: null });
  assert.deepEqual(parseMyKadNumber('890909-36-0302-01'), { value: '890909-36-0302', suffix: '01' });
  assert.equal(parseMyKadNumber('53100 KUALA LUMPUR'), null);
  assert.equal(parseMyKadNumber('1234567890123456'), null);
});

test('recognises the MyKad front by its title and the back by the registrar and the versioned number', () => {
  const f = myKadTemplate.recognise(front);
  assert.ok(f.front >= 0.75, `front ${f.front}`);
  const b = myKadTemplate.recognise(back);
  assert.ok(b.back >= 0.6, `back ${b.back}`);
  assert.ok(b.front < 0.75, 'the back is not taken for a front');
});

test('a front without its title is still recognised by the number beside a status word', () => {
  const untitled = cardSide('front', [
    ['890909-36-0301', 0.05, 0.275, 0.32],
    ['TAN AH KOW', 0.045, 0.65, 0.3],
    ['WARGANEGARA', 0.66, 0.8, 0.21],
  ]);
  assert.ok(myKadTemplate.recognise(untitled).front >= 0.75);
});

test('other cards are not taken for a MyKad front', () => {
  const hk = cardSide('front', [
    ['HONG KONG PERMANENT IDENTITY CARD', 0.2, 0.1, 0.6],
    ['CHAN, Tai Man', 0.05, 0.35],
    ['Date of Birth 01-01-1990', 0.05, 0.5],
    ['E147333(A)', 0.7, 0.85],
  ]);
  const nric = cardSide('front', [
    ['REPUBLIC OF SINGAPORE', 0.15, 0.12, 0.45],
    ['IDENTITY CARD NO.', 0.66, 0.2, 0.2],
    ['S8688026A', 0.66, 0.26, 0.2],
    ['Name', 0.33, 0.36, 0.06],
  ]);
  assert.ok(myKadTemplate.recognise(hk).front < 0.75);
  assert.ok(myKadTemplate.recognise(nric).front < 0.75);
  assert.ok(hkidTemplate.recognise(front).front < 0.75, 'and a MyKad is not an HKID');
});

test('reads every field: name, address lines joined by single spaces, sex, type, birthday from the number', () => {
  const read = myKadTemplate.read({ front, back }, { today });
  assert.deepEqual(read.fields, {
    Name: 'TAN AH KOW',
    ID: '890909-36-0301',
    Sex: 'LELAKI',
    Address: 'NO 12 JALAN P8/10 TAMAN MELAWATI 53100 KUALA LUMPUR W.PERSEKUTUAN(KL)',
    Type: 'MyKad',
    Birthday: '1989-09-09',
  });
  assert.equal(read.extra.BackID, '890909-36-0301-01');
  assert.equal(read.regions.ID?.side, 'front');
  assert.ok((read.regions.Address?.box.height ?? 0) > 0.2, 'the address region spans its lines');
});

test('a name wrapped after BINTI keeps its second line; the address starts at the house number', () => {
  const wrapped = cardSide('front', [
    ['KAD PENGENALAN', 0.11, 0.075, 0.24],
    ['MALAYSIA', 0.09, 0.148, 0.27],
    ['831003-14-5020', 0.05, 0.275, 0.32],
    ['NUR AISYAH HUMAIRA BINTI', 0.045, 0.6, 0.4],
    ['MOHD SALLEHUDDIN', 0.045, 0.65, 0.3],
    ['LOT 5 KAMPUNG BARU', 0.045, 0.714, 0.3],
    ['06000 JITRA', 0.045, 0.77, 0.2],
    ['KEDAH', 0.045, 0.83, 0.1],
    ['WARGANEGARA', 0.66, 0.8, 0.21],
    ['ISLAM', 0.66, 0.88, 0.09],
    ['PEREMPUAN', 0.78, 0.88, 0.17],
  ]);
  const read = myKadTemplate.read({ front: wrapped, back: null }, { today });
  assert.equal(read.fields.Name, 'NUR AISYAH HUMAIRA BINTI MOHD SALLEHUDDIN');
  assert.equal(read.fields.Address, 'LOT 5 KAMPUNG BARU 06000 JITRA KEDAH');
  assert.equal(read.fields.Sex, 'PEREMPUAN');
  assert.equal(read.fields.Birthday, '1983-10-03');
});

test('BINTI read without its final I is restored, on one line or wrapped after it', () => {
  const lines = (name: Array<[string, number, number, number]>) =>
    cardSide('front', [['KAD PENGENALAN', 0.11, 0.075, 0.24], ['MALAYSIA', 0.09, 0.148, 0.27], ['831003-14-5020', 0.05, 0.275, 0.32], ...name, ['NO 12 JALAN P8/10', 0.045, 0.714, 0.38], ['62250 PUTRAJAYA', 0.045, 0.77, 0.3], ['PEREMPUAN', 0.78, 0.88, 0.17]]);
  const one = myKadTemplate.read({ front: lines([['MARNSAH BINT OMAR', 0.045, 0.65, 0.3]]), back: null }, { today });
  assert.equal(one.fields.Name, 'MARNSAH BINTI OMAR');
  const wrapped = myKadTemplate.read({ front: lines([['NUR AISYAH BINT', 0.045, 0.6, 0.3], ['MOHD SALLEH', 0.045, 0.65, 0.25]]), back: null }, { today });
  assert.equal(wrapped.fields.Name, 'NUR AISYAH BINTI MOHD SALLEH');
  assert.equal(wrapped.fields.Address, 'NO 12 JALAN P8/10 62250 PUTRAJAYA');
});

test('A/L and A/P read without their slash are restored when the number gives that sex, not in a name of Arab descent', () => {
  const card = (number: string, name: string) =>
    myKadTemplate.read({ front: cardSide('front', [['KAD PENGENALAN', 0.11, 0.075, 0.24], ['MALAYSIA', 0.09, 0.148, 0.27], [number, 0.05, 0.275, 0.32], [name, 0.045, 0.65, 0.4], ['NO 12 JALAN P8/10', 0.045, 0.714, 0.38], ['62250 PUTRAJAYA', 0.045, 0.77, 0.3]]), back: null }, { today }).fields.Name;
  // Last digit odd: a man; even: a woman.
  assert.equal(card('850412-10-5273', 'GANESAN AL SUBRAMANIAM'), 'GANESAN A/L SUBRAMANIAM');
  assert.equal(card('850412-10-5274', 'KAVITHA AP RAMASAMY'), 'KAVITHA A/P RAMASAMY');
  // The other sex's link is left as read; so is the article in an Arab-descended name.
  assert.equal(card('850412-10-5274', 'KAVITHA AL RAMASAMY'), 'KAVITHA AL RAMASAMY');
  assert.equal(card('850412-10-5273', 'SYED AHMAD AL JUNIED'), 'SYED AHMAD AL JUNIED');
});

test('a photo of both sides side by side: the block is found under the front number, not the back one', () => {
  const both = cardSide('front', [
    ['KADPENGENALAN', 0.55, 0.17, 0.16],
    ['MALAYSIA', 0.54, 0.2, 0.16],
    ['831003-14-5020', 0.51, 0.25, 0.13],
    ['KETUA PENGARAH', 0.15, 0.45, 0.1],
    ['MARNISAH BINTI OMAR', 0.47, 0.46, 0.15],
    ['831003-14-5020-01', 0.07, 0.5, 0.18],
    ['MEPS', 0.3, 0.53, 0.05],
    ['NO 12 JALAN P8/10', 0.47, 0.52, 0.12],
    ['62250 PUTRAJAYA', 0.47, 0.57, 0.12],
    ['WARGANEGARA', 0.73, 0.67, 0.12],
    ['PEREMPUAN', 0.77, 0.72, 0.11],
  ]);
  const read = myKadTemplate.read({ front: both, back: null }, { today });
  assert.equal(read.fields.ID, '831003-14-5020');
  assert.equal(read.fields.Name, 'MARNISAH BINTI OMAR');
  assert.equal(read.fields.Address, 'NO 12 JALAN P8/10 62250 PUTRAJAYA');
});

test('Type comes from the card mark, else from the residence wording', () => {
  const myPr = cardSide('front', [
    ['KAD PENGENALAN', 0.11, 0.075, 0.24],
    ['MyPR', 0.59, 0.1, 0.12],
    ['750101-10-5123', 0.05, 0.275, 0.32],
  ]);
  assert.equal(myKadTemplate.read({ front: myPr, back: null }, { today }).fields.Type, 'MyPR');
  const kas = cardSide('front', [
    ['KAD PENGENALAN', 0.11, 0.075, 0.24],
    ['750101-10-5123', 0.05, 0.275, 0.32],
    ['PEMASTAUTIN SEMENTARA', 0.6, 0.8, 0.3],
  ]);
  assert.equal(myKadTemplate.read({ front: kas, back: null }, { today }).fields.Type, 'MyKAS');
});

test('a valid card passes every rule', () => {
  const rules = myKadTemplate.validate(myKadTemplate.read({ front, back }, { today }), { today });
  for (const id of ['mykad.birthDate', 'mykad.placeCode', 'mykad.sex', 'mykad.backNumber']) assert.equal(rule(rules, id).status, 'pass', id);
});

function withNumber(number: string, sex = 'LELAKI') {
  return cardSide('front', [
    ['KAD PENGENALAN', 0.11, 0.075, 0.24],
    [number, 0.05, 0.275, 0.32],
    ['TAN AH KOW', 0.045, 0.65, 0.3],
    [sex, 0.8, 0.879, 0.12],
  ]);
}

test('an unallotted place code, an impossible date and a sex digit against the printed sex are warned', () => {
  const place = myKadTemplate.validate(myKadTemplate.read({ front: withNumber('890909-00-0301'), back: null }, { today }), { today });
  assert.equal(rule(place, 'mykad.placeCode').status, 'warn');
  assert.equal(rule(place, 'mykad.placeCode').warn, 'InformationVerificationFailed');
  const date = myKadTemplate.validate(myKadTemplate.read({ front: withNumber('891339-10-0301'), back: null }, { today }), { today });
  assert.equal(rule(date, 'mykad.birthDate').status, 'warn');
  // 0302 ends even: a woman's number on a card printed LELAKI.
  const sex = myKadTemplate.validate(myKadTemplate.read({ front: withNumber('890909-10-0302'), back: null }, { today }), { today });
  assert.equal(rule(sex, 'mykad.sex').status, 'warn');
  const ok = myKadTemplate.validate(myKadTemplate.read({ front: withNumber('890909-10-0302', 'PEREMPUAN'), back: null }, { today }), { today });
  assert.equal(rule(ok, 'mykad.sex').status, 'pass');
});

test('a printed date of birth is checked against the number', () => {
  const printed = cardSide('front', [
    ['KAD PENGENALAN', 0.11, 0.075, 0.24],
    ['890909-10-0301', 0.05, 0.275, 0.32],
    ['TARIKH LAHIR 10-09-1989', 0.5, 0.6, 0.4],
  ]);
  const read = myKadTemplate.read({ front: printed, back: null }, { today });
  assert.equal(read.fields.Birthday, '1989-09-10');
  assert.equal(rule(myKadTemplate.validate(read, { today }), 'mykad.birthDate').status, 'warn');
});

test('the back number: a misread digit is InformationVerificationFailed, another card is FrontBackMismatch', () => {
  const backWith = (n: string) => cardSide('back', [['KETUA PENGARAH', 0.14, 0.355, 0.2], [n, 0.02, 0.53, 0.38]]);
  const misread = myKadTemplate.validate(myKadTemplate.read({ front, back: backWith('890909-36-0307-01') }, { today }), { today });
  assert.equal(rule(misread, 'mykad.backNumber').status, 'warn');
  assert.equal(rule(misread, 'mykad.backNumber').warn, 'InformationVerificationFailed');
  const other = myKadTemplate.validate(myKadTemplate.read({ front, back: backWith('750421-14-5566-01') }, { today }), { today });
  assert.equal(rule(other, 'mykad.backNumber').warn, 'FrontBackMismatch');
  const none = myKadTemplate.validate(myKadTemplate.read({ front, back: null }, { today }), { today });
  assert.equal(rule(none, 'mykad.backNumber').status, 'skipped');
});

test('a state misread at the end of the address gets its name back; a town or an exact state is left as read', () => {
  // A studio MyKad (seed session8-mid, #5): `SEREMBAN NEGERL SEMBILAN`.
  assert.equal(snapState('NO 173 JALAN P8/10 PRESINT 8 70714 SEREMBAN NEGERL SEMBILAN'), 'NO 173 JALAN P8/10 PRESINT 8 70714 SEREMBAN NEGERI SEMBILAN');
  assert.equal(snapState('NO 5 JALAN X 30000 IPOH PERAX'), 'NO 5 JALAN X 30000 IPOH PERAK');
  for (const address of ['NO 1 JALAN 2 50000 KUALA LUMPUR W.P. KUALA LUMPUR', 'LOT 5 KAMPUNG BARU', 'NO 5 JALAN KEDAI 43000 KAJANG SELANGOR']) assert.equal(snapState(address), address);
});
