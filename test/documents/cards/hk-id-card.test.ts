import assert from 'node:assert/strict';
import test from 'node:test';
import { hkidTemplate } from '../../../src/documents/cards/hk-id-card/hkid-template.js';
import { cardSide, type LineSpec } from './card-lines.js';

const TODAY = { today: '2026-12-02' };

/** The 2018 smart HKID front as the OCR reads it (lines and positions after the Immigration Department specimen). */
const specimen: LineSpec[] = [
  ['香港永久性居民身份證', 0.3, 0.05, 0.4],
  ['HONG KONG PERMANENT IDENTITY CARD', 0.25, 0.11, 0.5, 0.03],
  ['李智能', 0.05, 0.2, 0.15, 0.07],
  ['LEE, Chi Nan', 0.05, 0.3, 0.25],
  ['2621 2535 5174', 0.05, 0.38, 0.25],
  ['出生日期 Date of Birth', 0.05, 0.47, 0.2, 0.03],
  ['01-01-1968', 0.05, 0.51, 0.2],
  ['女 F', 0.4, 0.51, 0.06],
  ['***AZ', 0.05, 0.59, 0.1],
  ['簽發日期 Date of Issue', 0.05, 0.68, 0.2, 0.03],
  ['(01-79)', 0.05, 0.73, 0.12],
  ['15-09-03', 0.05, 0.81, 0.15],
  ['C668668(E)', 0.68, 0.85, 0.25, 0.06],
];

test('the front is recognised by its title, the back by its notice; other cards are not', () => {
  assert.ok(hkidTemplate.recognise(cardSide('front', specimen)).front >= 0.9);
  const back = cardSide('back', [['This card does not by itself confer on the holder a right to', 0.05, 0.2, 0.8]]);
  assert.ok(hkidTemplate.recognise(back).back >= 0.9);
  assert.ok(hkidTemplate.recognise(cardSide('front', [['REPUBLIC OF SINGAPORE', 0.1, 0.1], ['IDENTITY CARD NO.', 0.5, 0.2], ['S8059556E', 0.5, 0.25]])).front < 0.75);
});

test('every field is read in the formats of docs/documents.md, a misprinted check character as printed', () => {
  const read = hkidTemplate.read({ front: cardSide('front', specimen), back: null }, TODAY);
  assert.deepEqual(read.fields, {
    CnName: '李智能',
    EnName: 'LEE, Chi Nan',
    TelexCode: '2621 2535 5174',
    Sex: '女F',
    Birthday: '01-01-1968',
    Permanent: '1',
    IdNum: 'C668668(E)',
    Symbol: '***AZ',
    FirstIssueDate: '01-79',
    CurrentIssueDate: '15-09-03',
  });
  assert.equal(read.regions.IdNum?.side, 'front');
  // The specimen's `E` is no check character: the rule says so.
  const rules = hkidTemplate.validate(read, TODAY);
  assert.equal(rules.find((r) => r.id === 'hkid.checkDigit')?.status, 'warn');
  assert.equal(rules.find((r) => r.id === 'hkid.telexCode')?.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'hkid.symbolPermanence')?.status, 'pass');
});

test('a character the OCR dictionary lacks is taken from the telex code under the name', () => {
  // 方寶穎 = 2455 1405 4481; PP-OCR's dictionary has no 穎 and reads only 方寶.
  const lines = specimen.map((line): LineSpec => (line[0] === '李智能' ? ['方寶', line[1], line[2], line[3]] : line[0] === '2621 2535 5174' ? ['2455 14054481', line[1], line[2], line[3]] : line));
  const read = hkidTemplate.read({ front: cardSide('front', lines), back: null }, TODAY);
  assert.equal(read.fields.CnName, '方寶穎');
  assert.equal(read.fields.TelexCode, '2455 1405 4481');
  assert.equal(read.extra.CnNameAsRead, '方寶');
  assert.equal(hkidTemplate.validate(read, TODAY).find((r) => r.id === 'hkid.telexCode')?.status, 'pass');
});

test('OCR noise: run-together given names, O for 0 in the number, a non-permanent title', () => {
  const noisy = specimen.map((line): LineSpec => {
    if (line[0] === 'LEE, Chi Nan') return ['LEE,ChiNan', line[1], line[2], line[3]];
    if (line[0] === 'C668668(E)') return ['A123456(3)', line[1], line[2], line[3]];
    if (line[0] === 'HONG KONG PERMANENT IDENTITY CARD') return ['HONG KONG IDENTITY CARD', line[1], line[2], line[3]];
    if (line[0] === '香港永久性居民身份證') return ['香港身份證', line[1], line[2], line[3]];
    if (line[0] === '***AZ') return ['***CZ', line[1], line[2], line[3]];
    return line;
  });
  const read = hkidTemplate.read({ front: cardSide('front', noisy), back: null }, TODAY);
  assert.equal(read.fields.EnName, 'LEE, Chi Nan');
  assert.equal(read.fields.IdNum, 'A123456(3)');
  assert.equal(read.fields.Permanent, '0');
  const rules = hkidTemplate.validate(read, TODAY);
  assert.equal(rules.find((r) => r.id === 'hkid.checkDigit')?.status, 'pass');
  assert.equal(rules.find((r) => r.id === 'hkid.symbolPermanence')?.status, 'pass');
});

test('a permanent title over a limited-stay symbol, and a telex code of another name, are reported', () => {
  // 2455 1405 4481 is 方寶穎, not the printed 李智能: an edited name.
  const lines = specimen.map((line): LineSpec => (line[0] === '***AZ' ? ['***CZ', line[1], line[2], line[3]] : line[0] === '2621 2535 5174' ? ['2455 1405 4481', line[1], line[2], line[3]] : line));
  const rules = hkidTemplate.validate(hkidTemplate.read({ front: cardSide('front', lines), back: null }, TODAY), TODAY);
  assert.equal(rules.find((r) => r.id === 'hkid.symbolPermanence')?.status, 'warn');
  assert.equal(rules.find((r) => r.id === 'hkid.telexCode')?.status, 'warn');
});

test('a blurred front whose title and captions were lost is recognised by its number when the check digit holds', () => {
  // As read from a studio photo under camera shake: the title came back as `BEK#S理`, no caption was read.
  const blurred: LineSpec[] = [
    ['BEK#S理', 0.4, 0.06, 0.27, 0.08],
    ['廖天玉', 0.05, 0.21, 0.16, 0.1],
    ['LWLTeM', 0.05, 0.32, 0.2, 0.07],
    ['1675 11913768', 0.05, 0.41, 0.28, 0.06],
    ['01-08-1951', 0.05, 0.57, 0.2, 0.07],
    ['28-05-24', 0.05, 0.88, 0.19, 0.08],
    ['V388605(0)', 0.72, 0.88, 0.24, 0.08],
  ];
  assert.ok(hkidTemplate.recognise(cardSide('front', blurred)).front >= 0.75);
  // The same number with a wrong check digit proves nothing.
  const wrong = blurred.map((l): LineSpec => (l[0] === 'V388605(0)' ? ['V388605(3)', l[1], l[2], l[3], l[4]] : l));
  assert.ok(hkidTemplate.recognise(cardSide('front', wrong)).front < 0.75);
});

test('either half of the printed sex pair read alone gives the pair: `女` without its `F`, `M` without its `男`', () => {
  const only = (text: string) => cardSide('front', specimen.map((spec): LineSpec => (spec[0] === '女 F' ? [text, spec[1], spec[2], spec[3], spec[4]] : spec)));
  assert.equal(hkidTemplate.read({ front: only('女'), back: null }, TODAY).fields.Sex, '女F');
  assert.equal(hkidTemplate.read({ front: only('男'), back: null }, TODAY).fields.Sex, '男M');
  assert.equal(hkidTemplate.read({ front: only('M'), back: null }, TODAY).fields.Sex, '男M');
  // A Chinese name is no sex glyph.
  assert.equal(hkidTemplate.read({ front: only('女兒'), back: null }, TODAY).fields.Sex, '');
});
