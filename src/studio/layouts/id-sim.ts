/**
 * IndonesiaDrivingLicense — the Polri smart SIM (85.6 × 54 mm, issued since September 2019, with a QR code since
 * 2022). Front: red and white dominate (Korlantas at the launch); the emblem and "SURAT IZIN MENGEMUDI /
 * DRIVING LICENSE" with the class letter; the SIM number in red; one large portrait on the left, the holder's
 * data in the middle as numbered fields (1. name, 2. place and date of birth, 3. blood group – sex, 4. address,
 * 5. occupation, 6. issuing Polda: the standard field labelling of the smart SIM, which dropped height,
 * fingerprint and the Kasatlantas signature and added the blood group), and on the right the QR code that
 * replaced the small second photo, above the validity date ("Berlaku s/d"); the issuing town and date over the
 * holder's signature. Back: white, with the "SIM & INA" hidden image and "SIM" microtext (Korlantas), the class
 * table and the rules text.
 * Formats (D12): dates DD-MM-YYYY; LicenseNumber as printed `NNNN-NNNN-NNNNNN`; FirstName the first word of the
 * printed name and LastName the rest ('' for a single name); Address the printed lines joined by spaces;
 * IssuedCountry `IDN`.
 */

import { BIRTH_TOWNS, BLOOD, ID_REGIONS, idName, idStreet, OCCUPATIONS } from '../data/id.js';
import { addYears, dmy, randomBirthDate, randomIssueDate } from '../dates.js';
import { drawMatrixCode } from '../draw/barcode.js';
import { guilloche } from '../draw/guilloche.js';
import { signature, star } from '../draw/ornaments.js';
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
  p.gradient([[0, '#fbfbfc'], [0.65, '#f3f3f5'], [1, '#f8e9ea']], 20);
  guilloche(p, rng, { colors: ['#c98a8a', '#9aa6b8', '#d9a3a3'], alpha: 0.24, microtext: 'SIM', rosettes: 2 });
}

/** The red-and-white identity of the smart SIM: a red sweep along the bottom and up the right edge. */
function merahPutih(p: Painter): void {
  const ctx = p.ctx;
  ctx.save();
  const g = ctx.createLinearGradient(0, p.mm(54), p.mm(85.6), p.mm(30));
  g.addColorStop(0, 'rgba(200,16,46,0.0)');
  g.addColorStop(0.45, 'rgba(200,16,46,0.55)');
  g.addColorStop(1, 'rgba(200,16,46,0.9)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(0, p.mm(54));
  ctx.bezierCurveTo(p.mm(30), p.mm(51), p.mm(60), p.mm(53), p.mm(85.6), p.mm(44));
  ctx.lineTo(p.mm(85.6), p.mm(54));
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** A stand-in for the Polri emblem: a gold-edged brown shield with a star and a torch flame (no copy of it). */
function emblem(p: Painter, cx: number, top: number, w: number): void {
  const ctx = p.ctx;
  const h = w * 1.2;
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(p.mm(cx - w / 2), p.mm(top));
  ctx.lineTo(p.mm(cx + w / 2), p.mm(top));
  ctx.lineTo(p.mm(cx + w / 2), p.mm(top + h * 0.55));
  ctx.quadraticCurveTo(p.mm(cx + w / 2), p.mm(top + h * 0.85), p.mm(cx), p.mm(top + h));
  ctx.quadraticCurveTo(p.mm(cx - w / 2), p.mm(top + h * 0.85), p.mm(cx - w / 2), p.mm(top + h * 0.55));
  ctx.closePath();
  ctx.fillStyle = '#6b3b1f';
  ctx.fill();
  ctx.strokeStyle = '#d4a92a';
  ctx.lineWidth = p.mm(0.35);
  ctx.stroke();
  ctx.fillStyle = '#d4a92a';
  star(ctx, p.mm(cx), p.mm(top + h * 0.25), p.mm(w * 0.14), p.mm(w * 0.06), 5);
  ctx.beginPath();
  ctx.moveTo(p.mm(cx), p.mm(top + h * 0.4));
  ctx.quadraticCurveTo(p.mm(cx + w * 0.2), p.mm(top + h * 0.6), p.mm(cx), p.mm(top + h * 0.78));
  ctx.quadraticCurveTo(p.mm(cx - w * 0.2), p.mm(top + h * 0.6), p.mm(cx), p.mm(top + h * 0.4));
  ctx.fill();
  ctx.restore();
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  merahPutih(p);
  emblem(p, 7.2, 2.2, 6.4);
  p.text('SURAT IZIN MENGEMUDI', 12.5, 6.3, { size: 3.0, stack: STACK.sans, weight: 800, color: '#1b1b1b', maxWidth: 52 });
  p.text('DRIVING LICENSE', 12.5, 9.6, { size: 1.9, stack: STACK.sans, weight: 700, color: RED, tracking: 0.2 });
  p.text(str(doc, 'simClass'), 81.5, 9.4, { size: 6.4, stack: STACK.sans, weight: 800, color: RED, align: 'right' });
  p.text('INDONESIA', 81.5, 11.8, { size: 1.4, stack: STACK.sans, weight: 700, color: '#333', align: 'right', tracking: 0.1 });
  p.fillRect(3, 11.6, 60, 0.35, RED);
  embossedNumber(p, str(doc, 'LicenseNumber'), 27.5, 15.6);
  const box = { x: p.mm(3.5), y: p.mm(13.2), width: p.mm(21.5), height: p.mm(27.5) };
  p.ctx.drawImage(drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: ['#2f66c3', '#1d4a9a'], hijab: 0.4 }), box.x, box.y, box.width, box.height);
  let y = 19.6;
  const style = { size: 1.95, stack: STACK.sans, weight: 600, color: INK, maxWidth: 33.5 };
  const numbered = (n: string, text: string): void => {
    p.text(n, 27.5, y, style);
    p.text(text, 30.8, y, style);
  };
  p.text('1.', 27.5, y, style);
  p.text(str(doc, 'name'), 30.8, y, style, 'name');
  y += 2.85;
  // Place and date drawn apart so the date's box holds exactly the seed's Birthday.
  p.text('2.', 27.5, y, style);
  const place = p.text(`${str(doc, 'birthPlace')},`, 30.8, y, { ...style, maxWidth: 20 });
  p.text(str(doc, 'Birthday'), 30.8 + place + 0.6, y, { ...style, maxWidth: 33 - place }, 'Birthday');
  y += 2.85;
  numbered('3.', `${str(doc, 'blood')} - ${str(doc, 'sexText')}`);
  y += 2.85;
  p.text('4.', 27.5, y, style);
  str(doc, 'address')
    .split('\n')
    .forEach((line, i) => p.text(line, 30.8, y + i * 2.6, { ...style, size: 1.8 }, `Address${i}`));
  y += 5.45;
  numbered('5.', str(doc, 'job'));
  y += 2.85;
  numbered('6.', str(doc, 'polda'));
  // Since 2022 a QR code stands where the small second photo was, above the validity date (Korlantas).
  drawMatrixCode(p.ctx, 'qrcode', `SIM ${str(doc, 'LicenseNumber').replace(/-/g, '')}`, p.mm(65.5), p.mm(14.2), p.mm(16), p.mm(16));
  p.text('Berlaku s/d', 73.5, 33.8, { size: 1.5, stack: STACK.sans, weight: 600, color: '#333', align: 'center' });
  p.text(str(doc, 'ExpirationDate'), 73.5, 37.0, { size: 2.5, stack: STACK.sans, weight: 800, color: RED, align: 'center' }, 'ExpirationDate');
  const issued = { size: 1.7, stack: STACK.sans, weight: 600, color: INK };
  const town = p.text(`${str(doc, 'town')},`, 33, 43.0, issued);
  p.text(str(doc, 'IssuedDate'), 33 + town + 0.55, 43.0, issued, 'IssuedDate');
  signature(p.ctx, doc.personSeed, p.mm(34), p.mm(43.8), p.mm(20), p.mm(5.6), '#1a1a1a');
  return finish(p, 'front', box);
}

/** The SIM number, printed in red with a slight relief. */
function embossedNumber(p: Painter, text: string, x: number, y: number): void {
  const style = { size: 3.0, stack: STACK.sans, weight: 800, color: RED, tracking: 0.12 };
  p.text(text, x + 0.08, y + 0.08, { ...style, color: 'rgba(0,0,0,0.22)' });
  p.text(text, x, y, style, 'LicenseNumber');
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  // The "SIM & INA" hidden image of the back (Korlantas, 2019), as a faint large print.
  p.text('SIM', 62, 30, { size: 16, stack: STACK.sans, weight: 800, color: 'rgba(200,16,46,0.07)', align: 'center' });
  p.text('INA', 62, 46, { size: 12, stack: STACK.sans, weight: 800, color: 'rgba(40,60,90,0.06)', align: 'center' });
  p.fillRect(0, 0, 85.6, 2.2, RED);
  p.text('GOLONGAN SIM', 5, 8, { size: 2.2, stack: STACK.sans, weight: 800, color: '#1b1b1b' });
  const classes = [['A', 'Mobil penumpang dan barang perseorangan ≤ 3.500 kg'], ['B I', 'Mobil penumpang dan barang > 3.500 kg'], ['B II', 'Kendaraan alat berat, penarik atau gandengan'], ['C', 'Sepeda motor'], ['D', 'Kendaraan khusus penyandang disabilitas']];
  classes.forEach(([c, text], i) => {
    p.text(c!, 5, 13 + i * 3.6, { size: 2.2, stack: STACK.sans, weight: 800, color: RED });
    p.text(text!, 14, 13 + i * 3.6, { size: 1.8, stack: STACK.sans, color: INK, maxWidth: 66 });
  });
  p.text('Pemegang SIM wajib membawa SIM saat mengemudikan kendaraan bermotor dan mematuhi', 5, 36, { size: 1.55, stack: STACK.sans, color: '#333', maxWidth: 76 });
  p.text('peraturan lalu lintas. Kartu ini milik Kepolisian Negara Republik Indonesia.', 5, 38.6, { size: 1.55, stack: STACK.sans, color: '#333', maxWidth: 76 });
  p.text('KORPS LALU LINTAS POLRI', 5, 49.5, { size: 1.7, stack: STACK.sans, weight: 700, color: RED });
  p.text(str(doc, 'LicenseNumber'), 81, 49.5, { size: 2.2, stack: STACK.sans, weight: 700, color: INK, align: 'right' });
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
