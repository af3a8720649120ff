/**
 * PhilippinesDrivingLicense — the LTO driver's licence on plastic (2017 design, DL codes since 2021; 85.6 × 54 mm).
 * Front: the flag in the upper-left and the LTO seal in the upper-right corner (LTO memo on authenticating the
 * 5-year licence), "Republic of the Philippines / Department of Transportation / Land Transportation Office" over
 * "NON-PROFESSIONAL" or "PROFESSIONAL DRIVER'S LICENSE", a bluish card with the sun's rays in the lower-right
 * corner, the portrait on the left under a holographic LTO seal, the licensee's signature below it, then the
 * labelled rows "Last Name, First Name, Middle Name", "Nationality · Sex · Date of Birth · Weight (kg) ·
 * Height(m)", "Address", "License No. · Expiration Date · Agency Code" (the expiry embossed, dates yyyy/mm/dd),
 * "Blood Type · Eyes Color · DL Codes · Conditions" and the Assistant Secretary's signature. Back: the DL-code
 * legend with its vehicle categories (the holder's codes marked), the condition codes 1–5, the emergency contact,
 * organ donation, the 9-digit card serial number and a PDF417 (the "2D barcode" of the 2017 cards; a real,
 * decodable symbol of the licence data).
 * Formats (D12): dates `YYYY/MM/DD` as printed; Name `LAST, FIRST MIDDLE`; Sex `M`/`F`; Nationality `PHL`.
 */

import { validatePhDriverLicence } from '../../documents/checks/philippines.js';
import { phAddress, phName } from '../data/ph.js';
import { randomBirthDate, randomDate, REFERENCE_DATE, ymd, type CalendarDate } from '../dates.js';
import { drawFlag } from '../draw/flags.js';
import { hologram, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { agencySeal, embossed, labelled, pdf417, phBackground, sun, tick } from './ph-style.js';

const THEME = { top: '#e4eef9', bottom: '#cfe0f2', lines: ['#5f88c0', '#8fb0da', '#b9a36a'], microtext: 'LANDTRANSPORTATIONOFFICE' };
const BLUE = '#163f86';
const INK = '#141414';
const OFFICES = ['N01', 'N25', 'N32', 'A01', 'C07', 'D04', 'E12', 'F03', 'G10', 'H05', 'K01'];
/** DL codes and their vehicle categories (LTO, July 2021). */
const DL_CODES: [string, string, string][] = [
  ['A', 'L1, L2, L3', 'MOTORCYCLE'],
  ['A1', 'L4, L5, L6, L7', 'TRICYCLE'],
  ['B', 'M1', 'UP TO 5000 KGS GVW / 8 SEATS'],
  ['B1', 'M2', 'UP TO 5000 KGS GVW / 9 OR MORE SEATS'],
  ['B2', 'N1', 'GOODS ≤ 3500 KGS GVW'],
  ['C', 'N2, N3', 'GOODS > 3500 KGS GVW'],
  ['D', 'M3', 'BUS > 5000 KGS GVW / 9 OR MORE SEATS'],
  ['BE', 'O1, O2', 'TRAILERS ≤ 3500 KGS'],
  ['CE', 'O3, O4', 'ARTICULATED > 3500 KGS'],
];
const CONDITIONS = ['1. WEAR CORRECTIVE LENSES', '2. DRIVE ONLY W/ SPECIAL EQUIPMENT FOR UPPER/LOWER LIMBS', '3. CUSTOMIZED VEHICLE ONLY', '4. DAYLIGHT DRIVING ONLY', '5. SHOULD ALWAYS BE ACCOMPANIED BY A PERSON WITHOUT HEARING IMPAIRMENT'];

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
  const agency = rng.chance(0.7) ? office : rng.pick(OFFICES);
  const professional = rng.chance(0.3);
  const contact = phName(rng, sex === 'M' ? 'F' : 'M');
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
      AgencyCode: agency,
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
      kind: professional ? 'PROFESSIONAL' : 'NON-PROFESSIONAL',
      codes: professional ? rng.pick(['A,B,B1,B2,C', 'B,B1,B2,C,D', 'A,A1,B,B1,B2', 'B,B1,B2,C,CE']) : rng.pick(['A', 'B', 'A,B', 'A,A1,B', 'B,B1', 'A,B,B1,B2']),
      conditions: rng.chance(0.8) ? 'NONE' : '1',
      contact: `${contact.first} ${name.last}`,
      phone: `09${rng.digits(9)}`,
      donor: rng.chance(0.2) ? 'YES' : 'NO',
      serial: rng.digits(9),
    },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  // The sun's rays spread from the lower-right corner.
  sun(p, 85, 54, 30, '#9dbde3', 0.28);
  drawFlag(p.ctx, 'PHL', p.mm(3), p.mm(2.6), p.mm(9.5), p.mm(5.3));
  agencySeal(p, 79.8, 6.9, 4.7, 'LAND TRANSPORTATION OFFICE', 'PILIPINAS', 'wheel', BLUE);
  p.text('REPUBLIC OF THE PHILIPPINES', 44, 3.6, { size: 1.55, stack: STACK.sans, weight: 600, color: '#222', align: 'center', tracking: 0.08 });
  p.text('DEPARTMENT OF TRANSPORTATION', 44, 6.25, { size: 1.7, stack: STACK.sans, weight: 700, color: '#222', align: 'center' });
  p.text('LAND TRANSPORTATION OFFICE', 44, 9.2, { size: 2.4, stack: STACK.sans, weight: 800, color: BLUE, align: 'center' });
  p.text(`${str(doc, 'kind')} DRIVER'S LICENSE`, 44, 12.4, { size: 2.15, stack: STACK.sans, weight: 800, color: '#b3202a', align: 'center', maxWidth: 60 });
  const box = { x: p.mm(3.2), y: p.mm(15.2), width: p.mm(21.5), height: p.mm(26) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#f4f6f9' }), box.x, box.y, box.width, box.height);
  hologram(p.ctx, p.mm(20.5), p.mm(37.2), p.mm(4.6));
  signature(p.ctx, doc.personSeed, p.mm(3.5), p.mm(42.3), p.mm(21), p.mm(6.2));
  p.text('Signature of Licensee', 14, 50.8, { size: 1.25, stack: STACK.sans, color: '#333', align: 'center' });
  labelled(p, 'Last Name, First Name, Middle Name', str(doc, 'Name'), 27, 16.4, { size: 2.55, maxWidth: 56 }, 'Name');
  const row = (y: number, cells: [string, string, number, number, string?][], size = 2.1): void => {
    for (const [label, value, x, w, key] of cells) labelled(p, label, value, x, y, { size, maxWidth: w }, key);
  };
  row(22.4, [
    ['Nationality', str(doc, 'Nationality'), 27, 11, 'Nationality'],
    ['Sex', str(doc, 'Sex'), 40.5, 4, 'Sex'],
    ['Date of Birth', str(doc, 'Birthday'), 46.5, 15, 'Birthday'],
    ['Weight (kg)', str(doc, 'weight'), 64, 8],
    ['Height(m)', str(doc, 'height'), 74.5, 8],
  ]);
  labelled(p, 'Address', str(doc, 'Address'), 27, 27.9, { size: 1.75, weight: 600, maxWidth: 56 }, 'Address');
  labelled(p, 'License No.', str(doc, 'LicenseNo'), 27, 33.2, { size: 2.45, weight: 800, maxWidth: 20 }, 'LicenseNo');
  p.text('Expiration Date', 50, 33.2, { size: 1.3, stack: STACK.sans, weight: 500, color: '#3a4660', stretch: 'semi-condensed' });
  embossed(p, str(doc, 'ExpiresDate'), 50, 36.0, { size: 2.45, stack: STACK.sans, weight: 800, color: '#2a2a2a' }, 'ExpiresDate');
  labelled(p, 'Agency Code', str(doc, 'AgencyCode'), 69.5, 33.2, { size: 2.45, maxWidth: 12 }, 'AgencyCode');
  row(38.6, [
    ['Blood Type', str(doc, 'blood'), 27, 10],
    ['Eyes Color', str(doc, 'eyes'), 38.5, 14],
    ['DL Codes', str(doc, 'codes'), 53.5, 16],
    ['Conditions', str(doc, 'conditions'), 71, 11],
  ], 1.95);
  signature(p.ctx, 'lto-assistant-secretary', p.mm(56), p.mm(44), p.mm(17), p.mm(5), '#222');
  p.text('Assistant Secretary', 64.5, 51.3, { size: 1.35, stack: STACK.sans, weight: 600, color: '#222', align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  const held = new Set(str(doc, 'codes').split(','));
  p.fillRect(3, 3, 50.5, 3.2, BLUE);
  p.text('DL CODES', 4, 5.3, { size: 1.55, stack: STACK.sans, weight: 800, color: '#fff' });
  p.text('VEHICLE CATEGORIES', 13, 5.3, { size: 1.55, stack: STACK.sans, weight: 800, color: '#fff' });
  DL_CODES.forEach(([code, cats, what], i) => {
    const y = 8.4 + i * 2.45;
    if (held.has(code)) p.fillRect(3, y - 1.75, 50.5, 2.3, 'rgba(22,63,134,0.16)');
    p.text(code, 4, y, { size: 1.6, stack: STACK.sans, weight: 800, color: INK });
    p.text(cats, 13, y, { size: 1.45, stack: STACK.sans, weight: 700, color: INK });
    p.text(what, 27, y, { size: 1.3, stack: STACK.sans, color: '#222', maxWidth: 26 });
    if (held.has(code)) tick(p, 50.2, y - 0.7, 1.1, BLUE);
  });
  p.text('CONDITIONS', 3, 32.4, { size: 1.55, stack: STACK.sans, weight: 800, color: BLUE });
  CONDITIONS.forEach((c, i) => p.text(c, 3, 34.6 + i * 1.75, { size: 1.15, stack: STACK.sans, color: INK, maxWidth: 52 }));
  p.text('IN CASE OF EMERGENCY, PLEASE NOTIFY:', 3, 45.3, { size: 1.35, stack: STACK.sans, weight: 700, color: INK });
  p.text(str(doc, 'contact'), 3, 47.5, { size: 1.55, stack: STACK.sans, weight: 600, color: INK, maxWidth: 50 });
  p.text(str(doc, 'Address'), 3, 49.5, { size: 1.2, stack: STACK.sans, color: INK, maxWidth: 50 });
  p.text(`TEL. NO. ${str(doc, 'phone')}`, 3, 51.4, { size: 1.2, stack: STACK.sans, color: INK });
  const data = [str(doc, 'LicenseNo'), str(doc, 'LastName'), str(doc, 'FirstName'), str(doc, 'MiddleName'), str(doc, 'Birthday'), str(doc, 'ExpiresDate'), str(doc, 'codes')].join('|');
  pdf417(p, data, 56, 3.5, 27, 19, 5);
  p.text('ORGAN DONOR', 56.5, 30, { size: 1.4, stack: STACK.sans, weight: 800, color: BLUE });
  for (const [i, label] of ['YES', 'NO'].entries()) {
    const x = 57 + i * 10;
    p.roundRect(x, 31.2, 2, 2, 0.2, '#fff', INK, 0.15);
    if (str(doc, 'donor') === label) tick(p, x + 1, 32.2, 1.2, INK);
    p.text(label, x + 2.8, 32.9, { size: 1.4, stack: STACK.sans, weight: 600, color: INK });
  }
  p.text('KIDNEY · HEART · CORNEA · EYES · ALL', 56.5, 36.2, { size: 1.15, stack: STACK.sans, color: '#333', maxWidth: 27 });
  p.text('This license is the property of the LTO and', 56.5, 40.4, { size: 1.1, stack: STACK.sans, color: '#333', maxWidth: 27 });
  p.text('must be surrendered upon its demand.', 56.5, 42.0, { size: 1.1, stack: STACK.sans, color: '#333', maxWidth: 27 });
  p.text('SERIAL NO.', 56.5, 47.2, { size: 1.25, stack: STACK.sans, weight: 700, color: BLUE });
  p.text(str(doc, 'serial'), 56.5, 50.2, { size: 2.3, stack: STACK.sans, weight: 800, color: '#b3202a', tracking: 0.15 });
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
