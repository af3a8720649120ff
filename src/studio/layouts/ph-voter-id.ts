/**
 * PhilippinesVoteID — the COMELEC voter's identification card (85.6 × 54 mm): Commission on Elections header,
 * portrait on the left, the VIN, name, birth date, civil status, citizenship, address and precinct number; back:
 * signature and thumbmark boxes and a Code 128 barcode of the VIN (the barcode is our assumption: COMELEC
 * publishes no specimen).
 * Formats (D12): VIN as printed (22 letters and digits in dash-separated groups, checks/philippines.ts);
 * Birthday `MMM DD, YYYY`; names as printed in their separate rows (the middle name is printed but has no seed
 * key).
 */

import { validatePhVoterVin } from '../../documents/checks/philippines.js';
import { CIVIL_STATUS, phAddress, phName } from '../data/ph.js';
import { randomBirthDate } from '../dates.js';
import { drawLinearCode } from '../draw/barcode.js';
import { signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { monthDayYear, phBackground, phHeader } from './ph-style.js';

const THEME = { top: '#fdf7e6', bottom: '#e7eef9', lines: ['#d0a84a', '#7f9cc9', '#c77d7d'], accent: '#d4a017' };
const INK = '#161616';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const name = phName(rng, sex);
  const birth = randomBirthDate(rng, 18, 80);
  let vin = `${rng.digits(4)}-${rng.digits(4)}${rng.letters(1)}-${rng.letters(1)}${rng.digits(4)}${rng.letters(3)}${rng.digits(5)}`;
  let brokenRule = null;
  if (invalid) {
    vin = vin.slice(0, -1);
    brokenRule = broken('ph.vin.format', 'VIN of 21 characters instead of 22');
  } else if (!validatePhVoterVin(vin).valid) {
    throw new Error(`generated an invalid VIN ${vin}`);
  }
  return {
    structure: 'PhilippinesVoteID',
    nationality: 'PHL',
    cardType: 'ID_CARD',
    cardSubType: 'PH_VOTER_ID',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('PhilippinesVoteID', {
      VIN: vin,
      FirstName: name.first,
      LastName: name.last,
      Birthday: monthDayYear(birth),
      CivilStatus: rng.pick(CIVIL_STATUS),
      Citizenship: 'FILIPINO',
      Address: phAddress(rng).line,
      PrecinctNo: `${rng.digits(4)}${rng.letters(1)}`,
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: { middle: name.middle },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function row(p: Painter, label: string, value: string, x: number, y: number, key?: string, maxWidth = 48): void {
  p.text(label, x, y, { size: 1.45, stack: STACK.sans, weight: 500, color: '#4a4a4a' });
  p.text(value, x, y + 2.6, { size: 2.2, stack: STACK.sans, weight: 700, color: INK, maxWidth }, key);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'COMELEC');
  phHeader(p, ['COMMISSION ON ELECTIONS', "VOTER'S IDENTIFICATION CARD"], '#1d3b8a', '#b8860b');
  const box = { x: p.mm(4), y: p.mm(14), width: p.mm(21), height: p.mm(26) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#f2f2f2' }), box.x, box.y, box.width, box.height);
  p.text('VIN', 4, 44.5, { size: 1.5, stack: STACK.sans, weight: 600, color: '#4a4a4a' });
  p.text(str(doc, 'VIN'), 4, 47.6, { size: 2.3, stack: STACK.sans, weight: 700, color: '#b01e1e', tracking: 0.05, maxWidth: 46 }, 'VIN');
  row(p, 'LAST NAME', str(doc, 'LastName'), 28, 15.5, 'LastName');
  row(p, 'FIRST NAME', str(doc, 'FirstName'), 28, 21.0, 'FirstName');
  row(p, 'MIDDLE NAME', str(doc, 'middle'), 28, 26.5);
  row(p, 'DATE OF BIRTH', str(doc, 'Birthday'), 28, 32.0, 'Birthday', 22);
  row(p, 'CIVIL STATUS', str(doc, 'CivilStatus'), 54, 32.0, 'CivilStatus', 14);
  row(p, 'CITIZENSHIP', str(doc, 'Citizenship'), 70, 32.0, 'Citizenship', 13);
  row(p, 'ADDRESS', str(doc, 'Address'), 28, 37.5, 'Address', 54);
  p.text('PRECINCT NO.', 54, 44.5, { size: 1.5, stack: STACK.sans, weight: 600, color: '#4a4a4a' });
  p.text(str(doc, 'PrecinctNo'), 54, 47.6, { size: 2.6, stack: STACK.sans, weight: 800, color: INK }, 'PrecinctNo');
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'COMELEC');
  p.roundRect(6, 6, 44, 14, 0.8, 'rgba(255,255,255,0.7)', '#777', 0.2);
  signature(p.ctx, doc.personSeed, p.mm(9), p.mm(8), p.mm(36), p.mm(10));
  p.text("VOTER'S SIGNATURE", 28, 23, { size: 1.6, stack: STACK.sans, weight: 600, color: '#333', align: 'center' });
  p.roundRect(58, 6, 20, 22, 0.8, 'rgba(255,255,255,0.7)', '#777', 0.2);
  p.text('RIGHT THUMBMARK', 68, 31, { size: 1.4, stack: STACK.sans, weight: 600, color: '#333', align: 'center' });
  p.text('This card is non-transferable. If found, please return to the nearest COMELEC office.', 6, 37, { size: 1.6, stack: STACK.sans, color: '#333', maxWidth: 74 });
  p.fillRect(10, 40.5, 66, 10, '#ffffff');
  drawLinearCode(p.ctx, 'code128', str(doc, 'VIN').replace(/-/g, ''), p.mm(12), p.mm(41.5), p.mm(62), p.mm(8));
  return finish(p, 'back', null);
}

export const phVoterId: Layout = {
  structure: 'PhilippinesVoteID',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [
    { box: 'FirstName', fields: ['FirstName'], crossChecked: false },
    { box: 'Address', fields: ['Address'], crossChecked: false },
  ],
  tamperValue(rng, doc, target) {
    return target.box === 'FirstName' ? phName(rng, doc.sex).first : phAddress(rng).line;
  },
};
