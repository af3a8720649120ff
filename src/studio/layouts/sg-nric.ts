/**
 * SingaporeIDCard — the Singapore NRIC (pink card for citizens, 85.6 × 54 mm). Front: "REPUBLIC OF SINGAPORE"
 * with the lion-head crest, "IDENTITY CARD NO." and number, portrait on the left, name (with the Chinese name
 * under it where registered), race, date of birth, sex and country/place of birth. Back: the number again with a
 * Code 39 barcode of it, the thumbprint box, the date of issue and the address.
 * Formats (D12): dates DD-MM-YYYY; Sex `M`/`F`; deprecated and current keys both filled (ChName = ChineseName,
 * EnName = FullName, ID = LicenseNumber, CountryOfBirth = Nationality = the printed country of birth); Address
 * the printed lines joined by spaces, PostCode its six digits; NRICCode the number on the back;
 * DateOfExpiration '' (the NRIC carries no expiry). Race is printed on the front of the current card.
 */

import { nricCheckLetter, validateNric } from '../../documents/checks/nric.js';
import { sgAddress, sgPerson } from '../data/sg.js';
import { addYears, dmy, randomBirthDate, randomDate, REFERENCE_DATE } from '../dates.js';
import { drawLinearCode } from '../draw/barcode.js';
import { guilloche } from '../draw/guilloche.js';
import { ghost, seal, signature } from '../draw/ornaments.js';
import { Painter } from '../draw/painter.js';
import { drawPortrait } from '../draw/portrait.js';
import { STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import type { DocumentData, Layout, RenderedSide } from '../types.js';
import { broken, changeChar, fieldsOf, finish, seeded, str } from './common.js';

const INK = '#1b1424';
const RED = '#a3123a';

function generate(rng: Rng, invalid: boolean): DocumentData {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const person = sgPerson(rng, sex);
  const birth = randomBirthDate(rng, 15, 75);
  // S for births before 2000, T from 2000 (ICA); the first two digits are the birth year for those born from 1968.
  const prefix = birth.year >= 2000 ? 'T' : 'S';
  const digits = birth.year >= 1968 ? `${String(birth.year % 100).padStart(2, '0')}${rng.digits(5)}` : `${rng.int(0, 2)}${rng.digits(6)}`;
  let letter = nricCheckLetter(prefix, digits);
  let brokenRule = null;
  if (invalid) {
    letter = changeChar(letter, 0, 'ABCDEFGHIJZ');
    brokenRule = broken('nric.checkLetter', `check letter ${letter} instead of ${nricCheckLetter(prefix, digits)}`);
  }
  const nric = `${prefix}${digits}${letter}`;
  if (!invalid && !validateNric(nric).valid) throw new Error(`generated an invalid NRIC ${nric}`);
  const address = sgAddress(rng);
  const issued = randomDate(rng, addYears(birth, 15), REFERENCE_DATE);
  const country = rng.chance(0.9) ? 'SINGAPORE' : rng.pick(['MALAYSIA', 'CHINA', 'INDIA']);
  return {
    structure: 'SingaporeIDCard',
    nationality: 'SGP',
    cardType: 'ID_CARD',
    cardSubType: 'SG_NRIC',
    format: 'ID1',
    sides: ['front', 'back'],
    fields: fieldsOf('SingaporeIDCard', {
      ChName: person.chineseName,
      ChineseName: person.chineseName,
      EnName: person.name,
      FullName: person.name,
      ID: nric,
      LicenseNumber: nric,
      Sex: sex,
      CountryOfBirth: country,
      Nationality: country,
      Birthday: dmy(birth),
      Address: address.lines.join(' '),
      Race: person.race,
      NRICCode: nric,
      PostCode: address.postCode,
      DateOfIssue: dmy(issued),
    }),
    fieldSides: { Address: 'back', NRICCode: 'back', PostCode: 'back', DateOfIssue: 'back' },
    mrz: null,
    mrzSide: 'front',
    broken: brokenRule,
    print: { address: address.lines.join('\n') },
    personSeed: rng.fork('person').seed,
    sex,
  };
}

function background(p: Painter, rng: Rng): void {
  p.clipToCard();
  p.gradient([[0, '#f3d9e4'], [0.5, '#f7e9ef'], [1, '#e9d6ea']], 0);
  guilloche(p, rng, { colors: ['#c77aa0', '#a98ac9', '#e0a0b8'], alpha: 0.3, microtext: 'REPUBLICOFSINGAPORE', rosettes: 2 });
}

function label(p: Painter, text: string, x: number, y: number): void {
  p.text(text, x, y, { size: 1.5, stack: STACK.sans, weight: 500, color: '#5a3a55' });
}

function renderFront(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  seal(p.ctx, p.mm(7.5), p.mm(6.5), p.mm(4.2), RED);
  p.text('REPUBLIC OF SINGAPORE', 13.5, 8.0, { size: 3.0, stack: STACK.sans, weight: 800, color: RED, tracking: 0.15 });
  label(p, 'IDENTITY CARD NO.', 57, 12.2);
  p.text(str(doc, 'ID'), 57, 16.0, { size: 3.3, stack: STACK.sans, weight: 700, color: INK, tracking: 0.1 }, 'ID');
  const box = { x: p.mm(4), y: p.mm(12), width: p.mm(21), height: p.mm(27) };
  const portrait = drawPortrait(doc.personSeed, box.width, box.height, { sex: doc.sex, background: ['#f2f2f2', '#dcdcdc'], hijab: 0.3 });
  p.ctx.drawImage(portrait, box.x, box.y, box.width, box.height);
  ghost(p.ctx, drawPortrait(doc.personSeed, box.width / 2, box.height / 2, { sex: doc.sex, background: '#eee', grey: true }), p.mm(70), p.mm(36), p.mm(10), p.mm(12.5), 0.3);
  label(p, 'Name', 28, 20.2);
  p.text(str(doc, 'FullName'), 28, 23.6, { size: 2.6, stack: STACK.sans, weight: 700, color: INK, maxWidth: 52 }, 'FullName');
  const chinese = str(doc, 'ChineseName');
  if (chinese) p.text(chinese, 28, 27.6, { size: 2.9, stack: STACK.sc, weight: 500, color: INK }, 'ChineseName');
  label(p, 'Race', 28, 31.6);
  p.text(str(doc, 'Race'), 28, 34.6, { size: 2.3, stack: STACK.sans, weight: 700, color: INK }, 'Race');
  label(p, 'Date of birth', 28, 38.4);
  p.text(str(doc, 'Birthday'), 28, 41.4, { size: 2.3, stack: STACK.sans, weight: 700, color: INK }, 'Birthday');
  label(p, 'Sex', 50, 38.4);
  p.text(str(doc, 'Sex'), 50, 41.4, { size: 2.3, stack: STACK.sans, weight: 700, color: INK }, 'Sex');
  label(p, 'Country/Place of birth', 28, 45.4);
  p.text(str(doc, 'CountryOfBirth'), 28, 48.4, { size: 2.3, stack: STACK.sans, weight: 700, color: INK }, 'CountryOfBirth');
  signature(p.ctx, doc.personSeed, p.mm(4), p.mm(41.5), p.mm(20), p.mm(7));
  return finish(p, 'front', box);
}

function renderBack(doc: DocumentData, p: Painter, rng: Rng): RenderedSide {
  background(p, rng);
  p.text(str(doc, 'NRICCode'), 5, 8.2, { size: 3.0, stack: STACK.sans, weight: 700, color: INK, tracking: 0.1 }, 'NRICCode');
  p.fillRect(42, 3.2, 40, 8.5, '#ffffff');
  drawLinearCode(p.ctx, 'code39', str(doc, 'NRICCode'), p.mm(43), p.mm(4), p.mm(38), p.mm(7));
  p.roundRect(5, 13, 19, 23, 1, 'rgba(255,255,255,0.75)', '#9a7a95', 0.25);
  const ctx = p.ctx;
  ctx.save();
  ctx.strokeStyle = 'rgba(60,40,60,0.45)';
  ctx.lineWidth = p.mm(0.18);
  for (let i = 0; i < 14; i++) {
    ctx.beginPath();
    ctx.ellipse(p.mm(14.5), p.mm(25), p.mm(1 + i * 0.55), p.mm(1.5 + i * 0.7), 0.15, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.restore();
  label(p, 'Date of issue', 28, 16);
  p.text(str(doc, 'DateOfIssue'), 28, 19.3, { size: 2.4, stack: STACK.sans, weight: 700, color: INK }, 'DateOfIssue');
  label(p, 'Address', 28, 24.5);
  str(doc, 'address')
    .split('\n')
    .forEach((line, i) => p.text(line, 28, 28 + i * 3.2, { size: 2.3, stack: STACK.sans, weight: 700, color: INK, maxWidth: 54 }, `Address${i}`));
  signature(p.ctx, 'sg-registration', p.mm(55), p.mm(40), p.mm(22), p.mm(6), '#222');
  p.text('REGISTRATION OFFICER', 66, 50, { size: 1.4, stack: STACK.sans, weight: 600, color: '#5a3a55', align: 'center' });
  return finish(p, 'back', null);
}

export const sgNric: Layout = {
  structure: 'SingaporeIDCard',
  generate,
  render(doc, side, pxPerMm) {
    const p = new Painter('ID1', pxPerMm);
    return side === 'front' ? renderFront(doc, p, seeded(doc, side)) : renderBack(doc, p, seeded(doc, side));
  },
  tamperTargets: [{ box: 'FullName', fields: ['FullName', 'EnName'], crossChecked: false }],
  tamperValue(rng, doc) {
    return sgPerson(rng, doc.sex).name;
  },
};
