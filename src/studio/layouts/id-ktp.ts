/**
 * IndonesiaIDCard — the e-KTP (85.6 × 54 mm, light blue with a pale globe and Garuda-like watermark). Header:
 * "PROVINSI …" and the regency/city, centred; NIK; the labelled fields with colons down the left; portrait on the
 * right over a red (odd birth year) or blue (even) backdrop, then the issuing town, issue date and signature.
 * Formats (D12): dates DD-MM-YYYY; TempatTglLahir `TOWN, DD-MM-YYYY`; Provinsi without the word PROVINSI; Kota
 * as printed on the second header line (`KOTA BANDUNG`, `KABUPATEN CILACAP`, `JAKARTA SELATAN`);
 * BerlakuHingga `SEUMUR HIDUP` (lifetime, the rule since 2016); IssuedDate the date under the photo.
 */

import { validateNik } from '../../documents/checks/nik.js';
import { BIRTH_TOWNS, BLOOD, ID_REGIONS, idName, idStreet, MARITAL, OCCUPATIONS, RELIGIONS } from '../data/id.js';
import { addYears, dmy, iso, randomBirthDate, randomDate, REFERENCE_DATE, type CalendarDate } from '../dates.js';
import { guilloche } from '../draw/guilloche.js';
import { signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, petals, seeded, str } from './common.js';

const INK = '#101010';

/** NIK: PP KK CC DDMMYY SSSS, day + 40 for women (checks/nik.ts). */
export function makeNik(provinceCode: string, regencyCode: string, district: string, birth: CalendarDate, sex: 'M' | 'F', serial: string): string {
  const day = birth.day + (sex === 'F' ? 40 : 0);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${provinceCode}${regencyCode}${district}${p2(day)}${p2(birth.month)}${p2(birth.year % 100)}${serial}`;
}

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const region = rng.pick(ID_REGIONS);
  const [kecamatan, villages] = rng.pick(region.districts);
  const birth = randomBirthDate(rng, 17, 75);
  const district = String(rng.int(1, 30)).padStart(2, '0');
  const serial = String(rng.int(1, 9999)).padStart(4, '0');
  let nik = makeNik(region.provinceCode, region.regencyCode, district, birth, sex, serial);
  let brokenRule = null;
  if (invalid) {
    // The NIK encodes a birth date one day off the printed one: a well-formed NIK that contradicts TempatTglLahir.
    const wrong = { ...birth, day: birth.day >= 28 ? birth.day - 1 : birth.day + 1 };
    nik = makeNik(region.provinceCode, region.regencyCode, district, wrong, sex, serial);
    brokenRule = broken('nik.birthDate', `the NIK encodes ${dmy(wrong)}, the card prints ${dmy(birth)}`);
  } else if (!validateNik(nik, iso(REFERENCE_DATE)).valid) {
    throw new Error(`generated an invalid NIK ${nik}`);
  }
  // e-KTPs exist since 2011; since 2016 every e-KTP is valid for life (UU 24/2013), so none reads as expired.
  const adult = addYears(birth, 17);
  const issued = randomDate(rng, adult.year > 2012 ? adult : { year: 2012, month: 1, day: 2 }, REFERENCE_DATE);
  const rt = String(rng.int(1, 15)).padStart(3, '0');
  const rw = String(rng.int(1, 12)).padStart(3, '0');
  return {
    structure: 'IndonesiaIDCard',
    nationality: 'IDN',
    cardType: 'ID_CARD',
    cardSubType: 'ID_EKTP',
    format: 'ID1',
    sides: ['front'],
    fields: fieldsOf('IndonesiaIDCard', {
      NIK: nik,
      Nama: idName(rng, sex),
      TempatTglLahir: `${rng.pick(BIRTH_TOWNS)}, ${dmy(birth)}`,
      JenisKelamin: sex === 'M' ? 'LAKI-LAKI' : 'PEREMPUAN',
      GolDarah: rng.pick(BLOOD),
      Alamat: idStreet(rng),
      RTRW: `${rt}/${rw}`,
      KelDesa: rng.pick(villages),
      Kecamatan: kecamatan,
      Agama: rng.pick(RELIGIONS),
      StatusPerkawinan: rng.pick(MARITAL),
      Perkerjaan: rng.pick(OCCUPATIONS),
      KewargaNegaraan: 'WNI',
      BerlakuHingga: 'SEUMUR HIDUP',
      IssuedDate: dmy(issued),
      Provinsi: region.province,
      Kota: region.regency,
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: { town: region.town, red: birth.year % 2 === 1 ? '1' : '' },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

const ROWS: [string, string, number][] = [
  ['Nama', 'Nama', 0],
  ['Tempat/Tgl Lahir', 'TempatTglLahir', 0],
  ['Jenis Kelamin', 'JenisKelamin', 0],
  ['Alamat', 'Alamat', 0],
  ['RT/RW', 'RTRW', 3],
  ['Kel/Desa', 'KelDesa', 3],
  ['Kecamatan', 'Kecamatan', 3],
  ['Agama', 'Agama', 0],
  ['Status Perkawinan', 'StatusPerkawinan', 0],
  ['Pekerjaan', 'Perkerjaan', 0],
  ['Kewarganegaraan', 'KewargaNegaraan', 0],
  ['Berlaku Hingga', 'BerlakuHingga', 0],
];

function render(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  p.clipToCard();
  p.gradient([[0, '#cfe3f3'], [0.5, '#e4f0f8'], [1, '#bcd8ee']], 30);
  guilloche(p, rng, { colors: ['#7fb0d8', '#9cc3e4', '#6aa0cf'], alpha: 0.3, microtext: 'REPUBLIKINDONESIA', rosettes: 1 });
  // The pale globe watermark behind the fields.
  const ctx = p.ctx;
  ctx.save();
  ctx.strokeStyle = 'rgba(90,140,190,0.2)';
  ctx.lineWidth = p.mm(0.25);
  for (let i = 0; i < 6; i++) {
    ctx.beginPath();
    ctx.ellipse(p.mm(45), p.mm(30), p.mm(22), p.mm(22 - i * 3.7), 0, 0, Math.PI * 2);
    ctx.stroke();
    ctx.beginPath();
    ctx.ellipse(p.mm(45), p.mm(30), p.mm(22 - i * 3.7), p.mm(22), 0, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.restore();
  petals(p, 45, 30, 10, 8, '#8fb8dd', 0.15);

  p.text(`PROVINSI ${str(doc, 'Provinsi')}`, 42.8, 5.3, { size: 2.6, stack: STACK.sans, weight: 700, color: INK, align: 'center' }, 'Provinsi');
  p.text(str(doc, 'Kota'), 42.8, 8.9, { size: 2.6, stack: STACK.sans, weight: 700, color: INK, align: 'center' }, 'Kota');
  p.text('NIK', 3.5, 13.6, { size: 3.0, stack: STACK.sans, weight: 700, color: INK });
  p.text(':', 19.0, 13.6, { size: 3.0, stack: STACK.sans, weight: 700, color: INK });
  p.text(str(doc, 'NIK'), 20.6, 13.6, { size: 3.3, stack: STACK.sans, weight: 700, color: INK, tracking: 0.12 }, 'NIK');
  let y = 17.6;
  for (const [label, key, indent] of ROWS) {
    p.text(label, 3.5 + indent, y, { size: 1.8, stack: STACK.sans, weight: 500, color: INK, stretch: 'semi-condensed', maxWidth: 15.6 - indent });
    p.text(':', 19.3, y, { size: 1.85, stack: STACK.sans, weight: 500, color: INK });
    p.text(str(doc, key), 20.6, y, { size: 1.85, stack: STACK.sans, weight: 500, color: INK, maxWidth: key === 'JenisKelamin' ? 17 : 40 }, key);
    if (key === 'JenisKelamin') {
      p.text('Gol. Darah', 39, y, { size: 1.85, stack: STACK.sans, weight: 500, color: INK });
      p.text(`: ${str(doc, 'GolDarah')}`, 50, y, { size: 1.85, stack: STACK.sans, weight: 500, color: INK });
    }
    y += 2.95;
  }
  const box = { x: p.mm(62), y: p.mm(12), width: p.mm(20), height: p.mm(26) };
  const red = str(doc, 'red') === '1';
  const portrait = drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: red ? ['#d8262c', '#b81d22'] : ['#1f5fb8', '#174a92'], hijab: str(doc, 'Agama') === 'ISLAM' ? 0.6 : 0 });
  ctx.drawImage(portrait, box.x, box.y, box.width, box.height);
  p.text(str(doc, 'town'), 72, 41.5, { size: 1.9, stack: STACK.sans, weight: 500, color: INK, align: 'center' });
  p.text(str(doc, 'IssuedDate'), 72, 44.2, { size: 1.9, stack: STACK.sans, weight: 500, color: INK, align: 'center' }, 'IssuedDate');
  signature(ctx, doc.personSeed, p.mm(64), p.mm(45.5), p.mm(16), p.mm(6));
  return finish(p, 'front', box);
}

export const idKtp: Layout = {
  structure: 'IndonesiaIDCard',
  generate,
  render(doc, side, pxPerMm) {
    return render(doc, new Painter('ID1', pxPerMm), seeded(doc, side));
  },
  tamperTargets: [
    { box: 'Nama', fields: ['Nama'], crossChecked: false },
    { box: 'Alamat', fields: ['Alamat'], crossChecked: false },
  ],
  tamperValue(rng, doc, target) {
    return target.box === 'Nama' ? idName(rng, doc.sex) : idStreet(rng);
  },
};
