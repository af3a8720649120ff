/**
 * Draws a GeneralCard TD1 identity card from its state's design (general-card-designs.ts): the EU identifier,
 * the state and card title, the portrait (laser-engraved in grey on these polycarbonate cards), each printed item
 * as a small label over its value, the signature; on the back the back items, the chip where the card carries it
 * there, and the three-line MRZ (ICAO 9303 part 5: three lines of 30 characters at 10 cpi in the bottom 17.9 mm).
 */

import { parseIsoDate } from '../../documents/checks/dates.js';
import { drawLinearCode } from '../draw/barcode.js';
import { guilloche } from '../draw/guilloche.js';
import { chip, ghost, signature } from '../draw/ornaments.js';
import type { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, RenderedSide } from '../types.js';
import { finish, str } from './common.js';
import type { Item, Td1Design } from './general-card-designs.js';
import { euIdentifier } from './general-card-parts.js';
import { drawMrz } from './passport.js';

const INK = '#16161c';

function date(design: Td1Design, iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`not an ISO date: ${iso}`);
  return design.date(d);
}

function background(design: Td1Design, doc: DocumentData, p: Painter, rng: Rng): void {
  p.clipToCard();
  p.gradient([[0, design.bg[0]], [0.5, design.bg[1]], [1, design.bg[2]]], 25);
  guilloche(p, rng, { colors: design.lines, alpha: 0.24, rosettes: 2, microtext: str(doc, 'nameEn').replace(/\s+/g, '') });
}

/** One printed item: its label (when the design gives one) and its value; keyed where the value is the seed's. */
function item(design: Td1Design, doc: DocumentData, p: Painter, it: Item): void {
  if (it.id === 'personal' && !str(doc, 'PersonalNumber')) return;
  const label = design.labels[it.id];
  const size = it.size ?? 2.3;
  const style = { size, stack: STACK.sans, weight: 600, color: it.color ?? INK, maxWidth: it.w };
  const right = label === undefined && it.x > 60;
  const y = label === undefined ? it.y : it.y + size + 0.3;
  if (label !== undefined) p.text(label, it.x, it.y, { size: 1.15, stack: STACK.sans, weight: 500, color: design.label, maxWidth: it.w + 8, stretch: 'semi-condensed' });
  const sex = doc.sex;
  const plain = (text: string, key?: string): void => {
    if (text) p.text(text, it.x, y, right ? { ...style, align: 'right' } : style, key);
  };
  switch (it.id) {
    case 'surname': return plain(str(doc, 'LastName'), 'LastName');
    case 'given': return plain(str(doc, 'FirstName'), 'FirstName');
    case 'birth': return plain(date(design, str(doc, 'Birthday')));
    case 'expiry': return plain(date(design, str(doc, 'ExpirationDate')));
    case 'issue': return plain(date(design, str(doc, 'IssuedDate')));
    case 'sex': {
      const text = design.sex(sex);
      return plain(text, text === str(doc, 'Sex') ? 'Sex' : undefined);
    }
    case 'nationality': return plain(design.nationality, design.nationality === str(doc, 'Nationality') ? 'Nationality' : undefined);
    case 'place': return plain(str(doc, 'BirthPlace'), 'BirthPlace');
    case 'placeAndBirth': {
      const w = p.text(str(doc, 'BirthPlace'), it.x, y, style, 'BirthPlace');
      p.text(date(design, str(doc, 'Birthday')), it.x + w + 1.5, y, { ...style, maxWidth: Math.max(8, it.w - w - 1.5) });
      return;
    }
    case 'number': return plain(str(doc, 'LicenseNumber'), 'LicenseNumber');
    case 'authority': return plain(str(doc, 'IssuedAuthority'), 'IssuedAuthority');
    case 'personal': return plain(str(doc, 'PersonalNumber'), 'PersonalNumber');
    case 'height': return plain(str(doc, 'height'));
    case 'eyes': return plain(str(doc, 'eyes'));
    case 'can': return plain(str(doc, 'can'));
    case 'address':
      str(doc, 'street')
        .split('\n')
        .forEach((line, i) => p.text(line, it.x, y + i * (size + 0.6), style, `Address${i}`));
      return;
    case 'fiscal':
      plain(str(doc, 'fiscal'));
      p.fillRect(it.x, y + 1.2, it.w + 2, 6, '#ffffff');
      drawLinearCode(p.ctx, 'code128', str(doc, 'fiscal'), p.mm(it.x + 1), p.mm(y + 1.7), p.mm(it.w), p.mm(5));
      return;
  }
}

export function renderTd1Front(design: Td1Design, doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(design, doc, p, rng);
  euIdentifier(p, 3.2, 2.4, 9.8, 7.2, design.euCode);
  design.state.forEach((line, i) =>
    p.text(line, 15, 4.8 + i * 2.5, { size: i === 0 ? 2.5 : 1.3, stack: i === 0 ? STACK.serif : STACK.sans, weight: i === 0 ? 700 : 500, color: design.accent, maxWidth: 67 }),
  );
  design.title.forEach((line, i) =>
    p.text(line, 15, 4.8 + design.state.length * 2.5 + 0.6 + i * 2.2, { size: 1.6, stack: STACK.sans, weight: 700, color: design.accent, maxWidth: 67 }),
  );
  const { x, y, w, h } = design.portrait;
  const box = { x: p.mm(x), y: p.mm(y), width: p.mm(w), height: p.mm(h) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#ececec', grey: true }), box.x, box.y, box.width, box.height);
  if (design.ghost) {
    const g = design.ghost;
    ghost(p.ctx, drawPortrait(doc.personSeed, p.mm(g.w), p.mm(g.h), { sex: doc.sex, background: '#eeeeee', grey: true }), p.mm(g.x), p.mm(g.y), p.mm(g.w), p.mm(g.h), 0.3);
  }
  for (const it of design.front) item(design, doc, p, it);
  signature(p.ctx, doc.personSeed, p.mm(x), p.mm(y + h + 1.5), p.mm(w), p.mm(6));
  return finish(p, 'front', box);
}

export function renderTd1Back(design: Td1Design, doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(design, doc, p, rng);
  if (design.backLeft > 5) chip(p.ctx, p.mm(4.5), p.mm(5), p.mm(11), p.mm(9));
  for (const it of design.back) item(design, doc, p, it);
  p.fillRect(0, 31.5, 85.6, 22.5, 'rgba(255,255,255,0.55)');
  drawMrz(p, doc.mrz!, 5.5, 38.6, 5.3);
  return finish(p, 'back', null);
}
