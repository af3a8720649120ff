/**
 * PhilippinesUMID — the Unified Multi-Purpose ID issued by the SSS (85.6 × 54 mm, chip card). Front: "Republic of
 * the Philippines, Unified Multi-Purpose ID" across the top beside the UMID seal, the common reference number
 * "CRN-0111-…" over the portrait on the left, the signature under it, and the labelled rows SURNAME, GIVEN NAME,
 * MIDDLE NAME, SEX and DATE OF BIRTH on one row, ADDRESS (wrapped over two lines); the contact chip on the right
 * (the ATM-enabled cards SSS now issues). Back: the magnetic stripe (2011 launch: "a contactless chip and a
 * magnetic stripe"), the signature panel, the non-transferability notice and the return address.
 * Formats (D12): CRN without its printed "CRN-" label, `0111-2345678-9`; Birthday `YYYY/MM/DD`; Sex `M`/`F`;
 * Address the two printed lines joined by a space.
 */

import { validatePhUmidCrn } from '../../documents/checks/philippines.js';
import { phAddress, phName } from '../data/ph.js';
import { randomBirthDate, ymd } from '../dates.js';
import { drawFlag } from '../draw/flags.js';
import { chip, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';
import { addressLines, agencySeal, labelled, magStripe, phBackground, sun } from './ph-style.js';

const THEME = { top: '#fdfdfd', bottom: '#d5e3f3', lines: ['#2f5fb0', '#7f9cc9', '#d6b24a'], microtext: 'UNIFIEDMULTIPURPOSEID' };
const BLUE = '#173a8c';
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

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME, 2);
  sun(p, 62, 34, 17, '#e9c24d', 0.13);
  p.fillRect(0, 13.2, 85.6, 0.5, '#d6b24a');
  agencySeal(p, 8.2, 7, 5.2, 'UNIFIED MULTI-PURPOSE ID', 'REPUBLIKA NG PILIPINAS', 'sun', BLUE);
  p.text('REPUBLIC OF THE PHILIPPINES', 16, 5.2, { size: 1.9, stack: STACK.sans, weight: 700, color: '#222', tracking: 0.12 });
  p.text('UNIFIED MULTI-PURPOSE ID', 16, 10.4, { size: 3.7, stack: STACK.sans, weight: 800, color: BLUE, maxWidth: 57 });
  drawFlag(p.ctx, 'PHL', p.mm(75.5), p.mm(3.2), p.mm(7.5), p.mm(4.2));
  // "CRN-" and the number drawn apart, so the recorded box holds exactly the seed's CRN.
  const crnStyle = { size: 2.05, stack: STACK.sans, weight: 800, color: INK };
  const prefix = p.text('CRN-', 3.8, 16.9, crnStyle);
  p.text(str(doc, 'CRN'), 3.8 + prefix, 16.9, crnStyle, 'CRN');
  const box = { x: p.mm(3.8), y: p.mm(18.6), width: p.mm(20.5), height: p.mm(24.8) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#f1f4f8' }), box.x, box.y, box.width, box.height);
  signature(p.ctx, doc.personSeed, p.mm(4), p.mm(44.6), p.mm(20), p.mm(6.2));
  labelled(p, 'SURNAME', str(doc, 'Surname'), 28, 16.6, { size: 2.55, weight: 800, maxWidth: 40 }, 'Surname');
  labelled(p, 'GIVEN NAME', str(doc, 'GivenName'), 28, 22.3, { size: 2.55, weight: 800, maxWidth: 40 }, 'GivenName');
  labelled(p, 'MIDDLE NAME', str(doc, 'MiddleName'), 28, 28.0, { size: 2.55, weight: 800, maxWidth: 40 }, 'MiddleName');
  labelled(p, 'SEX', str(doc, 'Sex'), 28, 33.7, { size: 2.3, weight: 800 }, 'Sex');
  labelled(p, 'DATE OF BIRTH', str(doc, 'Birthday'), 37, 33.7, { size: 2.3, weight: 800 }, 'Birthday');
  p.text('ADDRESS', 28, 39.4, { size: 1.3, stack: STACK.sans, weight: 500, color: '#3a4660', stretch: 'semi-condensed' });
  addressLines(str(doc, 'Address')).forEach((line, i) =>
    p.text(line, 28, 41.7 + i * 2.25, { size: 1.75, stack: STACK.sans, weight: 700, color: INK, maxWidth: 55 }, `Address${i}`),
  );
  chip(p.ctx, p.mm(70.5), p.mm(17.5), p.mm(11), p.mm(8.6));
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  phBackground(p, rng, THEME);
  magStripe(p);
  p.fillRect(4, 19, 48, 8.5, '#f7f7f2');
  for (let i = 0; i < 12; i++) p.fillRect(4, 19 + i * 0.72, 48, 0.22, 'rgba(23,58,140,0.10)');
  signature(p.ctx, `${doc.personSeed}/back`, p.mm(6), p.mm(19.6), p.mm(34), p.mm(7.2));
  p.text('AUTHORIZED SIGNATURE', 4, 29.6, { size: 1.3, stack: STACK.sans, weight: 600, color: '#333' });
  agencySeal(p, 72, 25, 7, 'UNIFIED MULTI-PURPOSE ID', 'REPUBLIKA NG PILIPINAS', 'sun', 'rgba(23,58,140,0.55)');
  const lines = [
    'This card is non-transferable and is valid for transactions with the SSS, GSIS,',
    'PhilHealth and Pag-IBIG Fund. Unauthorized use is punishable by law.',
    'If found, please return to the nearest SSS or GSIS office.',
  ];
  lines.forEach((l, i) => p.text(l, 4, 36.5 + i * 2.5, { size: 1.45, stack: STACK.sans, color: '#222', maxWidth: 77 }));
  p.text(`CRN-${str(doc, 'CRN')}`, 4, 48.5, { size: 1.8, stack: STACK.sans, weight: 700, color: INK });
  return finish(p, 'back', null);
}

export const phUmid: Layout = {
  structure: 'PhilippinesUMID',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'GivenName', fields: ['GivenName'], crossChecked: false }],
  tamperValue(rng, doc) {
    return phName(rng, doc.sex).first;
  },
};
