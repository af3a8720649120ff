/**
 * PhilippinesTinID — the BIR taxpayer identification card as issued today: a green card of thin board (earlier
 * ones were yellow-orange; both are valid for life), 85.6 × 54 mm. Front: the BIR seal and "Republic of the
 * Philippines / Department of Finance / Bureau of Internal Revenue", then the TIN set large, the taxpayer's
 * name, registered address, date of birth and date of issue printed by the revenue district office, and a box
 * where the taxpayer glues a 1 × 1 photo and signs (BIR: "affix your signature and photo on the card"). Back:
 * the reminders printed on the card and the Commissioner's signature.
 * Formats (D12): LicenseNumber the TIN as printed `123-456-789-000`; FullName `FIRST MIDDLE LAST` as printed;
 * dates `MM/DD/YYYY`; Address the two printed lines joined by a space.
 */

import { validatePhTin } from '../../documents/checks/philippines.js';
import { phAddress, phName } from '../data/ph.js';
import { addYears, mdy, randomBirthDate, randomDate, REFERENCE_DATE } from '../dates.js';
import { signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { addressLines, agencySeal, fullNameTamper, phBackground } from './ph-style.js';

const THEME = { top: '#d9efd6', bottom: '#c3e2bf', lines: ['#4f8f55', '#7fb27f', '#b8cf9a'], microtext: 'BUREAUOFINTERNALREVENUE' };
const GREEN = '#1d5a2c';
const INK = '#151515';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const name = phName(rng, sex);
  const birth = randomBirthDate(rng, 18, 75);
  let tin = `${rng.int(100, 999)}-${rng.digits(3)}-${rng.digits(3)}-${rng.chance(0.8) ? '000' : rng.digits(3)}`;
  let brokenRule = null;
  if (invalid) {
    tin = `${tin.slice(0, 8)}${tin.slice(9)}`;
    brokenRule = broken('ph.tin.format', 'TIN with a group of two digits');
  } else if (!validatePhTin(tin).valid) {
    throw new Error(`generated an invalid TIN ${tin}`);
  }
  return {
    structure: 'PhilippinesTinID',
    nationality: 'PHL',
    cardType: 'ID_CARD',
    cardSubType: 'PH_TIN_ID',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('PhilippinesTinID', {
      LicenseNumber: tin,
      FullName: `${name.first} ${name.middle} ${name.last}`,
      Address: phAddress(rng).line,
      Birthday: mdy(birth),
      IssueDate: mdy(randomDate(rng, addYears(birth, 18), REFERENCE_DATE)),
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

/** Paper fibres: short faint strokes over the board. */
function board(p: Painter, rng: Rng): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.lineWidth = p.mm(0.05);
  for (let i = 0; i < 500; i++) {
    const x = rng.range(0, p.width);
    const y = rng.range(0, p.height);
    const a = rng.range(0, Math.PI);
    const l = p.mm(rng.range(0.4, 1.4));
    ctx.strokeStyle = rng.chance(0.5) ? 'rgba(255,255,255,0.35)' : 'rgba(40,80,40,0.12)';
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + Math.cos(a) * l, y + Math.sin(a) * l);
    ctx.stroke();
  }
  ctx.restore();
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  board(p, rng);
  agencySeal(p, 8, 7, 5.2, 'BUREAU OF INTERNAL REVENUE', 'PILIPINAS', 'scales', GREEN, '#e9f5e6');
  p.text('REPUBLIC OF THE PHILIPPINES', 46, 3.9, { size: 1.6, stack: STACK.sans, weight: 600, color: '#1e1e1e', align: 'center', tracking: 0.08 });
  p.text('DEPARTMENT OF FINANCE', 46, 6.6, { size: 1.85, stack: STACK.sans, weight: 700, color: '#1e1e1e', align: 'center' });
  p.text('BUREAU OF INTERNAL REVENUE', 46, 10.2, { size: 2.9, stack: STACK.serif, weight: 800, color: GREEN, align: 'center', maxWidth: 64 });
  p.fillRect(3, 12.6, 79.6, 0.35, GREEN);
  // The glued 1 × 1 photo: a white-edged print a little off-square in its printed frame.
  p.roundRect(3.6, 15.4, 22.4, 24.2, 0.3, null, GREEN, 0.25);
  p.fillRect(4.4, 16.3, 20.8, 22.4, '#fbfbf8');
  const box = { x: p.mm(5.0), y: p.mm(16.9), width: p.mm(19.6), height: p.mm(21.2) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#e6ecf2' }), box.x, box.y, box.width, box.height);
  signature(p.ctx, doc.personSeed, p.mm(4), p.mm(41.5), p.mm(22), p.mm(6.5));
  p.fillRect(3.6, 48.6, 22.4, 0.2, '#333');
  p.text('SIGNATURE', 14.8, 50.8, { size: 1.3, stack: STACK.sans, weight: 600, color: '#333', align: 'center' });
  p.text('TIN', 29.5, 19.4, { size: 2.0, stack: STACK.sans, weight: 800, color: GREEN });
  p.text(str(doc, 'LicenseNumber'), 35.5, 19.6, { size: 3.4, stack: STACK.sans, weight: 800, color: INK, tracking: 0.12 }, 'LicenseNumber');
  const label = (text: string, x: number, y: number): void => {
    p.text(text, x, y, { size: 1.3, stack: STACK.sans, weight: 600, color: GREEN });
  };
  label('NAME', 29.5, 23.6);
  p.text(str(doc, 'FullName'), 29.5, 26.4, { size: 2.35, stack: STACK.sans, weight: 700, color: INK, maxWidth: 53 }, 'FullName');
  label('ADDRESS', 29.5, 29.6);
  addressLines(str(doc, 'Address')).forEach((line, i) =>
    p.text(line, 29.5, 32.1 + i * 2.3, { size: 1.75, stack: STACK.sans, weight: 500, color: INK, maxWidth: 53 }, `Address${i}`),
  );
  label('DATE OF BIRTH', 29.5, 38.8);
  p.text(str(doc, 'Birthday'), 29.5, 41.7, { size: 2.2, stack: STACK.sans, weight: 700, color: INK }, 'Birthday');
  label('DATE ISSUED', 55.5, 38.8);
  p.text(str(doc, 'IssueDate'), 55.5, 41.7, { size: 2.2, stack: STACK.sans, weight: 700, color: INK }, 'IssueDate');
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  board(p, rng);
  agencySeal(p, 72.5, 12, 7.5, 'BUREAU OF INTERNAL REVENUE', 'PILIPINAS', 'scales', 'rgba(29,90,44,0.4)', '#d4ebd0');
  p.text('IMPORTANT', 5, 8, { size: 2.2, stack: STACK.sans, weight: 800, color: GREEN });
  const lines = [
    '1. This card is not transferable; any alteration or erasure renders it void.',
    '2. Your TIN must be indicated in all returns, statements and documents',
    '    filed with the Bureau of Internal Revenue.',
    '3. Use of more than one TIN is punishable under the Tax Code.',
    '4. If found, please return to the nearest BIR Revenue District Office.',
  ];
  lines.forEach((l, i) => p.text(l, 5, 12.5 + i * 2.8, { size: 1.55, stack: STACK.sans, color: '#1e2a1f', maxWidth: 58 }));
  signature(p.ctx, 'bir-commissioner', p.mm(47), p.mm(33), p.mm(28), p.mm(8), '#1a1a1a');
  p.fillRect(45, 41.8, 32, 0.18, '#333');
  p.text('COMMISSIONER OF INTERNAL REVENUE', 61, 44.2, { size: 1.45, stack: STACK.sans, weight: 700, color: GREEN, align: 'center' });
  p.text(`TIN ${str(doc, 'LicenseNumber')}`, 5, 49, { size: 2, stack: STACK.sans, weight: 700, color: INK });
  return finish(p, 'back', null);
}

export const phTinId: Layout = {
  structure: 'PhilippinesTinID',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  ...fullNameTamper,
};
