/**
 * ThailandIDCard — the Thai smart national ID card (85.6 × 54 mm, contact chip on the left): "บัตรประจำตัวประชาชน
 * Thai National ID Card", the 13-digit number, the name in Thai then in English (Name / Last name), the birth
 * date in both calendars, religion, address in Thai, issue and expiry dates in both languages at the bottom, the
 * portrait bottom right. Back: the laser code and the issuing office.
 * Formats (D12): LicenseNumber as printed `1 2345 67890 12 3`; FirstName/LastName the English name without its
 * title; dates the English line (`12 Jan. 1987`); IssuedCountry `THA`. The Thai-script name has no seed key.
 */

import { thaiIdCheckDigit, validateThaiId } from '../../documents/checks/thai-id.js';
import { thaiAddressLines, thaiDateEn, thaiDateTh, thName } from '../data/th.js';
import { randomBirthDate, randomDate, REFERENCE_DATE, type CalendarDate } from '../dates.js';
import { guilloche } from '../draw/guilloche.js';
import { chip, ghost, seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, changeChar, fieldsOf, finish, seeded, str } from './common.js';

const INK = '#14142a';
const BLUE = '#1d3f7a';

function group(d: string): string {
  return `${d.slice(0, 1)} ${d.slice(1, 5)} ${d.slice(5, 10)} ${d.slice(10, 12)} ${d.slice(12)}`;
}

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const name = thName(rng, sex);
  const birth = randomBirthDate(rng, 18, 75);
  const first12 = `${rng.pick(['1', '1', '1', '3', '5', '8'])}${rng.digits(11)}`;
  let digits = first12 + thaiIdCheckDigit(first12);
  let brokenRule = null;
  if (invalid) {
    digits = changeChar(digits, 12);
    brokenRule = broken('thai.checkDigit', `check digit ${digits.charAt(12)} instead of ${thaiIdCheckDigit(first12)}`);
  } else if (!validateThaiId(digits).valid) {
    throw new Error(`generated an invalid Thai ID ${digits}`);
  }
  // Cards run to the holder's birthday in the eighth year after issue (Civil Registration Act, 2011 rules).
  const issued = randomDate(rng, { year: 2022, month: 1, day: 4 }, REFERENCE_DATE);
  const expiry: CalendarDate = { year: issued.year + 8, month: birth.month, day: birth.month === 2 && birth.day === 29 ? 28 : birth.day };
  return {
    structure: 'ThailandIDCard',
    nationality: 'THA',
    cardType: 'ID_CARD',
    cardSubType: 'TH_SMART_ID',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('ThailandIDCard', {
      LastName: name.lastEn,
      FirstName: name.firstEn,
      LicenseNumber: group(digits),
      DateOfBirth: thaiDateEn(birth),
      DateOfExpiry: thaiDateEn(expiry),
      DateOfIssue: thaiDateEn(issued),
      IssuedCountry: 'THA',
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: {
      nameTh: `${name.titleTh} ${name.firstTh} ${name.lastTh}`,
      titleEn: name.titleEn,
      birthTh: thaiDateTh(birth),
      issueTh: thaiDateTh(issued),
      expiryTh: thaiDateTh(expiry),
      address: thaiAddressLines(rng).join('\n'),
      laser: `${rng.letters(2)}${rng.digits(1)}-${rng.digits(7)}-${rng.digits(2)}`,
    },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function background(p: Painter, rng: Rng): void {
  p.clipToCard();
  p.gradient([[0, '#f6e4ee'], [0.5, '#e6eef8'], [1, '#eae2f3']], 10);
  guilloche(p, rng, { colors: ['#c58bb0', '#8aa6d6', '#b9a0d8'], alpha: 0.3, microtext: 'ราชอาณาจักรไทย', microtextStack: STACK.thai, rosettes: 2 });
  seal(p.ctx, p.mm(45), p.mm(29), p.mm(12), '#b58fc0', 12, 0.22);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  p.text('บัตรประจำตัวประชาชน', 4, 6.0, { size: 3.0, stack: STACK.thai, weight: 700, color: BLUE });
  p.text('Thai National ID Card', 38, 6.0, { size: 2.5, stack: STACK.sans, weight: 700, color: BLUE });
  p.text('เลขประจำตัวประชาชน', 20, 10.2, { size: 1.6, stack: STACK.thai, color: INK });
  p.text('Identification Number', 20, 12.4, { size: 1.5, stack: STACK.sans, color: INK });
  p.text(str(doc, 'LicenseNumber'), 44, 12.2, { size: 3.6, stack: STACK.sans, weight: 700, color: INK, tracking: 0.15 }, 'LicenseNumber');
  chip(p.ctx, p.mm(5), p.mm(15), p.mm(11), p.mm(9));
  p.text('ชื่อตัวและชื่อสกุล', 20, 17.3, { size: 1.6, stack: STACK.thai, color: INK });
  p.text(str(doc, 'nameTh'), 37, 17.6, { size: 3.0, stack: STACK.thai, weight: 600, color: INK, maxWidth: 46 });
  p.text('Name', 20, 21.6, { size: 1.6, stack: STACK.sans, color: INK });
  const titleWidth = p.text(`${str(doc, 'titleEn')} `, 30, 21.8, { size: 2.6, stack: STACK.sans, weight: 600, color: INK });
  p.text(str(doc, 'FirstName'), 30 + titleWidth, 21.8, { size: 2.6, stack: STACK.sans, weight: 600, color: INK }, 'FirstName');
  p.text('Last name', 20, 25.4, { size: 1.6, stack: STACK.sans, color: INK });
  p.text(str(doc, 'LastName'), 30, 25.6, { size: 2.6, stack: STACK.sans, weight: 600, color: INK }, 'LastName');
  p.text(`เกิดวันที่  ${str(doc, 'birthTh')}`, 30, 29.4, { size: 2.2, stack: STACK.thai, weight: 600, color: INK });
  p.text('Date of Birth', 20, 32.8, { size: 1.6, stack: STACK.sans, color: INK });
  p.text(str(doc, 'DateOfBirth'), 36, 32.9, { size: 2.3, stack: STACK.sans, weight: 600, color: INK }, 'DateOfBirth');
  p.text('ศาสนา  พุทธ', 20, 36.6, { size: 2.0, stack: STACK.thai, color: INK });
  str(doc, 'address')
    .split('\n')
    .forEach((line, i) => p.text(i === 0 ? `ที่อยู่  ${line}` : line, 5, 40.4 + i * 2.9, { size: 2.0, stack: STACK.thai, color: INK, maxWidth: 54 }));
  p.text(str(doc, 'issueTh'), 5, 48.4, { size: 1.9, stack: STACK.thai, weight: 600, color: INK });
  p.text(str(doc, 'DateOfIssue'), 5, 50.7, { size: 1.8, stack: STACK.sans, weight: 600, color: INK }, 'DateOfIssue');
  p.text('วันออกบัตร  Date of Issue', 5, 52.8, { size: 1.3, stack: STACK.thai, color: '#444' });
  p.text(str(doc, 'expiryTh'), 40, 48.4, { size: 1.9, stack: STACK.thai, weight: 600, color: INK });
  p.text(str(doc, 'DateOfExpiry'), 40, 50.7, { size: 1.8, stack: STACK.sans, weight: 600, color: INK }, 'DateOfExpiry');
  p.text('วันบัตรหมดอายุ  Date of Expiry', 40, 52.8, { size: 1.3, stack: STACK.thai, color: '#444' });
  const box = { x: p.mm(62), y: p.mm(27), width: p.mm(20.5), height: p.mm(24.5) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: ['#dfe8f3', '#c9d7ea'] }), box.x, box.y, box.width, box.height);
  ghost(p.ctx, drawPortrait(doc.personSeed, box.width / 2, box.height / 2, { sex: doc.sex, background: '#eee', grey: true }), p.mm(71), p.mm(15), p.mm(8), p.mm(10), 0.3);
  signature(p.ctx, 'th-registrar', p.mm(58), p.mm(19), p.mm(12), p.mm(5), '#1a1a4a');
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  p.text(str(doc, 'laser'), 6, 10, { size: 2.8, stack: STACK.sans, weight: 700, color: INK, tracking: 0.1 });
  p.text('สำนักทะเบียนอำเภอ', 6, 16, { size: 2.0, stack: STACK.thai, color: INK });
  p.text('เจ้าพนักงานออกบัตร', 6, 19.5, { size: 1.8, stack: STACK.thai, color: '#444' });
  p.text('กรมการปกครอง กระทรวงมหาดไทย', 80, 48, { size: 2.0, stack: STACK.thai, weight: 600, color: BLUE, align: 'right' });
  return finish(p, 'back', null);
}

export const thIdCard: Layout = {
  structure: 'ThailandIDCard',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'LastName', fields: ['LastName'], crossChecked: false }],
  tamperValue(rng, doc) {
    return thName(rng, doc.sex).lastEn;
  },
};
