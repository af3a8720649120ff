/**
 * HKIDCard — the Hong Kong smart identity card of the 2018 generation (85.6 × 54 mm, contactless chip, so no
 * contact pads). Front: bilingual title, Chinese name, English name, Chinese Commercial Code, date of birth with
 * sex, symbols, first-registration and current issue dates, card number with check digit, portrait on the right
 * and a small ghost portrait. Back: statement text and the card's serial; no personal data.
 * Printed formats (D12): dates DD-MM-YYYY (birth), DD-MM-YY (issue), first registration MM-YY without its
 * parentheses; sex as the Chinese character plus letter (`女F`, the spec's metadata example).
 */

import { hkidCheckDigit } from '../../documents/checks/hkid.js';
import { hkName } from '../data/hk.js';
import { addYears, dmy, dmyShort, randomBirthDate, randomDate, REFERENCE_DATE } from '../dates.js';
import { guilloche } from '../draw/guilloche.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { ghost, hologram } from '../draw/ornaments.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide, Side } from '../types.js';
import { broken, changeChar, fieldsOf, finish, petals, seeded, str } from './common.js';

const INK = '#1d1d2b';
const TITLE = '#4b3a78';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const name = hkName(rng, sex);
  const birth = randomBirthDate(rng, 18, 80);
  const permanent = rng.chance(0.85);
  const prefix = rng.chance(0.9) ? rng.pick(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'K', 'M', 'P', 'R', 'V', 'Y', 'Z']) : rng.pick(['XA', 'WX', 'XB']);
  const digits = rng.digits(6);
  let check = hkidCheckDigit(prefix, digits);
  let brokenRule = null;
  if (invalid) {
    check = changeChar(check, 0, '0123456789A');
    brokenRule = broken('hkid.checkDigit', `check character ${check} instead of ${hkidCheckDigit(prefix, digits)}`);
  }
  const idNum = `${prefix}${digits}(${check})`;
  const firstReg = randomDate(rng, addYears(birth, 11), addYears(birth, 18));
  const current = randomDate(rng, { year: 2018, month: 12, day: 27 }, REFERENCE_DATE);
  const birthplace = permanent ? rng.weighted([['Z', 6], ['X', 2], ['O', 1], ['W', 0.5]]) : rng.pick(['X', 'O', 'W']);
  const symbol = `***${permanent ? 'A' : rng.pick(['C', 'R', 'U'])}${birthplace}`;
  const sexText = sex === 'F' ? '女F' : '男M';
  const firstIssue = `${String(firstReg.month).padStart(2, '0')}-${String(firstReg.year % 100).padStart(2, '0')}`;
  return {
    structure: 'HKIDCard',
    nationality: 'HKG',
    cardType: 'ID_CARD',
    cardSubType: 'HKID_2018',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('HKIDCard', {
      CnName: name.cn,
      EnName: name.en,
      TelexCode: name.telex,
      Sex: sexText,
      Birthday: dmy(birth),
      Permanent: permanent ? '1' : '0',
      IdNum: idNum,
      Symbol: symbol,
      FirstIssueDate: firstIssue,
      CurrentIssueDate: dmyShort(current),
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: { serial: `${rng.letters(1)}${rng.digits(8)}` },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function background(p: Painter, rng: Rng, side: Side): void {
  p.clipToCard();
  p.gradient([[0, '#f4eef6'], [0.45, '#eaf2f1'], [1, '#f6ecef']], 25);
  guilloche(p, rng.fork(`bg-${side}`), { colors: ['#9b8cc4', '#7fb3b0', '#d29bb0'], alpha: 0.28, microtext: 'HONGKONGSAR', rosettes: 2 });
  petals(p, 38, 30, 13, 5, '#b7a6d6', 0.12);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng, 'front');
  const permanent = doc.fields.Permanent === '1';
  p.text(permanent ? '香港永久性居民身份證' : '香港居民身份證', 46, 6.6, { size: 3.1, stack: STACK.hk, weight: 600, color: TITLE, align: 'center', tracking: 0.25 });
  p.text(permanent ? 'HONG KONG PERMANENT IDENTITY CARD' : 'HONG KONG IDENTITY CARD', 46, 9.9, { size: 2.0, stack: STACK.serif, weight: 600, color: TITLE, align: 'center', tracking: 0.1 });
  p.text(str(doc, 'CnName'), 4.5, 15.6, { size: 4.0, stack: STACK.hk, weight: 500, color: INK, tracking: 0.5 }, 'CnName');
  p.text(str(doc, 'EnName'), 4.5, 20.4, { size: 2.9, stack: STACK.sans, weight: 500, color: INK, maxWidth: 50 }, 'EnName');
  p.text(str(doc, 'TelexCode'), 4.5, 25.0, { size: 2.9, stack: STACK.sans, weight: 500, color: INK, tracking: 0.15 }, 'TelexCode');
  p.label('出生日期 Date of Birth', 4.5, 29.2, 1.6, STACK.hk, '#3d3d52');
  p.text(str(doc, 'Birthday'), 4.5, 33.3, { size: 3.1, stack: STACK.sans, weight: 500, color: INK, tracking: 0.1 }, 'Birthday');
  const sex = str(doc, 'Sex');
  p.text(`${sex.charAt(0)} ${sex.charAt(1)}`, 42, 33.3, { size: 3.0, stack: STACK.hk, weight: 500, color: INK }, 'Sex');
  p.text(str(doc, 'Symbol'), 4.5, 37.8, { size: 2.9, stack: STACK.sans, weight: 500, color: INK, tracking: 0.1 }, 'Symbol');
  p.label('簽發日期 Date of Issue', 4.5, 41.6, 1.6, STACK.hk, '#3d3d52');
  p.text(`(${str(doc, 'FirstIssueDate')})`, 4.5, 45.6, { size: 2.8, stack: STACK.sans, weight: 500, color: INK }, 'FirstIssueDate');
  p.text(str(doc, 'CurrentIssueDate'), 4.5, 50.6, { size: 3.4, stack: STACK.sans, weight: 500, color: INK, tracking: 0.2 }, 'CurrentIssueDate');
  p.text(str(doc, 'IdNum'), 81.5, 50.6, { size: 3.6, stack: STACK.sans, weight: 500, color: INK, align: 'right', tracking: 0.1 }, 'IdNum');

  const box = { x: p.mm(58.5), y: p.mm(13.2), width: p.mm(23), height: p.mm(29.5) };
  const portrait = drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: ['#e9eef2', '#d4dde6'] });
  p.ctx.drawImage(portrait, box.x, box.y, box.width, box.height);
  const ghostPortrait = drawPortrait(doc.personSeed, box.width * 0.45, box.height * 0.45, { sex: doc.sex, background: '#f3f0f5', grey: true });
  ghost(p.ctx, ghostPortrait, p.mm(44), p.mm(36.5), box.width * 0.4, box.height * 0.4, 0.3);
  hologram(p.ctx, p.mm(50), p.mm(22), p.mm(4.5));
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng, 'back');
  const lines = [
    '此證持有人如非香港永久性居民，本證並不表示持有人有權在香港居留。',
    'This card does not by itself confer on the holder a right to',
    'remain in Hong Kong unless the holder is a permanent resident.',
    '如拾獲此證，請交回入境事務處或投入郵箱。',
    'If found, please return to the Immigration Department or drop into a post box.',
  ];
  lines.forEach((line, i) => p.text(line, 5, 12 + i * 3.6, { size: 1.9, stack: STACK.hk, color: '#3b3b4f', maxWidth: 76 }));
  p.text('香港特別行政區政府 入境事務處處長', 5, 36, { size: 2.0, stack: STACK.hk, color: TITLE });
  p.text('Director of Immigration, HKSAR', 5, 39.5, { size: 2.0, stack: STACK.serif, color: TITLE });
  p.text(str(doc, 'serial'), 80.5, 50, { size: 2.4, stack: STACK.sans, color: '#3b3b4f', align: 'right', tracking: 0.3 });
  return finish(p, 'back', null);
}

export const hkIdCard: Layout = {
  structure: 'HKIDCard',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'EnName', fields: ['EnName'], crossChecked: false }],
  tamperValue(rng, doc) {
    return hkName(rng, doc.sex).en;
  },
};
