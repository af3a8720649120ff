/**
 * PhilippinesTinID — the BIR taxpayer identification card (85.6 × 54 mm): Department of Finance / Bureau of
 * Internal Revenue header, TIN, portrait, name, address, birth date, issue date and signature; back: the
 * non-transferability notice and the Commissioner's signature.
 * Formats (D12): LicenseNumber the TIN as printed `123-456-789-000`; FullName `FIRST MIDDLE LAST` as printed;
 * dates `MM/DD/YYYY`.
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
import { phBackground, phHeader } from './ph-style.js';

const THEME = { top: '#fbfaf3', bottom: '#f0ead6', lines: ['#b49a52', '#8aa0c4', '#c8b98a'], accent: '#b08d2a' };
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

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'BUREAUOFINTERNALREVENUE');
  phHeader(p, ['DEPARTMENT OF FINANCE', 'BUREAU OF INTERNAL REVENUE'], '#1c2f6e', '#1c2f6e');
  p.fillRect(0, 15.2, 85.6, 0.6, '#c9a227');
  const box = { x: p.mm(4.5), y: p.mm(18), width: p.mm(19), height: p.mm(23) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#eef2f6' }), box.x, box.y, box.width, box.height);
  p.text('TIN', 27, 20.5, { size: 1.8, stack: STACK.sans, weight: 700, color: '#1c2f6e' });
  p.text(str(doc, 'LicenseNumber'), 33, 20.8, { size: 3.2, stack: STACK.sans, weight: 800, color: INK, tracking: 0.1 }, 'LicenseNumber');
  p.text(str(doc, 'FullName'), 27, 26.5, { size: 2.5, stack: STACK.sans, weight: 800, color: INK, maxWidth: 55 }, 'FullName');
  p.text(str(doc, 'Address'), 27, 30.4, { size: 1.8, stack: STACK.sans, weight: 500, color: INK, maxWidth: 55 }, 'Address');
  p.text('BIRTH DATE', 27, 35.0, { size: 1.4, stack: STACK.sans, weight: 600, color: '#555' });
  p.text(str(doc, 'Birthday'), 27, 37.8, { size: 2.2, stack: STACK.sans, weight: 700, color: INK }, 'Birthday');
  p.text('ISSUE DATE', 50, 35.0, { size: 1.4, stack: STACK.sans, weight: 600, color: '#555' });
  p.text(str(doc, 'IssueDate'), 50, 37.8, { size: 2.2, stack: STACK.sans, weight: 700, color: INK }, 'IssueDate');
  signature(p.ctx, doc.personSeed, p.mm(30), p.mm(40.5), p.mm(24), p.mm(7));
  p.text('SIGNATURE', 42, 50.5, { size: 1.4, stack: STACK.sans, weight: 600, color: '#555', align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'BUREAUOFINTERNALREVENUE');
  const lines = [
    'This card is non-transferable and must be presented whenever',
    'required by law. Any alteration renders it void.',
    'If found, please return to the nearest BIR office.',
  ];
  lines.forEach((l, i) => p.text(l, 6, 10 + i * 3.2, { size: 1.9, stack: STACK.sans, color: '#333', maxWidth: 74 }));
  signature(p.ctx, 'bir-commissioner', p.mm(45), p.mm(28), p.mm(28), p.mm(8), '#1a1a1a');
  p.text('COMMISSIONER OF INTERNAL REVENUE', 59, 40, { size: 1.6, stack: STACK.sans, weight: 700, color: '#1c2f6e', align: 'center' });
  p.text(`TIN ${str(doc, 'LicenseNumber')}`, 6, 48, { size: 2, stack: STACK.sans, weight: 700, color: INK });
  return finish(p, 'back', null);
}

export const phTinId: Layout = {
  structure: 'PhilippinesTinID',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'FullName', fields: ['FullName'], crossChecked: false }],
  tamperValue(rng, doc) {
    const n = phName(rng, doc.sex);
    return `${n.first} ${n.middle} ${n.last}`;
  },
};
