/**
 * GeneralCard — identity documents with an MRZ but no seed structure of their own (D11): TD1 national ID cards
 * (85.6 × 54 mm; personal data on the front, issue data, address where the state prints one and the three-line
 * MRZ on the back, ICAO 9303 part 5) and TD2 cards (105 × 74 mm, everything on the front with a two-line MRZ,
 * part 6). Designs follow the common European pattern (state name and "IDENTITY CARD" in the state's language and
 * English, portrait left, bilingual labels) with each state's colours; they are not copies of any one state's card.
 * Formats (D12): dates YYYY-MM-DD; Sex M/F; IssuedCountry and Nationality ISO alpha-3; FullName
 * `GIVEN NAMES SURNAME`; Age `0` (not printed, spec "0 means not obtained"); DueDate and RegistrationNumber ''
 * (not printed); the *Local names '' (Latin-script documents have no separate local-script name).
 */

import { GENERAL_CARD_ADDRESS_KEYS } from '../../documents/seed-shapes.js';
import { LABELS, type LabelKey } from '../data/intl.js';
import { guilloche } from '../draw/guilloche.js';
import { chip, ghost, seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide, Side } from '../types.js';
import { fieldsOf, finish, seeded, str } from './common.js';
import { mrzCommon, mrzHolder, type MrzFormat } from './mrz-person.js';
import { drawMrz } from './passport.js';

const INK = '#15151c';
const CARD_WORDS: Record<string, string> = {
  de: 'PERSONALAUSWEIS', fr: "CARTE NATIONALE D'IDENTITÉ", es: 'DOCUMENTO NACIONAL DE IDENTIDAD', it: "CARTA D'IDENTITÀ",
  nl: 'IDENTITEITSKAART', pt: 'CARTÃO DE CIDADÃO', en: 'IDENTITY CARD',
};
const STREETS: Record<string, [string, string]> = {
  D: ['HAUPTSTRASSE 12', '50667 KÖLN'], FRA: ['12 RUE DES LILAS', '75011 PARIS'], ESP: ['C. MAYOR 5, 2º B', '28013 MADRID'],
  ITA: ['VIA ROMA 21', '00184 ROMA'], NLD: ['KERKSTRAAT 8', '1017 GA AMSTERDAM'], PRT: ['RUA DAS FLORES 44', '1200-195 LISBOA'],
};

function generate(rng: Rng, invalid: boolean): DocumentData {
  const format: MrzFormat = rng.chance(0.7) ? 'TD1' : 'TD2';
  const mrzSide: Side = format === 'TD1' ? 'back' : 'front';
  const h = mrzHolder(rng, format, invalid, mrzSide);
  const c = mrzCommon(h);
  const street = format === 'TD1' ? STREETS[h.state.code] : undefined;
  const address = Object.fromEntries(GENERAL_CARD_ADDRESS_KEYS.map((k) => [k, '']));
  if (street) {
    const [postal, ...city] = street[1].split(' ');
    Object.assign(address, { LineOne: street[0], LineTwo: street[1], FormattedAddress: `${street[0]}, ${street[1]}`, PostalCode: postal ?? '', City: city.join(' ') });
  }
  const back: Record<string, Side> = format === 'TD1'
    ? { PassportCodeFirst: 'back', PassportCodeSecond: 'back', IssuedDate: 'back', IssuedAuthority: 'back', Address: 'back' }
    : {};
  return {
    structure: 'GeneralCard',
    nationality: c.code,
    cardType: 'ID_CARD',
    cardSubType: format === 'TD1' ? 'ICAO_TD1' : 'ICAO_TD2',
    format: format === 'TD1' ? 'ID1' : 'TD2',
    sides: format === 'TD1' ? ['front', 'back'] : ['front'],
    fields: {
      ...fieldsOf('GeneralCard', {
        LicenseNumber: h.number,
        PersonalNumber: h.personal,
        PassportCodeFirst: h.mrz[0]!,
        PassportCodeSecond: h.mrz[1]!,
        ExpirationDate: c.expiry,
        IssuedDate: c.issue,
        IssuedAuthority: h.state.authority,
        IssuedCountry: c.code,
        FullName: c.full,
        FirstName: h.given,
        LastName: h.surname,
        Sex: h.sex,
        Age: '0',
        Birthday: c.birth,
        BirthPlace: h.place,
        Nationality: c.code,
      }),
      Address: address,
    },
    fieldSides: back,
    mrz: h.mrz,
    mrzSide,
    broken: h.broken,
    print: {
      state: h.state.code,
      nameEn: h.state.nameEn,
      nameLocal: h.state.nameLocal,
      lang: h.state.lang,
      c0: h.state.colors[0],
      c1: h.state.colors[1],
      c2: h.state.colors[2],
      street: street ? street.join('\n') : '',
    },
    personSeed: rng.fork('person').seed,
    sex: h.sex,
  };
}

function labelText(lang: string, key: LabelKey): string {
  const en = LABELS.en![key]!;
  const local = LABELS[lang]?.[key];
  return lang === 'en' || local === undefined ? en : `${local} / ${en}`;
}

function background(doc: DocumentData, p: Painter, rng: Rng): void {
  p.clipToCard();
  p.gradient([[0, str(doc, 'c0')], [0.5, '#f6f5f2'], [1, str(doc, 'c2')]], 30);
  guilloche(p, rng, { colors: [str(doc, 'c1'), str(doc, 'c2'), '#9aa8b8'], alpha: 0.24, rosettes: 2, microtext: str(doc, 'nameEn').replace(/\s+/g, '') });
}

function header(doc: DocumentData, p: Painter): void {
  const accent = str(doc, 'c1');
  const lang = str(doc, 'lang');
  const word = CARD_WORDS[lang] ?? 'IDENTITY CARD';
  seal(p.ctx, p.mm(6.5), p.mm(6), p.mm(3.6), accent);
  p.text(str(doc, 'nameLocal'), 12, 5.4, { size: 2.5, stack: STACK.serif, weight: 700, color: accent, maxWidth: p.width / p.scale - 16 });
  p.text(word === 'IDENTITY CARD' ? word : `${word} · IDENTITY CARD`, 12, 8.8, { size: 1.8, stack: STACK.sans, weight: 600, color: accent, maxWidth: p.width / p.scale - 16 });
}

function fieldsBlock(doc: DocumentData, p: Painter, x: number, y0: number, step: number, size: number): number {
  const lang = str(doc, 'lang');
  const lab = (k: LabelKey, xx: number, yy: number, maxWidth = 36): void => {
    p.text(labelText(lang, k), xx, yy, { size: 1.3, stack: STACK.sans, color: '#3a3a48', maxWidth });
  };
  const val = (text: string, xx: number, yy: number, key?: string, maxWidth = 44): void => {
    p.text(text, xx, yy + size + 0.3, { size, stack: STACK.sans, weight: 600, color: INK, maxWidth }, key);
  };
  let y = y0;
  lab('surname', x, y);
  val(str(doc, 'LastName'), x, y, 'LastName');
  y += step;
  lab('given', x, y);
  val(str(doc, 'FirstName'), x, y, 'FirstName');
  y += step;
  lab('birth', x, y, 23);
  val(str(doc, 'Birthday').split('-').reverse().join('.'), x, y, undefined, 20);
  lab('sex', x + 24, y, 7.5);
  val(str(doc, 'Sex'), x + 24, y, 'Sex', 6);
  lab('nationality', x + 32, y);
  val(str(doc, 'Nationality'), x + 32, y, undefined, 12);
  y += step;
  lab('place', x, y);
  val(str(doc, 'BirthPlace'), x, y, 'BirthPlace', 26);
  y += step;
  lab('card', x, y, 25);
  val(str(doc, 'LicenseNumber'), x, y, 'LicenseNumber', 24);
  lab('expiry', x + 26, y);
  val(str(doc, 'ExpirationDate').split('-').reverse().join('.'), x + 26, y, undefined, 20);
  return y + step;
}

function renderTd1Front(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(doc, p, rng);
  header(doc, p);
  const box = { x: p.mm(4), y: p.mm(12), width: p.mm(24), height: p.mm(31) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#eeeeee', grey: rng.chance(0.5) }), box.x, box.y, box.width, box.height);
  const y = fieldsBlock(doc, p, 31, 13, 7.3, 2.4);
  if (str(doc, 'PersonalNumber')) {
    p.text(labelText(str(doc, 'lang'), 'personal'), 58, y - 7.3 * 4, { size: 1.3, stack: STACK.sans, color: '#3a3a48' });
    p.text(str(doc, 'PersonalNumber'), 58, y - 7.3 * 4 + 2.7, { size: 2.4, stack: STACK.sans, weight: 600, color: INK }, 'PersonalNumber');
  }
  ghost(p.ctx, drawPortrait(doc.personSeed, box.width / 2, box.height / 2, { sex: doc.sex, background: '#eee', grey: true }), p.mm(70), p.mm(36), p.mm(11), p.mm(14), 0.3);
  signature(p.ctx, doc.personSeed, p.mm(4), p.mm(45), p.mm(24), p.mm(6));
  return finish(p, 'front', box);
}

function renderTd1Back(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(doc, p, rng);
  const lang = str(doc, 'lang');
  chip(p.ctx, p.mm(5), p.mm(4), p.mm(10), p.mm(8));
  const lab = (k: LabelKey, x: number, y: number): void => {
    p.text(labelText(lang, k), x, y, { size: 1.3, stack: STACK.sans, color: '#3a3a48', maxWidth: 40 });
  };
  lab('issue', 20, 5.5);
  p.text(str(doc, 'IssuedDate').split('-').reverse().join('.'), 20, 8.6, { size: 2.3, stack: STACK.sans, weight: 600, color: INK }, 'IssuedDate');
  lab('authority', 48, 5.5);
  p.text(str(doc, 'IssuedAuthority'), 48, 8.6, { size: 2.1, stack: STACK.sans, weight: 600, color: INK, maxWidth: 34 }, 'IssuedAuthority');
  const street = str(doc, 'street');
  if (street) {
    p.text(lang === 'de' ? 'Anschrift / Address' : 'Address', 20, 13.5, { size: 1.3, stack: STACK.sans, color: '#3a3a48' });
    street.split('\n').forEach((line, i) => p.text(line, 20, 16.6 + i * 3, { size: 2.2, stack: STACK.sans, weight: 600, color: INK }, `Address${i}`));
  }
  p.fillRect(0, 31.5, 85.6, 22.5, 'rgba(255,255,255,0.55)');
  // TD1 MRZ: three lines of 30 at 10 cpi in the bottom 17.9 mm of the back (ICAO 9303 part 5 §4.3).
  drawMrz(p, doc.mrz!, 5.5, 38.6, 5.3);
  return finish(p, 'back', null);
}

function renderTd2(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(doc, p, rng);
  header(doc, p);
  const box = { x: p.mm(5), y: p.mm(13), width: p.mm(28), height: p.mm(36) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#eeeeee' }), box.x, box.y, box.width, box.height);
  fieldsBlock(doc, p, 37, 13.5, 6.9, 2.5);
  const lang = str(doc, 'lang');
  p.text(labelText(lang, 'issue'), 37, 48, { size: 1.3, stack: STACK.sans, color: '#3a3a48' });
  p.text(str(doc, 'IssuedDate').split('-').reverse().join('.'), 37, 51, { size: 2.3, stack: STACK.sans, weight: 600, color: INK }, 'IssuedDate');
  p.text(labelText(lang, 'authority'), 62, 48, { size: 1.3, stack: STACK.sans, color: '#3a3a48' });
  p.text(str(doc, 'IssuedAuthority'), 62, 51, { size: 2.1, stack: STACK.sans, weight: 600, color: INK, maxWidth: 38 }, 'IssuedAuthority');
  if (str(doc, 'PersonalNumber')) {
    p.text(labelText(lang, 'personal'), 80, 13.5, { size: 1.3, stack: STACK.sans, color: '#3a3a48' });
    p.text(str(doc, 'PersonalNumber'), 80, 16.3, { size: 2.4, stack: STACK.sans, weight: 600, color: INK }, 'PersonalNumber');
  }
  signature(p.ctx, doc.personSeed, p.mm(6), p.mm(50), p.mm(26), p.mm(5));
  p.fillRect(0, 56.5, 105, 17.5, 'rgba(255,255,255,0.5)');
  drawMrz(p, doc.mrz!, 6, 63.5, 6.4);
  return finish(p, 'front', box);
}

export const generalCard: Layout = {
  structure: 'GeneralCard',
  generate,
  render(doc, side, pxPerMm) {
    if (doc.format === 'TD2') return renderTd2(doc, new Painter('TD2', pxPerMm), seeded(doc, side));
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderTd1Front(doc, p, seeded(doc, side)) : renderTd1Back(doc, p, seeded(doc, side));
  },
  tamperTargets: [
    {
      box: 'LastName',
      fields: ['LastName'],
      crossChecked: true,
      update: (fields, value) => {
        fields.FullName = `${String(fields.FirstName)} ${value}`;
      },
    },
  ],
  tamperValue(rng, doc) {
    const pool = ['NOVAK', 'KOWALSKI', 'HANSEN', 'SILVA', 'MORENO', 'WEBER', 'PETIT'];
    return rng.pick(pool.filter((s) => s !== str(doc, 'LastName')));
  },
};
