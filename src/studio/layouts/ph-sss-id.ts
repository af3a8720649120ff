/**
 * PhilippinesSSSID — the Social Security System ID (85.6 × 54 mm): blue SSS header band, SS number, portrait,
 * name, birth date and signature; back: the notice text and a Code 39 barcode of the SS number.
 * Formats (D12): LicenseNumber the SS number as printed `34-1234567-8`; FullName `FIRST MIDDLE LAST`;
 * Birthday `MM/DD/YYYY`.
 */

import { validatePhSss } from '../../documents/checks/philippines.js';
import { phName } from '../data/ph.js';
import { mdy, randomBirthDate } from '../dates.js';
import { drawLinearCode } from '../draw/barcode.js';
import { seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { phBackground } from './ph-style.js';

const THEME = { top: '#f3f7fd', bottom: '#dde8f7', lines: ['#5d86c4', '#8fb0dc', '#c4cfe6'], accent: '#1b4f9c' };
const BLUE = '#14408f';
const INK = '#121212';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const name = phName(rng, sex);
  const birth = randomBirthDate(rng, 18, 75);
  let sss = `${rng.int(1, 34).toString().padStart(2, '0')}-${rng.digits(7)}-${rng.digits(1)}`;
  let brokenRule = null;
  if (invalid) {
    sss = `${sss.slice(0, 3)}${sss.slice(4)}`;
    brokenRule = broken('ph.sss.format', 'SS number with six middle digits instead of seven');
  } else if (!validatePhSss(sss).valid) {
    throw new Error(`generated an invalid SS number ${sss}`);
  }
  return {
    structure: 'PhilippinesSSSID',
    nationality: 'PHL',
    cardType: 'ID_CARD',
    cardSubType: 'PH_SSS_ID',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('PhilippinesSSSID', {
      LicenseNumber: sss,
      FullName: `${name.first} ${name.middle} ${name.last}`,
      Birthday: mdy(birth),
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
  phBackground(p, rng, THEME, 'SOCIALSECURITYSYSTEM');
  p.fillRect(0, 0, 85.6, 12.5, BLUE);
  seal(p.ctx, p.mm(7.5), p.mm(6.2), p.mm(4.6), '#ffffff');
  p.text('Republic of the Philippines', 44, 4.6, { size: 1.8, stack: STACK.sans, weight: 500, color: '#ffffff', align: 'center' });
  p.text('SOCIAL SECURITY SYSTEM', 44, 9.4, { size: 3.3, stack: STACK.sans, weight: 800, color: '#ffffff', align: 'center', tracking: 0.15 });
  const box = { x: p.mm(5), y: p.mm(16), width: p.mm(21), height: p.mm(26) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#f4f6f8' }), box.x, box.y, box.width, box.height);
  p.text('SS NUMBER', 30, 19, { size: 1.5, stack: STACK.sans, weight: 600, color: '#4a5a78' });
  p.text(str(doc, 'LicenseNumber'), 30, 23.2, { size: 3.8, stack: STACK.sans, weight: 800, color: BLUE, tracking: 0.15 }, 'LicenseNumber');
  p.text('NAME', 30, 28, { size: 1.5, stack: STACK.sans, weight: 600, color: '#4a5a78' });
  p.text(str(doc, 'FullName'), 30, 31.4, { size: 2.5, stack: STACK.sans, weight: 800, color: INK, maxWidth: 52 }, 'FullName');
  p.text('DATE OF BIRTH', 30, 36, { size: 1.5, stack: STACK.sans, weight: 600, color: '#4a5a78' });
  p.text(str(doc, 'Birthday'), 30, 39.4, { size: 2.4, stack: STACK.sans, weight: 700, color: INK }, 'Birthday');
  signature(p.ctx, doc.personSeed, p.mm(52), p.mm(40), p.mm(26), p.mm(8));
  p.text('SIGNATURE', 65, 50.5, { size: 1.4, stack: STACK.sans, weight: 600, color: '#555', align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 'SOCIALSECURITYSYSTEM');
  const lines = ['This card is the property of the Social Security System and', 'must be surrendered upon demand. If found, please return to', 'any SSS branch or to P.O. Box 1234, Quezon City.'];
  lines.forEach((l, i) => p.text(l, 6, 9 + i * 3.1, { size: 1.8, stack: STACK.sans, color: '#333', maxWidth: 74 }));
  p.fillRect(8, 22, 70, 15, '#ffffff');
  drawLinearCode(p.ctx, 'code39', str(doc, 'LicenseNumber').replace(/-/g, ''), p.mm(10), p.mm(23.5), p.mm(66), p.mm(10));
  p.text(str(doc, 'LicenseNumber'), 43, 36.3, { size: 1.8, stack: STACK.sans, color: INK, align: 'center' });
  signature(p.ctx, 'sss-president', p.mm(50), p.mm(39), p.mm(26), p.mm(7), '#1a1a1a');
  p.text('PRESIDENT AND CEO', 63, 50, { size: 1.5, stack: STACK.sans, weight: 700, color: BLUE, align: 'center' });
  return finish(p, 'back', null);
}

export const phSssId: Layout = {
  structure: 'PhilippinesSSSID',
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
