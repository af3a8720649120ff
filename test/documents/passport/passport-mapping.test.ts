import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMrz } from '../../../src/documents/mrz/index.js';
import { classifyMrz } from '../../../src/documents/passport/classify-mrz.js';
import { cleanNameField } from '../../../src/documents/passport/clean-name-field.js';
import { crossCheckViz, type VizLine } from '../../../src/documents/passport/cross-check-viz.js';
import { isoCountry } from '../../../src/documents/passport/icao-country.js';
import { mrzToFields } from '../../../src/documents/passport/mrz-to-fields.js';
import { datesIn, lostDigraphs, mrzForms, withPrintedLetters } from '../../../src/documents/passport/viz-text.js';
import { emptyStructure } from '../../../src/documents/seed-shapes.js';

// ICAO 9303 part 4 appendix specimen (Utopia) and part 5 TD1 specimen.
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
const today = '2010-01-01';

test('D11: a TD3 P document is a passport; TD1/TD2/visas are GeneralCard', () => {
  assert.deepEqual(classifyMrz('TD3', 'P'), { structure: 'InternationalIDPassport', cardType: 'PASSPORT', cardSubType: 'ICAO_TD3' });
  assert.deepEqual(classifyMrz('TD1', 'I'), { structure: 'GeneralCard', cardType: 'ID_CARD', cardSubType: 'ICAO_TD1' });
  assert.equal(classifyMrz('TD2', 'ID').cardSubType, 'ICAO_TD2');
  assert.equal(classifyMrz('MRVA', 'V').cardSubType, 'ICAO_MRV_A');
  assert.equal(classifyMrz('MRVB', 'V').cardSubType, 'ICAO_MRV_B');
  assert.equal(classifyMrz('TD3', 'V').structure, 'GeneralCard');
});

test('D11: ICAO state codes become ISO alpha-3 where one exists', () => {
  assert.equal(isoCountry('D<<'), 'DEU');
  assert.equal(isoCountry('FRA'), 'FRA');
  assert.equal(isoCountry('UNO'), 'UNO', 'organisations are kept, not invented');
});

test('D10/D12: a TD3 passport fills every InternationalIDPassport key', () => {
  const parse = parseMrz(TD3, { today });
  assert.ok(parse.fields !== null);
  const fields = mrzToFields(classifyMrz('TD3', 'P'), parse.fields, TD3);
  assert.deepEqual(Object.keys(fields), Object.keys(emptyStructure('InternationalIDPassport')));
  assert.deepEqual(fields, {
    LicenseNumber: 'L898902C3',
    FullName: 'ANNA MARIA ERIKSSON',
    Surname: 'ERIKSSON',
    GivenName: 'ANNA MARIA',
    Birthday: '1974-08-12',
    Sex: 'F',
    DateOfExpiration: '2012-04-15',
    IssuingCountry: 'UTO',
    NationalityCode: 'UTO',
    PassportCodeFirst: TD3[0],
    PassportCodeSecond: TD3[1],
  });
  // Printed names (diacritics) replace the transliteration when the visual zone gave them.
  const printed = mrzToFields(classifyMrz('TD3', 'P'), parse.fields, TD3, { surname: 'ERIKSSÖN' });
  assert.equal(printed.Surname, 'ERIKSSÖN');
  assert.equal(printed.FullName, 'ANNA MARIA ERIKSSÖN');
});

test('D10/D12: a TD1 card fills GeneralCard; Age "0", unread values "" and the Address object', () => {
  const parse = parseMrz(TD1, { today });
  assert.ok(parse.fields !== null);
  const fields = mrzToFields(classifyMrz('TD1', 'I'), parse.fields, TD1);
  assert.deepEqual(Object.keys(fields), Object.keys(emptyStructure('GeneralCard')));
  assert.equal(fields.LicenseNumber, 'D23145890');
  assert.equal(fields.PassportCodeFirst, TD1[0]);
  assert.equal(fields.PassportCodeSecond, TD1[1]);
  assert.equal(fields.LastName, 'ERIKSSON');
  assert.equal(fields.FirstName, 'ANNA MARIA');
  assert.equal(fields.Age, '0');
  assert.equal(fields.Nationality, 'UTO');
  assert.equal(fields.IssuedDate, '');
  assert.deepEqual(fields.Address, emptyStructure('GeneralCard').Address);
});

test('PersonalNumber: the optional data of a TD2 card, as of a TD1; "" when the state left it empty', () => {
  const romanian = ['I<ROUPOPA<<MIHAI<<<<<<<<<<<<<<<<<<<<', 'HYCVKJYHW0ROU9508152M3012039P6083189'];
  const parse = parseMrz(romanian, { today });
  assert.ok(parse.fields !== null && parse.valid);
  assert.equal(mrzToFields(classifyMrz('TD2', 'I'), parse.fields, romanian).PersonalNumber, 'P608318');
  const utopia = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
  const empty = parseMrz(utopia, { today });
  assert.ok(empty.fields !== null);
  assert.equal(mrzToFields(classifyMrz('TD2', 'I'), empty.fields, utopia).PersonalNumber, '');
});

test('the name field ends at its second "<<": letters after it are misread fillers', () => {
  const misread = ['P<VNMPHAM<<MINH<DUC<<<<<CC<<<<<<<<<<<<CC<<<<', 'U722464896VNM0802053M3106084<<<<<<<<<<<<<<00'];
  const { lines, corrections } = cleanNameField(misread, 'TD3');
  assert.equal(lines[0], 'P<VNMPHAM<<MINH<DUC<<<<<<<<<<<<<<<<<<<<<<<<<');
  assert.equal(lines[1], misread[1]);
  assert.deepEqual(corrections[0], { line: 1, position: 24, from: 'C', to: '<', reason: 'filler-rule' });
  assert.equal(corrections.length, 4);
  assert.deepEqual(cleanNameField(TD3, 'TD3').corrections, [], 'a clean name is left alone');
  assert.equal(cleanNameField(TD1, 'TD1').lines[2], TD1[2]);
});

test('visual-zone dates and transliteration forms', () => {
  assert.deepEqual(datesIn('22OCT1955'), ['1955-10-22']);
  assert.deepEqual(datesIn('12 AUG/AOUT 1974'), ['1974-08-12']);
  assert.deepEqual(datesIn('02.09.1955'), ['1955-09-02']);
  assert.deepEqual(datesIn('02 09 1955'), ['1955-09-02']);
  assert.deepEqual(datesIn('Date of birth'), []);
  assert.ok(mrzForms('Müller').includes('MUELLER'));
  assert.ok(mrzForms('Müller').includes('MULLER'));
});

const box = (y: number, x = 300) => ({ x, y, width: 200, height: 20 });
function viz(lines: Array<[string, number]>): VizLine[] {
  return lines.map(([text, y]) => ({ text, box: box(y) }));
}

test('cross-check: agreement passes, a different printed value is a mismatch with both values, absence is skipped', () => {
  const fields = parseMrz(TD3, { today })?.fields;
  assert.ok(fields);
  const agree = crossCheckViz(
    viz([['Surname/Nom', 100], ['ERIKSSON', 125], ['Given names', 160], ['ANNA MARIA', 185], ['L898902C3', 220], ['12 AUG 1974', 260], ['15 APR 2012', 300], ['F', 340]]),
    fields,
  );
  assert.deepEqual(agree.map((c) => c.status), ['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  // OCR's I/1 and O/0 confusions in the printed number are not a disagreement.
  assert.equal(crossCheckViz(viz([['L8989O2C3', 220]]), fields).find((c) => c.field === 'documentNumber')?.status, 'pass');
  // A repainted name on a page whose number agrees: a disagreement with both values.
  const renamed = crossCheckViz(viz([['Surname/Nom', 100], ['JOHANSSON', 125], ['L898902C3', 220], ['M', 340]]), fields);
  const byField = Object.fromEntries(renamed.map((c) => [c.field, c]));
  assert.equal(byField.surname?.status, 'mismatch');
  assert.equal(byField.surname?.viz, 'JOHANSSON');
  assert.equal(byField.surname?.mrz, 'ERIKSSON');
  assert.equal(byField.sex?.status, 'mismatch');
  assert.equal(byField.givenNames?.status, 'skipped', 'no caption, no value: proves nothing');
  assert.equal(byField.expiryDate?.status, 'skipped');
  // Number and dates are recognisable by their shape; a different one is a disagreement on its own.
  const altered = Object.fromEntries(crossCheckViz(viz([['L898902C8', 220], ['12 AUG 1975', 260]]), fields).map((c) => [c.field, c]));
  assert.equal(altered.documentNumber?.status, 'mismatch');
  assert.equal(altered.birthDate?.status, 'mismatch');
  assert.equal(altered.birthDate?.viz, '1975-08-12');
  // A specimen page: placeholder names under the captions and nothing that ties the page to this MRZ.
  const specimen = crossCheckViz(viz([['Surname/Nom', 100], ['SPECIMEN', 125], ['Given names', 160], ['TYLER', 185]]), fields);
  assert.deepEqual(specimen.map((c) => c.status), ['skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
});

test('ICAO 9303-3 §6 digraphs: a printed Ü whose dots the OCR lost (MULLER) agrees with the MRZ MUELLER, and is printed back as Ü', () => {
  assert.deepEqual(lostDigraphs('MULLER', 'MUELLER'), [true]);
  assert.deepEqual(lostDigraphs('GOTHE', 'GOETHE'), [true]);
  assert.deepEqual(lostDigraphs('SCHAFERMUELLER', 'SCHAEFERMUELLER'), [true, false]);
  assert.equal(lostDigraphs('MUELLER', 'MUELLER'), null, 'nothing lost');
  assert.equal(lostDigraphs('MILLER', 'MUELLER'), null, 'another name');
  assert.equal(lostDigraphs('MULLER', 'MOLLER'), null, 'no digraph in the MRZ');
  assert.equal(withPrintedLetters('MULLER', 'MUELLER'), 'MÜLLER');
  assert.equal(withPrintedLetters('SCHAFER MUELLER', 'SCHAEFER MUELLER'), 'SCHÄFER MUELLER', 'only the digraphs printed as one letter');
  assert.equal(withPrintedLetters('MUELLER', 'MUELLER'), null);
  const mrz = ['P<D<<MUELLER<<LENA<SOPHIE<<<<<<<<<<<<<<<<<<<', 'NL65857232D<<6001294F3409143<<<<<<<<<<<<<<06'];
  const fields = parseMrz(mrz, { today: '2026-01-01' })?.fields;
  assert.ok(fields);
  const [surname] = crossCheckViz(viz([['Name/Surname', 100], ['MULLER', 125], ['NL6585723', 220]]), fields);
  assert.equal(surname?.status, 'pass');
  assert.equal(surname?.viz, 'MULLER');
  const [other] = crossCheckViz(viz([['Name/Surname', 100], ['MILLER', 125], ['NL6585723', 220]]), fields);
  assert.equal(other?.status, 'mismatch', 'a different name is still a disagreement');
});

test('a digraph spanning two words is not mapped back to one letter', () => {
  assert.equal(withPrintedLetters('LUCA MIL', 'LUCA EMIL'), null);
});
