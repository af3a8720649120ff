/**
 * MLIDCard — the Malaysian MyKad (85.6 × 54 mm, blue, contact chip). Front: "KAD PENGENALAN MALAYSIA" title box,
 * MyKad mark and flag, the IC number, chip, portrait, name and address bottom left, citizenship, religion (for
 * Muslims) and sex under the portrait. Back: the Director-General's signature, the number with the card-version
 * suffix (-01), application marks (ATM, MEPS Cash) and the Petronas Towers.
 * Formats (D12): ID as printed `YYMMDD-PB-###G`; Sex `LELAKI`/`PEREMPUAN`; Address the printed lines joined by
 * single spaces; Type `MyKad`; Birthday is not printed — it is the birth date the number encodes, `YYYY-MM-DD`.
 */

import { validateMyKad } from '../../documents/checks/mykad.js';
import { MYKAD_PLACES } from '../../documents/checks/mykad-places.js';
import { myAddressLines, myPerson } from '../data/my.js';
import { iso, randomBirthDate, REFERENCE_DATE, yymmdd } from '../dates.js';
import { drawFlag } from '../draw/flags.js';
import { guilloche } from '../draw/guilloche.js';
import { chip, ghost, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, petals, seeded, str } from './common.js';

const NAVY = '#0d2a6b';
const INK = '#111827';
const STATE_CODES = [...MYKAD_PLACES.entries()].filter(([, p]) => p.kind === 'state').map(([code]) => code);

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const person = myPerson(rng, sex);
  const birth = randomBirthDate(rng, 18, 75);
  let place = rng.pick(STATE_CODES);
  const serial = rng.digits(3);
  const last = 2 * rng.int(0, 4) + (sex === 'M' ? 1 : 0);
  let brokenRule = null;
  if (invalid) {
    // 00 is not an allotted place-of-birth code (checks/mykad-places.ts).
    place = '00';
    brokenRule = broken('mykad.placeCode', 'place-of-birth code 00 is not allotted');
  }
  const id = `${yymmdd(birth)}-${place}-${serial}${last}`;
  if (!invalid && !validateMyKad(id, iso(REFERENCE_DATE)).valid) throw new Error(`generated an invalid MyKad ${id}`);
  const address = myAddressLines(rng);
  return {
    structure: 'MLIDCard',
    nationality: 'MYS',
    cardType: 'ID_CARD',
    cardSubType: 'MY_MYKAD',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('MLIDCard', {
      Name: person.name,
      ID: id,
      Sex: sex === 'M' ? 'LELAKI' : 'PEREMPUAN',
      Address: address.join(' '),
      Type: 'MyKad',
      Birthday: iso(birth),
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: { religion: person.religion, address: address.join('\n') },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function background(p: Painter, rng: Rng, side: 'front' | 'back'): void {
  p.clipToCard();
  p.gradient([[0, '#a9c8ea'], [0.5, '#d7e7f6'], [1, '#b4d0ee']], 15);
  guilloche(p, rng, { colors: ['#5f8fc9', '#8fb3de', '#3d6fb0'], alpha: 0.3, microtext: 'MALAYSIA', rosettes: 2 });
  if (side === 'front') petals(p, 40, 28, 12, 5, '#6f9bd3', 0.18);
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng, 'front');
  p.roundRect(3.5, 2.8, 32, 9.6, 1.2, 'rgba(255,255,255,0.85)', NAVY, 0.35);
  p.text('KAD PENGENALAN', 19.5, 6.2, { size: 2.4, stack: STACK.sans, weight: 700, color: NAVY, align: 'center', stretch: 'semi-condensed' });
  p.text('MALAYSIA', 19.5, 11.2, { size: 4.2, stack: STACK.sans, weight: 800, color: NAVY, align: 'center', tracking: 0.3 });
  p.text('MyKad', 50.5, 9.4, { size: 4.4, stack: STACK.sans, weight: 800, color: '#1c3f94' });
  drawFlag(p.ctx, 'MYS', p.mm(72.5), p.mm(3.5), p.mm(10), p.mm(5.6));
  p.text(str(doc, 'ID'), 4, 17.5, { size: 3.5, stack: STACK.sans, weight: 700, color: INK, tracking: 0.1 }, 'ID');
  chip(p.ctx, p.mm(6), p.mm(20.5), p.mm(11), p.mm(9));
  const box = { x: p.mm(55.5), y: p.mm(12.5), width: p.mm(24), height: p.mm(28.5) };
  const portrait = drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: ['#dfeaf5', '#c5d8ee'], hijab: str(doc, 'religion') ? 0.7 : 0 });
  p.ctx.drawImage(portrait, box.x, box.y, box.width, box.height);
  ghost(p.ctx, drawPortrait(doc.personSeed, box.width / 2, box.height / 2, { sex: doc.sex, background: '#d7e7f6', grey: true, hijab: str(doc, 'religion') ? 0.7 : 0 }), p.mm(43), p.mm(27), p.mm(10), p.mm(12), 0.25);
  p.text(str(doc, 'Name'), 4, 37.2, { size: 2.6, stack: STACK.sans, weight: 700, color: INK, maxWidth: 48 }, 'Name');
  str(doc, 'address')
    .split('\n')
    .forEach((line, i) => p.text(line, 4, 40.6 + i * 3.05, { size: 2.3, stack: STACK.sans, weight: 600, color: INK, maxWidth: 48 }, `Address${i}`));
  p.text('WARGANEGARA', 56.5, 45.2, { size: 2.3, stack: STACK.sans, weight: 700, color: INK });
  const religion = str(doc, 'religion');
  if (religion) p.text(religion, 56.5, 49.3, { size: 2.3, stack: STACK.sans, weight: 700, color: INK });
  p.text(str(doc, 'Sex'), 81.5, 49.3, { size: 2.3, stack: STACK.sans, weight: 700, color: INK, align: 'right' }, 'Sex');
  return finish(p, 'front', box);
}

function towers(p: Painter, x: number, base: number, height: number): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.fillStyle = 'rgba(40,80,150,0.22)';
  for (const dx of [0, 9]) {
    ctx.beginPath();
    ctx.moveTo(p.mm(x + dx), p.mm(base));
    ctx.lineTo(p.mm(x + dx + 0.6), p.mm(base - height * 0.75));
    ctx.lineTo(p.mm(x + dx + 1.4), p.mm(base - height * 0.92));
    ctx.lineTo(p.mm(x + dx + 2.0), p.mm(base - height));
    ctx.lineTo(p.mm(x + dx + 2.6), p.mm(base - height * 0.92));
    ctx.lineTo(p.mm(x + dx + 3.4), p.mm(base - height * 0.75));
    ctx.lineTo(p.mm(x + dx + 4), p.mm(base));
    ctx.fill();
  }
  ctx.fillRect(p.mm(x + 3.5), p.mm(base - height * 0.5), p.mm(6), p.mm(0.8));
  ctx.restore();
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng, 'back');
  towers(p, 6, 50, 40);
  signature(p.ctx, 'jpn-director', p.mm(12), p.mm(8), p.mm(26), p.mm(9), '#1a1a1a');
  p.text('KETUA PENGARAH', 25, 20.5, { size: 1.7, stack: STACK.sans, weight: 600, color: INK, align: 'center' });
  p.text('PENDAFTARAN NEGARA', 25, 22.9, { size: 1.7, stack: STACK.sans, weight: 600, color: INK, align: 'center' });
  p.text(`${str(doc, 'ID')}-01`, 8, 31, { size: 3.2, stack: STACK.sans, weight: 700, color: INK, tracking: 0.1 });
  p.roundRect(42, 27.5, 7, 4, 0.6, '#111', undefined);
  p.text('64K', 45.5, 29.6, { size: 1.6, stack: STACK.sans, weight: 800, color: '#fff', align: 'center' });
  p.text('chip', 45.5, 31.1, { size: 1.1, stack: STACK.sans, weight: 600, color: '#fff', align: 'center' });
  p.roundRect(51, 27.5, 9, 4, 0.6, '#e8a21a', undefined);
  p.text('MEPS', 55.5, 29.5, { size: 1.5, stack: STACK.sans, weight: 800, color: '#b01e1e', align: 'center' });
  p.text('CASH', 55.5, 31.2, { size: 1.5, stack: STACK.sans, weight: 800, color: '#1a1a8a', align: 'center' });
  p.roundRect(8, 44, 9, 5, 1.5, null, NAVY, 0.4);
  p.text('ATM', 12.5, 47.6, { size: 2.4, stack: STACK.sans, weight: 800, color: NAVY, align: 'center' });
  p.text('MALAYSIA', 80, 50, { size: 3.2, stack: STACK.serif, weight: 600, color: 'rgba(13,42,107,0.35)', align: 'right', tracking: 0.6 });
  return finish(p, 'back', null);
}

export const myKad: Layout = {
  structure: 'MLIDCard',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'Name', fields: ['Name'], crossChecked: false }],
  tamperValue(rng, doc) {
    return myPerson(rng, doc.sex).name;
  },
};
