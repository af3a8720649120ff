/**
 * IndonesiaDrivingLicense — the Polri smart SIM (85.6 × 54 mm): "SURAT IZIN MENGEMUDI / INDONESIA DRIVING LICENSE"
 * header with the licence class, the SIM number, portrait on the left, numbered fields (1. Nama, 2. Tempat & Tgl.
 * Lahir, 3. Gol. Darah – Jenis Kelamin, 4. Alamat, 5. Pekerjaan, 6. Diterbitkan Oleh) and the validity date;
 * issuing place and date above the signature. Back: the class table and the rules text.
 * Formats (D12): dates DD-MM-YYYY; LicenseNumber as printed `NNNN-NNNN-NNNNNN`; FirstName the first word of the
 * printed name and LastName the rest ('' for a single name); Address the printed lines joined by spaces;
 * IssuedCountry `IDN`.
 */

import { BIRTH_TOWNS, BLOOD, ID_REGIONS, idName, idStreet, OCCUPATIONS } from '../data/id.js';
import { addYears, dmy, randomBirthDate, randomIssueDate } from '../dates.js';
import { drawFlag } from '../draw/flags.js';
import { guilloche } from '../draw/guilloche.js';
import { chip, seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, fieldsOf, finish, seeded, str } from './common.js';

const INK = '#101418';
const RED = '#b3141b';

function splitName(name: string): { first: string; last: string } {
  const [first, ...rest] = name.split(' ');
  return { first: first ?? '', last: rest.join(' ') };
}

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.6) ? 'M' : 'F';
  const name = idName(rng, sex);
  let birth = randomBirthDate(rng, 18, 70);
  const issued = randomIssueDate(rng, 5);
  let brokenRule = null;
  if (invalid) {
    // Licences are issued from age 17 (UU 22/2009 art. 81): this holder was 15 at issue.
    birth = addYears(issued, -15);
    brokenRule = broken('sim.minimumAge', 'holder was 15 on the issue date; the minimum age is 17');
  }
  const region = rng.pick(ID_REGIONS);
  const number = `${String(birth.year % 100).padStart(2, '0')}${String(birth.month).padStart(2, '0')}-${region.provinceCode}${region.regencyCode}-${rng.digits(6)}`;
  const address = [`${idStreet(rng)} RT ${String(rng.int(1, 15)).padStart(3, '0')}/${String(rng.int(1, 12)).padStart(3, '0')}`, `${rng.pick(region.districts)[0]}, ${region.regency}`];
  const { first, last } = splitName(name);
  const simClass = rng.weighted([['C', 5], ['A', 4], ['B I', 1]]);
  return {
    structure: 'IndonesiaDrivingLicense',
    nationality: 'IDN',
    cardType: 'DRIVING_LICENSE',
    cardSubType: 'ID_SIM',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('IndonesiaDrivingLicense', {
      LastName: last,
      FirstName: first,
      LicenseNumber: number,
      Birthday: dmy(birth),
      Address: address.join(' '),
      ExpirationDate: dmy(addYears(issued, 5)),
      IssuedDate: dmy(issued),
      IssuedCountry: 'IDN',
    }),
    fieldSides: {},
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: {
      name,
      birthPlace: rng.pick(BIRTH_TOWNS),
      blood: rng.pick(BLOOD.filter((b) => b !== '-')),
      sexText: sex === 'M' ? 'PRIA' : 'WANITA',
      address: address.join('\n'),
      job: rng.pick(OCCUPATIONS),
      polda: `POLDA ${region.province === 'DKI JAKARTA' ? 'METRO JAYA' : region.province}`,
      town: region.town,
      simClass,
    },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function background(p: Painter, rng: Rng): void {
  p.clipToCard();
  p.gradient([[0, '#f4f7fb'], [0.6, '#e3edf7'], [1, '#f7e9e9']], 20);
  guilloche(p, rng, { colors: ['#7c9cc9', '#c98a8a', '#8fb0d8'], alpha: 0.26, microtext: 'KORLANTASPOLRI', rosettes: 2 });
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  seal(p.ctx, p.mm(8), p.mm(7), p.mm(4.6), '#8a6a12');
  p.text('SURAT IZIN MENGEMUDI', 42, 6.0, { size: 3.0, stack: STACK.sans, weight: 800, color: RED, align: 'center' });
  p.text('INDONESIA DRIVING LICENSE', 42, 9.2, { size: 2.0, stack: STACK.sans, weight: 700, color: '#1b3a7a', align: 'center' });
  drawFlag(p.ctx, 'IDN', p.mm(70), p.mm(3), p.mm(6), p.mm(4));
  p.text(str(doc, 'simClass'), 81.5, 9.6, { size: 6.0, stack: STACK.sans, weight: 800, color: RED, align: 'right' });
  p.text(str(doc, 'LicenseNumber'), 28, 14.8, { size: 3.2, stack: STACK.sans, weight: 700, color: INK, tracking: 0.15 }, 'LicenseNumber');
  const box = { x: p.mm(4), y: p.mm(12.5), width: p.mm(20), height: p.mm(25) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: ['#c0162a', '#a30f20'], hijab: 0.4 }), box.x, box.y, box.width, box.height);
  chip(p.ctx, p.mm(7), p.mm(40), p.mm(10), p.mm(8));
  const rows: [string, string, string | null][] = [
    ['1.', str(doc, 'name'), 'name'],
    ['2.', `${str(doc, 'birthPlace')}, ${str(doc, 'Birthday')}`, 'Birthday'],
    ['3.', `${str(doc, 'blood')} - ${str(doc, 'sexText')}`, null],
  ];
  let y = 19.2;
  for (const [n, text, key] of rows) {
    p.text(n, 28, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK });
    p.text(text, 31.5, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK, maxWidth: 50 }, key ?? undefined);
    y += 3.0;
  }
  p.text('4.', 28, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK });
  str(doc, 'address')
    .split('\n')
    .forEach((line, i) => p.text(line, 31.5, y + i * 2.8, { size: 2.0, stack: STACK.sans, weight: 600, color: INK, maxWidth: 50 }, `Address${i}`));
  y += 5.8;
  p.text('5.', 28, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK });
  p.text(str(doc, 'job'), 31.5, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK });
  y += 3.0;
  p.text('6.', 28, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK });
  p.text(str(doc, 'polda'), 31.5, y, { size: 2.1, stack: STACK.sans, weight: 600, color: INK, maxWidth: 50 });
  p.text('Berlaku s/d', 28, 45.6, { size: 1.7, stack: STACK.sans, color: '#333' });
  p.text(str(doc, 'ExpirationDate'), 28, 49, { size: 2.6, stack: STACK.sans, weight: 800, color: RED }, 'ExpirationDate');
  p.text(`${str(doc, 'town')}, ${str(doc, 'IssuedDate')}`, 66, 41.8, { size: 1.8, stack: STACK.sans, weight: 600, color: INK, align: 'center' }, 'IssuedDate');
  signature(p.ctx, `${doc.personSeed}/officer`, p.mm(56), p.mm(43), p.mm(20), p.mm(6), '#1a1a1a');
  p.text('DIRLANTAS', 66, 51.5, { size: 1.5, stack: STACK.sans, weight: 600, color: INK, align: 'center' });
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  p.text('GOLONGAN SIM', 6, 8, { size: 2.2, stack: STACK.sans, weight: 800, color: '#1b3a7a' });
  const classes = [['A', 'Mobil penumpang dan barang perseorangan ≤ 3.500 kg'], ['B I', 'Mobil penumpang dan barang > 3.500 kg'], ['B II', 'Kendaraan alat berat, penarik atau gandengan'], ['C', 'Sepeda motor'], ['D', 'Kendaraan khusus penyandang disabilitas']];
  classes.forEach(([c, text], i) => {
    p.text(c!, 6, 13 + i * 3.6, { size: 2.2, stack: STACK.sans, weight: 800, color: RED });
    p.text(text!, 16, 13 + i * 3.6, { size: 1.8, stack: STACK.sans, color: INK, maxWidth: 64 });
  });
  p.text('Pemegang SIM wajib membawa SIM saat mengemudikan kendaraan bermotor dan mematuhi', 6, 36, { size: 1.6, stack: STACK.sans, color: '#333', maxWidth: 74 });
  p.text('peraturan lalu lintas. Kartu ini milik Kepolisian Negara Republik Indonesia.', 6, 38.6, { size: 1.6, stack: STACK.sans, color: '#333', maxWidth: 74 });
  p.text(str(doc, 'LicenseNumber'), 80, 50, { size: 2.4, stack: STACK.sans, weight: 700, color: INK, align: 'right' });
  return finish(p, 'back', null);
}

export const idSim: Layout = {
  structure: 'IndonesiaDrivingLicense',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'ExpirationDate', fields: ['ExpirationDate'], crossChecked: false }],
  tamperValue(rng, doc) {
    const [d, m, y] = str(doc, 'ExpirationDate').split('-');
    return `${d}-${m}-${Number(y) + rng.int(3, 8)}`;
  },
};
