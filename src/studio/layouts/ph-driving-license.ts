/**
 * PhilippinesDrivingLicense — the LTO driver's licence on PVC (2017 design, 85.6 × 54 mm): Department of
 * Transportation / Land Transportation Office header, portrait left, "Last Name, First Name, Middle Name" on one
 * line, nationality, sex, birth date, weight, height, address, licence number, expiry, agency code, blood type,
 * eye colour, restrictions, conditions, signature. Back: restriction and condition codes, emergency contact and a
 * PDF417 of the licence data (a real, decodable symbol).
 * Formats (D12): dates `YYYY/MM/DD` as printed; Name `LAST, FIRST MIDDLE`; Sex `M`/`F`; Nationality `PHL`.
 */

import { validatePhDriverLicence } from '../../documents/checks/philippines.js';
import { phAddress, phName } from '../data/ph.js';
import { addYears, randomBirthDate, randomDate, REFERENCE_DATE, ymd, type CalendarDate } from '../dates.js';
import { drawMatrixCode } from '../draw/barcode.js';
import { signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { phBackground, phHeader } from './ph-style.js';

const THEME = { top: '#eef5fb', bottom: '#dfeaf6', lines: ['#6f95c8', '#9cb8de', '#c9a25a'], accent: '#2a5ca8' };
const INK = '#141414';
const OFFICES = ['N01', 'N25', 'N32', 'A01', 'C07', 'D04', 'E12', 'F03', 'G10', 'H05', 'K01'];

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.65) ? 'M' : 'F';
  const name = phName(rng, sex);
  const birth = randomBirthDate(rng, 18, 70);
  const office = rng.pick(OFFICES);
  let licence = `${office}-${String(rng.int(0, 25)).padStart(2, '0')}-${rng.digits(6)}`;
  let brokenRule = null;
  if (invalid) {
    licence = `${office}-${rng.digits(2)}-${rng.digits(5)}`;
    brokenRule = broken('ph.driverLicence.format', 'licence number with five final digits instead of six');
  } else if (!validatePhDriverLicence(licence).valid) {
    throw new Error(`generated an invalid licence number ${licence}`);
  }
  // Since 2021 licences run ten years (RA 10930) and expire on the holder's birthday.
  const issued = randomDate(rng, { year: 2021, month: 1, day: 4 }, REFERENCE_DATE);
  const expiry: CalendarDate = { year: issued.year + 10, month: birth.month, day: birth.month === 2 && birth.day === 29 ? 28 : birth.day };
  const address = phAddress(rng).line;
  return {
    structure: 'PhilippinesDrivingLicense',
    nationality: 'PHL',
    cardType: 'DRIVING_LICENSE',
    cardSubType: 'PH_LTO_DL',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('PhilippinesDrivingLicense', {
      Name: `${name.last}, ${name.first} ${name.middle}`,
      LastName: name.last,
      FirstName: name.first,
      MiddleName: name.middle,
      Nationality: 'PHL',
      Sex: sex,
      Address: address,
      LicenseNo: licence,
      ExpiresDate: ymd(expiry),
      AgencyCode: rng.chance(0.7) ? office : rng.pick(OFFICES),
      Birthday: ymd(birth),
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: {
      weight: String(rng.int(45, 95)),
      height: (rng.int(150, 185) / 100).toFixed(2),
      blood: rng.pick(['O+', 'A+', 'B+', 'AB+', 'O-']),
      eyes: rng.pick(['BLACK', 'BROWN', 'DARK BROWN']),
      restrictions: rng.pick(['1,2', 'A,A1,B', 'B,B1', '1']),
      issued: ymd(addYears(issued, 0)),
    },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function field(p: Painter, label: string, value: string, x: number, y: number, size: number, key?: string, maxWidth = 50): void {
  p.text(label, x, y, { size: 1.35, stack: STACK.sans, weight: 500, color: '#3a4a66' });
  p.text(value, x, y + 2.55, { size, stack: STACK.sans, weight: 700, color: INK, maxWidth }, key);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'LTOPHILIPPINES');
  phHeader(p, ['DEPARTMENT OF TRANSPORTATION', 'LAND TRANSPORTATION OFFICE', "DRIVER'S LICENSE"], '#173f8a', '#1f4e9a');
  const box = { x: p.mm(4), y: p.mm(15.5), width: p.mm(20), height: p.mm(24) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#e9eef5' }), box.x, box.y, box.width, box.height);
  signature(p.ctx, doc.personSeed, p.mm(4), p.mm(41), p.mm(20), p.mm(6));
  p.text('Signature of Licensee', 14, 50, { size: 1.3, stack: STACK.sans, color: '#555', align: 'center' });
  field(p, 'Last Name, First Name, Middle Name', str(doc, 'Name'), 27, 18.2, 2.4, 'Name', 55);
  field(p, 'Nationality', str(doc, 'Nationality'), 27, 23.6, 2.1, 'Nationality', 12);
  field(p, 'Sex', str(doc, 'Sex'), 41, 23.6, 2.1, 'Sex', 5);
  field(p, 'Date of Birth', str(doc, 'Birthday'), 48, 23.6, 2.1, 'Birthday', 15);
  field(p, 'Weight (kg)', str(doc, 'weight'), 65, 23.6, 2.1, undefined, 8);
  field(p, 'Height (m)', str(doc, 'height'), 75, 23.6, 2.1, undefined, 8);
  field(p, 'Address', str(doc, 'Address'), 27, 29.0, 1.9, 'Address', 55);
  field(p, 'License No.', str(doc, 'LicenseNo'), 27, 34.4, 2.4, 'LicenseNo', 20);
  field(p, 'Expiration Date', str(doc, 'ExpiresDate'), 50, 34.4, 2.4, 'ExpiresDate', 16);
  field(p, 'Agency Code', str(doc, 'AgencyCode'), 70, 34.4, 2.4, 'AgencyCode', 10);
  field(p, 'Blood Type', str(doc, 'blood'), 27, 39.8, 2.0);
  field(p, 'Eyes Color', str(doc, 'eyes'), 40, 39.8, 2.0);
  field(p, 'Restrictions', str(doc, 'restrictions'), 56, 39.8, 2.0);
  field(p, 'Conditions', 'NONE', 70, 39.8, 2.0);
  signature(p.ctx, 'lto-assistant-secretary', p.mm(52), p.mm(44.5), p.mm(18), p.mm(5), '#222');
  p.text('Assistant Secretary', 61, 51.5, { size: 1.4, stack: STACK.sans, weight: 600, color: '#333', align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'LTOPHILIPPINES');
  p.text('RESTRICTION CODES', 5, 6.5, { size: 1.9, stack: STACK.sans, weight: 800, color: '#173f8a' });
  const codes = ['A  MOTORCYCLE', 'A1 TRICYCLE', 'B  UP TO 5000 KGS GVW / 8 SEATS', 'B1 UP TO 5000 KGS GVW / 9 OR MORE SEATS', 'B2 GOODS ≤ 3500 KGS GVW', 'C  GOODS > 3500 KGS GVW', 'D  BUS > 5000 KGS GVW / 9 OR MORE SEATS'];
  codes.forEach((c, i) => p.text(c, 5, 9.6 + i * 2.5, { size: 1.55, stack: STACK.sans, color: INK }));
  p.text('CONDITIONS', 5, 29.5, { size: 1.9, stack: STACK.sans, weight: 800, color: '#173f8a' });
  p.text('A/1 WEAR CORRECTIVE LENSES   B/2 DRIVE ONLY W/ SPECIAL EQPT.', 5, 32.3, { size: 1.45, stack: STACK.sans, color: INK, maxWidth: 48 });
  p.text('IN CASE OF EMERGENCY, NOTIFY:', 5, 38, { size: 1.6, stack: STACK.sans, weight: 700, color: INK });
  p.text(`${str(doc, 'MiddleName')} ${str(doc, 'LastName')}`, 5, 41, { size: 1.8, stack: STACK.sans, color: INK, maxWidth: 46 });
  p.text(str(doc, 'Address'), 5, 43.8, { size: 1.5, stack: STACK.sans, color: INK, maxWidth: 46 });
  const data = [str(doc, 'LicenseNo'), str(doc, 'LastName'), str(doc, 'FirstName'), str(doc, 'MiddleName'), str(doc, 'Birthday'), str(doc, 'ExpiresDate')].join('|');
  drawMatrixCode(p.ctx, 'pdf417', data, p.mm(54), p.mm(8), p.mm(28), p.mm(16));
  p.text(`DL CODES: ${str(doc, 'restrictions')}`, 55, 30, { size: 1.7, stack: STACK.sans, weight: 700, color: INK });
  return finish(p, 'back', null);
}

export const phDrivingLicense: Layout = {
  structure: 'PhilippinesDrivingLicense',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'Address', fields: ['Address'], crossChecked: false }],
  tamperValue(rng) {
    return phAddress(rng).line;
  },
};
