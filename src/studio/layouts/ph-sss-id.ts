/**
 * PhilippinesSSSID — the Social Security System's plastic ID (the second-generation card, 1998–2010, still
 * accepted; 85.6 × 54 mm). Front: the SSS seal and "Republic of the Philippines / SOCIAL SECURITY SYSTEM" on a
 * blue header band, the portrait on the left, the SS number set large, the member's name and date of birth, the
 * signature. Back: the two-dimensional bar code SSS describes as holding the member's biometric data (drawn as
 * a real, decodable PDF417 of the card's data), the property notice and the President's signature.
 * Formats (D12): LicenseNumber the SS number as printed `34-1234567-8`; FullName `FIRST MIDDLE LAST`;
 * Birthday `MM/DD/YYYY`.
 */

import { validatePhSss } from '../../documents/checks/philippines.js';
import { phName } from '../data/ph.js';
import { mdy, randomBirthDate } from '../dates.js';
import { signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { agencySeal, fullNameTamper, labelled, pdf417, phBackground, sun } from './ph-style.js';

const THEME = { top: '#f6f9fd', bottom: '#dbe6f5', lines: ['#5d86c4', '#8fb0dc', '#d9a6a6'], microtext: 'SOCIALSECURITYSYSTEM' };
const BLUE = '#12408f';

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
    print: { last: name.last, first: name.first, middle: name.middle },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function header(p: Painter): void {
  const g = p.ctx.createLinearGradient(0, 0, p.width, 0);
  g.addColorStop(0, '#0e3a86');
  g.addColorStop(1, '#2c63b8');
  p.ctx.fillStyle = g;
  p.ctx.fillRect(0, 0, p.width, p.mm(12.6));
  p.fillRect(0, 12.6, 85.6, 0.7, '#e0b43c');
  agencySeal(p, 7.6, 6.3, 5, 'SOCIAL SECURITY SYSTEM', 'PHILIPPINES', 'family', BLUE);
  p.ctx.strokeStyle = '#ffffff';
  p.ctx.lineWidth = p.mm(0.25);
  p.ctx.beginPath();
  p.ctx.arc(p.mm(7.6), p.mm(6.3), p.mm(5.1), 0, Math.PI * 2);
  p.ctx.stroke();
  p.text('Republic of the Philippines', 47, 4.6, { size: 1.9, stack: STACK.serif, weight: 600, color: '#ffffff', align: 'center' });
  p.text('SOCIAL SECURITY SYSTEM', 47, 9.9, { size: 3.6, stack: STACK.sans, weight: 800, color: '#ffffff', align: 'center', tracking: 0.15, maxWidth: 68 });
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  sun(p, 66, 36, 15, '#9db7de', 0.16);
  header(p);
  const box = { x: p.mm(4.2), y: p.mm(16), width: p.mm(21.5), height: p.mm(26.5) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#f3f5f8' }), box.x, box.y, box.width, box.height);
  p.text('SS No.', 29.5, 19.2, { size: 1.5, stack: STACK.sans, weight: 700, color: '#4a5a78' });
  p.text(str(doc, 'LicenseNumber'), 29.5, 24.0, { size: 4.1, stack: STACK.sans, weight: 800, color: BLUE, tracking: 0.18 }, 'LicenseNumber');
  labelled(p, 'NAME', str(doc, 'FullName'), 29.5, 28.6, { size: 2.55, weight: 800, maxWidth: 52 }, 'FullName', '#4a5a78');
  labelled(p, 'DATE OF BIRTH', str(doc, 'Birthday'), 29.5, 34.6, { size: 2.4, weight: 700 }, 'Birthday', '#4a5a78');
  signature(p.ctx, doc.personSeed, p.mm(50), p.mm(41.2), p.mm(28), p.mm(7.5));
  p.fillRect(49, 49.2, 31, 0.18, '#555');
  p.text('SIGNATURE', 64.5, 51.3, { size: 1.3, stack: STACK.sans, weight: 600, color: '#444', align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  const data = [str(doc, 'LicenseNumber').replace(/-/g, ''), str(doc, 'last'), str(doc, 'first'), str(doc, 'middle'), str(doc, 'Birthday')].join('|');
  pdf417(p, data, 5, 4.5, 52, 17, 6);
  const lines = [
    'This card is the property of the Social Security System and must be',
    'surrendered upon demand. It is non-transferable; any alteration renders',
    'it void. If found, please return to the nearest SSS branch.',
  ];
  lines.forEach((l, i) => p.text(l, 5, 27 + i * 2.7, { size: 1.55, stack: STACK.sans, color: '#222', maxWidth: 76 }));
  agencySeal(p, 71, 13, 7, 'SOCIAL SECURITY SYSTEM', 'PHILIPPINES', 'family', 'rgba(18,64,143,0.5)');
  signature(p.ctx, 'sss-president', p.mm(48), p.mm(37.5), p.mm(28), p.mm(7.5), '#1a1a1a');
  p.fillRect(47, 45.6, 31, 0.18, '#555');
  p.text('PRESIDENT AND CEO', 62.5, 48, { size: 1.5, stack: STACK.sans, weight: 700, color: BLUE, align: 'center' });
  return finish(p, 'back', null);
}

export const phSssId: Layout = {
  structure: 'PhilippinesSSSID',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  ...fullNameTamper,
};
