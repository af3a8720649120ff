/**
 * GeneralCard — identity documents with an MRZ but no seed structure of their own (D11): TD1 national ID cards
 * (85.6 × 54 mm; ICAO 9303 part 5, the three-line MRZ on the back) drawn after each issuing state's current card
 * (general-card-designs.ts: what is printed, where, in which words and date format, on which side), and TD2 cards
 * (105 × 74 mm, everything on the front with a two-line MRZ, part 6) in the common pattern (state name and
 * "IDENTITY CARD" in the state's language and English, portrait left, bilingual labels, the state's colours).
 * A value the card does not print in its visual zone is read from the MRZ where the MRZ holds it (a German card
 * prints no sex: `Sex` comes from the back), and is `""` where nothing on the card holds it (Portugal prints no
 * issue date, authority or place of birth; the Netherlands and Portugal no address).
 * Formats (D12): dates YYYY-MM-DD; Sex M/F; IssuedCountry and Nationality ISO alpha-3; FullName
 * `GIVEN NAMES SURNAME`; Age `0` (not printed, spec "0 means not obtained"); DueDate and RegistrationNumber ''
 * (not printed); the *Local names '' (Latin-script documents have no separate local-script name); IssuedAuthority
 * as printed (Italy: the issuing municipality; Spain: the issuing office code, "EQUIPO").
 */

import { GENERAL_CARD_ADDRESS_KEYS, type StructureFields } from '../../documents/seed-shapes.js';
import { LABELS, stateByCode, type LabelKey } from '../data/intl.js';
import { guilloche } from '../draw/guilloche.js';
import { seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide, Side } from '../types.js';
import { fieldsOf, finish, seeded, str } from './common.js';
import { td1Design, type ItemId, type Td1Design } from './general-card-designs.js';
import { codiceFiscale } from './general-card-parts.js';
import { renderTd1Back, renderTd1Front } from './general-card-td1.js';
import { mrzCommon, mrzHolder, tamperSurname, type MrzFormat } from './mrz-person.js';
import { drawMrz } from './passport.js';

const INK = '#15151c';
const CARD_WORDS: Record<string, string> = {
  de: 'PERSONALAUSWEIS', fr: "CARTE NATIONALE D'IDENTITÉ", es: 'DOCUMENTO NACIONAL DE IDENTIDAD', it: "CARTA D'IDENTITÀ",
  nl: 'IDENTITEITSKAART', pt: 'CARTÃO DE CIDADÃO', en: 'IDENTITY CARD',
};
/** Addresses of the states whose cards print one (on the back): line one, then postcode and city. */
const STREETS: Record<string, [string, string]> = {
  D: ['HAUPTSTRASSE 12', '50667 KÖLN'], FRA: ['12 RUE DES LILAS', '75011 PARIS'], ESP: ['C. MAYOR 5, 2º B', '28013 MADRID'],
  ITA: ['VIA ROMA 21', '00184 ROMA'],
};

/** Seed keys and the design items that print them; keys the MRZ also holds fall back to the MRZ's side. */
const PRINTED_BY: [string, ItemId[], boolean][] = [
  ['LicenseNumber', ['number'], true],
  ['PersonalNumber', ['personal'], true],
  ['ExpirationDate', ['expiry'], true],
  ['IssuedDate', ['issue'], false],
  ['IssuedAuthority', ['authority'], false],
  ['Sex', ['sex'], true],
  ['Birthday', ['birth', 'placeAndBirth'], true],
  ['BirthPlace', ['place', 'placeAndBirth'], false],
  ['Nationality', ['nationality'], true],
  ['Address', ['address'], false],
];

/** Where each value of a TD1 card is read, and which values the card does not hold at all. */
function td1Sides(design: Td1Design): { sides: Record<string, Side>; absent: string[] } {
  const sides: Record<string, Side> = { PassportCodeFirst: 'back', PassportCodeSecond: 'back' };
  const absent: string[] = [];
  for (const [key, ids, inMrz] of PRINTED_BY) {
    if (design.front.some((i) => ids.includes(i.id))) continue;
    if (design.back.some((i) => ids.includes(i.id)) || inMrz) sides[key] = 'back';
    else absent.push(key);
  }
  return { sides, absent };
}

function generate(rng: Rng, invalid: boolean): DocumentData {
  const format: MrzFormat = rng.chance(0.7) ? 'TD1' : 'TD2';
  const mrzSide: Side = format === 'TD1' ? 'back' : 'front';
  const h = mrzHolder(rng, format, invalid, mrzSide);
  const c = mrzCommon(h);
  const design = format === 'TD1' ? td1Design(h.state) : null;
  // Print-only details draw from their own stream so the holder's data stays as it was.
  const more = rng.fork('card');
  const street = design?.back.some((i) => i.id === 'address') ? STREETS[h.state.code] : undefined;
  const address = Object.fromEntries(GENERAL_CARD_ADDRESS_KEYS.map((k) => [k, '']));
  if (street) {
    const [postal, ...city] = street[1].split(' ');
    Object.assign(address, { LineOne: street[0], LineTwo: street[1], FormattedAddress: `${street[0]}, ${street[1]}`, PostalCode: postal ?? '', City: city.join(' ') });
  }
  const comune = h.state.code === 'ITA' ? (street?.[1].split(' ').slice(1).join(' ') ?? 'ROMA') : '';
  const authority = h.state.code === 'ITA' ? comune : h.state.code === 'ESP' ? `${more.digits(5)}${more.letters(1)}${more.digits(1)}${more.letters(1)}${more.digits(1)}` : h.state.authority;
  const { sides, absent } = design ? td1Sides(design) : { sides: {}, absent: [] };
  const fields: StructureFields = {
    ...fieldsOf('GeneralCard', {
      LicenseNumber: h.number,
      PersonalNumber: h.personal,
      PassportCodeFirst: h.mrz[0]!,
      PassportCodeSecond: h.mrz[1]!,
      ExpirationDate: c.expiry,
      IssuedDate: c.issue,
      IssuedAuthority: authority,
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
  };
  for (const key of absent) if (key !== 'Address') fields[key] = '';
  return {
    structure: 'GeneralCard',
    nationality: c.code,
    cardType: 'ID_CARD',
    cardSubType: format === 'TD1' ? 'ICAO_TD1' : 'ICAO_TD2',
    format: format === 'TD1' ? 'ID1' : 'TD2',
    sides: format === 'TD1' ? ['front', 'back'] : ['front'],
    fields,
    fieldSides: sides,
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
      height: design ? design.height(more.int(155, 195)) : '',
      eyes: more.pick(['BRAUN', 'BLAU', 'GRÜN', 'GRAU']),
      can: more.digits(6),
      fiscal: comune ? codiceFiscale(h.surname, h.given, h.birth, h.sex, h.place) : '',
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

function renderTd2(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(doc, p, rng);
  header(doc, p);
  const box = { x: p.mm(5), y: p.mm(13), width: p.mm(28), height: p.mm(36) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#eeeeee' }), box.x, box.y, box.width, box.height);
  fieldsBlock(doc, p, 37, 13.5, 6.9, 2.5);
  const lang = str(doc, 'lang');
  p.text(labelText(lang, 'issue'), 37, 48, { size: 1.3, stack: STACK.sans, color: '#3a3a48' });
  p.text(str(doc, 'IssuedDate').split('-').reverse().join('.'), 37, 51, { size: 2.3, stack: STACK.sans, weight: 600, color: INK });
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
    const design = td1Design(stateByCode(str(doc, 'state')));
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderTd1Front(design, doc, p, seeded(doc, side)) : renderTd1Back(design, doc, p, seeded(doc, side));
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
    return tamperSurname(rng, str(doc, 'LastName'));
  },
};
