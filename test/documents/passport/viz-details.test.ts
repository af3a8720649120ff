import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMrz } from '../../../src/documents/mrz/index.js';
import { classifyMrz } from '../../../src/documents/passport/classify-mrz.js';
import type { VizLine } from '../../../src/documents/passport/cross-check-viz.js';
import { mrzToFields } from '../../../src/documents/passport/mrz-to-fields.js';
import { vizDetails } from '../../../src/documents/passport/viz-details.js';
import { emptyStructure } from '../../../src/documents/seed-shapes.js';

/** A line at (x, y) in page pixels, 20 px tall. */
const at = (text: string, x: number, y: number): VizLine => ({ text, box: { x, y, width: 10 * text.length, height: 20 } });

// An Italian-style front and a French-style back: national captions beside the English ones (EU 2019/1157).
const italianFront = [
  at('COMUNE DI / MUNICIPALITY', 300, 100),
  at('ROMA', 300, 125),
  at('LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH', 300, 200),
  at('MILANO 26.07.1990', 300, 225),
  at('EMISSIONE / ISSUING', 300, 300),
  at('30.03.2020', 300, 325),
  at('SCADENZA / EXPIRY', 600, 300),
  at('30.03.2030', 600, 325),
];
const frenchBack = [
  at('ADRESSE / Address', 50, 40),
  at('12 RUE DES LILAS', 50, 65),
  at('75011 PARIS', 50, 90),
  at('DATE DE DELIVRANCE / Date of issue', 50, 140),
  at('08032024', 50, 165),
  at('AUTORITE / Authority', 50, 210),
  at('PREFECTURE DE POLICE', 50, 235),
];

test('issue date, authority and place of birth come from under their English captions; the date leaves the place', () => {
  assert.deepEqual(vizDetails(italianFront), { issuedDate: '2020-03-30', issuedAuthority: 'ROMA', birthPlace: 'MILANO' });
});

test('an address block under its caption keeps its lines, its postcode and town; a date read without separators is day, month, year', () => {
  assert.deepEqual(vizDetails(frenchBack), {
    issuedDate: '2024-03-08',
    issuedAuthority: 'PREFECTURE DE POLICE',
    address: { lines: ['12 RUE DES LILAS', '75011 PARIS'], postalCode: '75011', city: 'PARIS' },
  });
});

test('a caption read with a glyph or two wrong still finds its value; a caption like none stays unread', () => {
  // Read off a studio Romanian card (seed bench-accuracy-1, GeneralCard #7): `Piace ot birth`.
  const misread = [at('Piace ot birth', 50, 40), at('CLUJ-NAPOCA', 50, 65), at('Authorty', 50, 120), at('SPCLEP CLUJ', 50, 145)];
  assert.deepEqual(vizDetails(misread), { birthPlace: 'CLUJ-NAPOCA', issuedAuthority: 'SPCLEP CLUJ' });
  assert.deepEqual(vizDetails([at('Place of work', 50, 40), at('CLUJ-NAPOCA', 50, 65)]), {});
});

test('nothing is guessed: no caption, no value, or a caption of another date leaves the detail out', () => {
  assert.deepEqual(vizDetails([at('SURNAME / NOM', 50, 40), at('DUBOIS', 50, 65), at('Date of expiry', 50, 100), at('01.01.2030', 50, 125)]), {});
  assert.deepEqual(vizDetails([at('ISSUING STATE', 50, 40), at('FRA', 50, 65)]), {}, 'the issuing state is not an issue date');
  assert.deepEqual(vizDetails([at('Date of issue', 50, 40), at('NOT A DATE', 50, 65)]), {});
});

test('GeneralCard takes the printed details; a passport and a card without them keep ""', () => {
  const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
  const parse = parseMrz(TD1, { today: '2010-01-01' });
  assert.ok(parse.fields !== null);
  const details = { ...vizDetails(frenchBack), birthPlace: 'MILANO' };
  const fields = mrzToFields(classifyMrz('TD1', 'I'), parse.fields, TD1, { details });
  assert.equal(fields.IssuedDate, '2024-03-08');
  assert.equal(fields.IssuedAuthority, 'PREFECTURE DE POLICE');
  assert.equal(fields.BirthPlace, 'MILANO');
  assert.deepEqual(fields.Address, {
    ...(emptyStructure('GeneralCard').Address as Record<string, string>),
    LineOne: '12 RUE DES LILAS',
    LineTwo: '75011 PARIS',
    FormattedAddress: '12 RUE DES LILAS, 75011 PARIS',
    PostalCode: '75011',
    City: 'PARIS',
  });
  assert.deepEqual(Object.keys(fields), Object.keys(emptyStructure('GeneralCard')));
  const bare = mrzToFields(classifyMrz('TD1', 'I'), parse.fields, TD1, {});
  assert.equal(bare.IssuedDate, '');
  assert.deepEqual(bare.Address, emptyStructure('GeneralCard').Address);
});

test('an issue date under an unread caption: the one printed date that is neither the birth nor the expiry date', () => {
  const known = { birthDate: '1987-02-13', expiryDate: '2033-03-21' };
  // A German back as read from a phone photo: `Datum/Date of issue` came back as `Dat//`.
  const back = [at('Aeschet/Mohe/Aden', 50, 40), at('HAUPTSTRASSE 12', 50, 60), at('Dat//', 600, 170), at('21.03.2023', 600, 195)];
  const front = [at('13.02.1987', 400, 440), at('21.03.2033', 400, 620)];
  assert.equal(vizDetails([...front, ...back], known).issuedDate, '2023-03-21');
  // The birth and expiry dates alone: nothing to take.
  assert.equal(vizDetails(front, known).issuedDate, undefined);
  // Two candidates, or one too long before the expiry (a birth date misread), or no proven dates: not guessed.
  assert.equal(vizDetails([...back, at('01.01.2020', 50, 300)], known).issuedDate, undefined);
  assert.equal(vizDetails([at('13.02.1997', 400, 440)], known).issuedDate, undefined);
  assert.equal(vizDetails(back).issuedDate, undefined);
  // A captioned date is still taken from under its caption.
  assert.equal(vizDetails(frenchBack, { birthDate: '1990-01-01', expiryDate: '2034-03-07' }).issuedDate, '2024-03-08');
});
