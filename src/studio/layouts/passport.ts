/**
 * InternationalIDPassport — TD3 passport data pages (125 × 88 mm, ICAO 9303 part 4) of many issuing states:
 * the state's name and "PASSPORT" in its language and English across the top, portrait on the left, the visual
 * zone fields with bilingual labels (type, code, number, surname, given names, nationality, birth date, personal
 * number, sex, place of birth, issue date, authority, expiry, signature), and the two-line MRZ in OCR-B at 10
 * characters per inch across the bottom.
 * Formats (D12): dates YYYY-MM-DD; Sex M/F; IssuingCountry and NationalityCode ISO 3166-1 alpha-3 (Germany's MRZ
 * code D → DEU); Surname and GivenName as printed in the visual zone (with diacritics); FullName
 * `GIVEN NAMES SURNAME`; PassportCodeFirst/Second the MRZ lines.
 */

import { LABELS, type LabelKey } from '../data/intl.js';
import { dMonY } from '../dates.js';
import { guilloche } from '../draw/guilloche.js';
import { ghost, hologram, seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { fieldsOf, finish, seeded, str } from './common.js';
import { mrzCommon, mrzHolder, tamperSurname } from './mrz-person.js';

const INK = '#15151c';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const h = mrzHolder(rng, 'TD3', invalid, 'front');
  const c = mrzCommon(h);
  return {
    structure: 'InternationalIDPassport',
    nationality: c.code,
    cardType: 'PASSPORT',
    cardSubType: 'ICAO_TD3',
    format: 'TD3',
    sides: ['front'],
    fields: fieldsOf('InternationalIDPassport', {
      LicenseNumber: h.number,
      FullName: c.full,
      Surname: h.surname,
      GivenName: h.given,
      Birthday: c.birth,
      Sex: h.sex,
      DateOfExpiration: c.expiry,
      IssuingCountry: c.code,
      NationalityCode: c.code,
      PassportCodeFirst: h.mrz[0]!,
      PassportCodeSecond: h.mrz[1]!,
    }),
    fieldSides: {},
    mrz: h.mrz,
    mrzSide: 'front',
    broken: h.broken,
    print: {
      state: h.state.code,
      nameEn: h.state.nameEn,
      nameLocal: h.state.nameLocal,
      lang: h.state.lang,
      c0: h.state.colors[0],
      c1: h.state.colors[1],
      c2: h.state.colors[2],
      birth: dMonY(h.birth),
      issue: dMonY(h.issue),
      expiry: dMonY(h.expiry),
      place: h.place,
      authority: h.state.authority,
      personal: h.personal,
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

/** Draws the MRZ lines in OCR-B at exactly 10 characters per inch (2.54 mm pitch, ICAO 9303 part 3 §4.1). */
export function drawMrz(p: Painter, lines: string[], left: number, firstBaseline: number, lineGap: number): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.font = `${p.mm(1).toFixed(3)}px ${STACK.ocrb}`;
  const perMm = ctx.measureText('<'.repeat(44)).width / p.mm(1) / 44;
  const size = 2.54 / perMm;
  ctx.restore();
  lines.forEach((line, i) => {
    p.text(line, left, firstBaseline + i * lineGap, { size, stack: STACK.ocrb, color: '#111', tracking: 0 }, `mrz${i}`);
  });
}

function render(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  const lang = str(doc, 'lang');
  const accent = str(doc, 'c1');
  p.gradient([[0, str(doc, 'c0')], [0.55, '#f7f6f1'], [1, str(doc, 'c2')]], 35);
  guilloche(p, rng, { colors: [accent, str(doc, 'c2'), '#9aa8b8'], alpha: 0.22, waves: 34, rosettes: 3, microtext: str(doc, 'nameEn').replace(/\s+/g, ''), microtextStack: STACK.sans });
  seal(p.ctx, p.mm(100), p.mm(38), p.mm(14), accent, 8, 0.1);
  const localStack = lang === 'zh' ? STACK.sc : lang === 'th' ? STACK.thai : STACK.serif;
  const nameLocal = str(doc, 'nameLocal');
  const nameEn = str(doc, 'nameEn');
  p.text(nameLocal === nameEn ? nameEn : `${nameLocal}  ·  ${nameEn}`, 64, 7.2, { size: 3.2, stack: localStack, weight: 700, color: accent, align: 'center', maxWidth: 112, tracking: 0.1 });
  seal(p.ctx, p.mm(11), p.mm(13.5), p.mm(4.2), accent);
  p.text('PASSPORT', 18, 15, { size: 2.6, stack: STACK.serif, weight: 700, color: accent, tracking: 0.3 });
  const box = { x: p.mm(6), y: p.mm(20), width: p.mm(33), height: p.mm(42) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: '#efefef', grey: rng.chance(0.4) }), box.x, box.y, box.width, box.height);
  ghost(p.ctx, drawPortrait(doc.personSeed, box.width / 3, box.height / 3, { sex: doc.sex, background: '#eee', grey: true }), p.mm(110), p.mm(48), p.mm(10), p.mm(13), 0.3);
  hologram(p.ctx, p.mm(34), p.mm(58), p.mm(6));
  const lab = (key: LabelKey, x: number, y: number): void => {
    p.text(labelText(lang, key), x, y, { size: 1.45, stack: lang === 'zh' ? STACK.sc : lang === 'th' ? STACK.thai : STACK.sans, color: '#3a3a48', maxWidth: 40 });
  };
  const val = (text: string, x: number, y: number, key?: string, maxWidth = 70, size = 2.75): void => {
    p.text(text, x, y + 3.2, { size, stack: STACK.sans, weight: 600, color: INK, maxWidth }, key);
  };
  lab('type', 44, 19);
  val('P', 44, 19);
  lab('code', 60, 19);
  val(str(doc, 'state'), 60, 19);
  lab('number', 92, 19);
  val(str(doc, 'LicenseNumber'), 92, 19, 'LicenseNumber', 30);
  lab('surname', 44, 26.5);
  val(str(doc, 'Surname'), 44, 26.5, 'Surname');
  lab('given', 44, 34);
  val(str(doc, 'GivenName'), 44, 34, 'GivenName');
  lab('nationality', 44, 41.5);
  val(str(doc, 'nameEn'), 44, 41.5, undefined, 76, 2.4);
  lab('birth', 44, 49);
  val(str(doc, 'birth'), 44, 49, 'Birthday', 30);
  if (str(doc, 'personal')) {
    lab('personal', 84, 49);
    val(str(doc, 'personal'), 84, 49, undefined, 35);
  }
  lab('sex', 44, 56.5);
  val(str(doc, 'Sex'), 44, 56.5, 'Sex', 10);
  lab('place', 62, 56.5);
  val(str(doc, 'place'), 62, 56.5, undefined, 50);
  lab('issue', 44, 64);
  val(str(doc, 'issue'), 44, 64, undefined, 30);
  lab('authority', 80, 64);
  val(str(doc, 'authority'), 80, 64, undefined, 42, 2.2);
  lab('expiry', 44, 71.5);
  val(str(doc, 'expiry'), 44, 71.5, 'DateOfExpiration', 30);
  signature(p.ctx, doc.personSeed, p.mm(84), p.mm(68), p.mm(30), p.mm(7));
  drawMrz(p, doc.mrz!, 6.5, 80.2, 5.6);
  return finish(p, 'front', box);
}

export const passport: Layout = {
  structure: 'InternationalIDPassport',
  generate,
  render(doc, side, pxPerMm) {
    return render(doc, new Painter('TD3', pxPerMm), seeded(doc, side));
  },
  tamperTargets: [
    {
      box: 'Surname',
      fields: ['Surname'],
      crossChecked: true,
      update: (fields, value) => {
        fields.FullName = `${String(fields.GivenName)} ${value}`;
      },
    },
  ],
  tamperValue(rng, doc) {
    return tamperSurname(rng, str(doc, 'Surname'));
  },
};
