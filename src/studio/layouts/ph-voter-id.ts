/**
 * PhilippinesVoteID — the COMELEC voter's identification card (RA 8189 §25; printed until the suspension in
 * favour of PhilSys; 85.6 × 54 mm). Front, in the order COMELEC prints it: the seal and "Republic of the
 * Philippines / COMMISSION ON ELECTIONS" over the city or municipality of registration, the VIN, the voter's
 * names, date of birth, civil status, citizenship, address and precinct number beside the portrait, the
 * voter's signature under the portrait and the thumbmark (the card is printed only from the photograph,
 * fingerprints and signature captured at registration: "no biometrics, no ID"). Back: the legal basis and
 * return notice, the Chairman's signature and a Code 128 of the VIN (the barcode is our assumption: COMELEC
 * publishes no specimen).
 * Formats (D12): VIN as printed (22 letters and digits in dash-separated groups, checks/philippines.ts);
 * Birthday `MMM DD, YYYY`; names as printed in their separate columns (the middle name has no seed key).
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
import { addressPlace, agencySeal, labelled, monthDayYear, phBackground, sun, thumbprint } from './ph-style.js';

const THEME = { top: '#fbfcfb', bottom: '#e1ecf1', lines: ['#6f9fb8', '#9cc3a3', '#d0a84a'], microtext: 'COMMISSIONONELECTIONS' };
const BLUE = '#1b3d86';
const RED = '#b01e1e';

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

function header(p: Painter, place: string): void {
  agencySeal(p, 8, 7, 5.3, 'COMMISSION ON ELECTIONS', 'REPUBLIKA NG PILIPINAS', 'scales', BLUE);
  p.text('Republic of the Philippines', 47, 4.1, { size: 1.9, stack: STACK.serif, weight: 600, color: '#222', align: 'center' });
  p.text('COMMISSION ON ELECTIONS', 47, 8.1, { size: 3.1, stack: STACK.sans, weight: 800, color: BLUE, align: 'center', maxWidth: 66 });
  p.text(place, 47, 11.4, { size: 1.75, stack: STACK.sans, weight: 700, color: '#333', align: 'center', maxWidth: 66 });
  p.fillRect(0, 12.9, 85.6, 0.45, BLUE);
  p.fillRect(0, 13.35, 85.6, 0.45, RED);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  sun(p, 58, 34, 16, '#e2c25a', 0.14);
  header(p, addressPlace(str(doc, 'Address')));
  const box = { x: p.mm(3.8), y: p.mm(15.6), width: p.mm(21), height: p.mm(25.5) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#eef2f6' }), box.x, box.y, box.width, box.height);
  signature(p.ctx, doc.personSeed, p.mm(4), p.mm(42.4), p.mm(20.5), p.mm(6));
  p.text("VOTER'S SIGNATURE", 14.3, 50.8, { size: 1.2, stack: STACK.sans, weight: 600, color: '#444', align: 'center' });
  labelled(p, 'VIN', str(doc, 'VIN'), 28, 16.4, { size: 2.45, weight: 800, color: RED, tracking: 0.05, maxWidth: 54 }, 'VIN');
  labelled(p, 'LAST NAME', str(doc, 'LastName'), 28, 22.3, { size: 2.15, weight: 800, maxWidth: 18 }, 'LastName');
  labelled(p, 'FIRST NAME', str(doc, 'FirstName'), 47, 22.3, { size: 2.15, weight: 800, maxWidth: 18 }, 'FirstName');
  labelled(p, 'MIDDLE NAME', str(doc, 'middle'), 66, 22.3, { size: 2.15, weight: 800, maxWidth: 17 });
  labelled(p, 'DATE OF BIRTH', str(doc, 'Birthday'), 28, 28.2, { size: 2.05, maxWidth: 18 }, 'Birthday');
  labelled(p, 'CIVIL STATUS', str(doc, 'CivilStatus'), 47, 28.2, { size: 2.05, maxWidth: 18 }, 'CivilStatus');
  labelled(p, 'CITIZENSHIP', str(doc, 'Citizenship'), 66, 28.2, { size: 2.05, maxWidth: 17 }, 'Citizenship');
  labelled(p, 'ADDRESS', str(doc, 'Address'), 28, 34.1, { size: 1.7, weight: 600, maxWidth: 55 }, 'Address');
  labelled(p, 'PRECINCT NO.', str(doc, 'PrecinctNo'), 28, 40.2, { size: 2.8, weight: 800 }, 'PrecinctNo');
  thumbprint(p, doc.personSeed, 73.5, 44, 8.5, 10.5);
  p.text('RIGHT THUMBMARK', 73.5, 51.3, { size: 1.1, stack: STACK.sans, weight: 600, color: '#444', align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  p.ctx.save();
  p.ctx.globalAlpha = 0.08;
  agencySeal(p, 42.8, 20, 12, 'COMMISSION ON ELECTIONS', 'REPUBLIKA NG PILIPINAS', 'scales', BLUE);
  p.ctx.restore();
  const lines = [
    "This voter's identification card is issued pursuant to Section 25 of Republic",
    "Act No. 8189 and shall serve as a document for the registered voter's",
    'identification. It is non-transferable. In case of loss or destruction, no copy',
    'may be issued except to the voter himself and only upon the authority of the',
    'Commission. If found, please return to the nearest Office of the Election Officer.',
  ];
  lines.forEach((l, i) => p.text(l, 5, 7 + i * 2.6, { size: 1.5, stack: STACK.sans, color: '#222', maxWidth: 76 }));
  signature(p.ctx, 'comelec-chairman', p.mm(50), p.mm(22.5), p.mm(26), p.mm(7.5), '#1a1a1a');
  p.fillRect(48, 31.2, 30, 0.18, '#444');
  p.text('CHAIRMAN', 63, 33.6, { size: 1.5, stack: STACK.sans, weight: 700, color: BLUE, align: 'center' });
  p.fillRect(8, 37, 70, 13.5, '#ffffff');
  drawLinearCode(p.ctx, 'code128', str(doc, 'VIN').replace(/-/g, ''), p.mm(10), p.mm(38), p.mm(66), p.mm(8.5));
  p.text(str(doc, 'VIN'), 43, 49.3, { size: 1.7, stack: STACK.sans, weight: 600, color: '#111', align: 'center', tracking: 0.1 });
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
    { box: 'Address', fields: ['Address'], crossChecked: false },
    { box: 'Birthday', fields: ['Birthday'], crossChecked: false },
  ],
  tamperValue(rng, _doc, target) {
    if (target.box === 'Address') return phAddress(rng).line;
    const birth = randomBirthDate(rng, 18, 80);
    return monthDayYear(birth);
  },
};
