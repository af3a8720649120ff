/**
 * PhilippinesUMID — the Unified Multi-Purpose ID (85.6 × 54 mm, contact chip): "UNIFIED MULTI-PURPOSE ID"
 * header, the CRN, portrait on the left, surname, given name, middle name, sex, birth date and address as
 * labelled rows; back: signature, notice and a QR code of the CRN (a real, decodable symbol).
 * Formats (D12): CRN without its printed "CRN-" label, `0111-2345678-9`; Birthday `YYYY/MM/DD`; Sex `M`/`F`.
 */

import { validatePhUmidCrn } from '../../documents/checks/philippines.js';
import { phAddress, phName } from '../data/ph.js';
import { randomBirthDate, ymd } from '../dates.js';
import { drawMatrixCode } from '../draw/barcode.js';
import { chip, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { phBackground, phHeader } from './ph-style.js';

const THEME = { top: '#fbfcfe', bottom: '#e6edf8', lines: ['#2f5fb0', '#c8353d', '#7f9cc9'], accent: '#c8353d' };
const INK = '#111';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const name = phName(rng, sex);
  const birth = randomBirthDate(rng, 18, 75);
  let crn = `0111-${rng.digits(7)}-${rng.digits(1)}`;
  let brokenRule = null;
  if (invalid) {
    crn = `0111-${rng.digits(8)}-${rng.digits(1)}`;
    brokenRule = broken('ph.umidCrn.format', 'CRN with eight middle digits instead of seven');
  } else if (!validatePhUmidCrn(crn).valid) {
    throw new Error(`generated an invalid CRN ${crn}`);
  }
  return {
    structure: 'PhilippinesUMID',
    nationality: 'PHL',
    cardType: 'ID_CARD',
    cardSubType: 'PH_UMID',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('PhilippinesUMID', {
      Surname: name.last,
      MiddleName: name.middle,
      GivenName: name.first,
      Sex: sex,
      Birthday: ymd(birth),
      Address: phAddress(rng).line,
      CRN: crn,
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: {},
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function row(p: Painter, label: string, value: string, x: number, y: number, key: string, size = 2.3, maxWidth = 50): void {
  p.text(label, x, y, { size: 1.35, stack: STACK.sans, weight: 600, color: '#3a5080' });
  p.text(value, x, y + 2.6, { size, stack: STACK.sans, weight: 800, color: INK, maxWidth }, key);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'UMIDPHILIPPINES');
  phHeader(p, ['UNIFIED MULTI-PURPOSE ID'], '#1f3f8f', '#c8353d');
  p.text(`CRN-${str(doc, 'CRN')}`, 44, 14.2, { size: 2.8, stack: STACK.sans, weight: 800, color: '#b3202a', align: 'center', tracking: 0.1 });
  const box = { x: p.mm(4), y: p.mm(17), width: p.mm(20), height: p.mm(24.5) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#eef1f6' }), box.x, box.y, box.width, box.height);
  chip(p.ctx, p.mm(72), p.mm(17), p.mm(10), p.mm(8));
  row(p, 'SURNAME', str(doc, 'Surname'), 27, 18.5, 'Surname', 2.4, 42);
  row(p, 'GIVEN NAME', str(doc, 'GivenName'), 27, 24.0, 'GivenName', 2.4, 42);
  row(p, 'MIDDLE NAME', str(doc, 'MiddleName'), 27, 29.5, 'MiddleName', 2.4, 42);
  row(p, 'SEX', str(doc, 'Sex'), 27, 35.0, 'Sex', 2.2, 6);
  row(p, 'DATE OF BIRTH', str(doc, 'Birthday'), 38, 35.0, 'Birthday', 2.2, 20);
  row(p, 'ADDRESS', str(doc, 'Address'), 27, 40.5, 'Address', 1.8, 55);
  signature(p.ctx, doc.personSeed, p.mm(5), p.mm(43.5), p.mm(18), p.mm(6));
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'UMIDPHILIPPINES');
  drawMatrixCode(p.ctx, 'qrcode', `CRN-${str(doc, 'CRN')}`, p.mm(62), p.mm(6), p.mm(18), p.mm(18));
  const lines = ['This card is non-transferable. Unauthorized use is punishable by law.', 'If found, please return to the nearest SSS or GSIS office.'];
  lines.forEach((l, i) => p.text(l, 5, 10 + i * 3, { size: 1.6, stack: STACK.sans, color: '#333', maxWidth: 54 }));
  p.roundRect(5, 30, 40, 14, 0.8, 'rgba(255,255,255,0.7)', '#888', 0.2);
  signature(p.ctx, `${doc.personSeed}/back`, p.mm(8), p.mm(32), p.mm(34), p.mm(9));
  p.text('SIGNATURE', 25, 47.5, { size: 1.4, stack: STACK.sans, weight: 600, color: '#555', align: 'center' });
  return finish(p, 'back', null);
}

export const phUmid: Layout = {
  structure: 'PhilippinesUMID',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [
    { box: 'GivenName', fields: ['GivenName'], crossChecked: false },
    { box: 'Address', fields: ['Address'], crossChecked: false },
  ],
  tamperValue(rng, doc, target) {
    return target.box === 'GivenName' ? phName(rng, doc.sex).first : phAddress(rng).line;
  },
};
