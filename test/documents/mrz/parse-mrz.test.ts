import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMrz } from '../../../src/documents/mrz/parse-mrz.js';
import { MRVA, MRVB, TD1, TD1_LONG, TD2, TD2_LONG, TD3, TD3_EARLIER, TODAY, withChar } from './specimens.js';

test('TD3 specimen (part 4): every field and every check digit', () => {
  const result = parseMrz(TD3, { today: TODAY });
  assert.equal(result.format, 'TD3');
  assert.equal(result.valid, true);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.fields, {
    documentCode: 'P',
    issuingState: 'UTO',
    documentNumber: 'L898902C3',
    nationality: 'UTO',
    birthDate: '1974-08-12',
    birthDateRaw: '740812',
    sex: 'F',
    expiryDate: '2012-04-15',
    expiryDateRaw: '120415',
    optionalData1: 'ZE184226B',
    optionalData2: '',
    surname: 'ERIKSSON',
    givenNames: 'ANNA MARIA',
  });
  assert.deepEqual(result.checks, [
    { field: 'documentNumber', expected: '6', actual: '6', valid: true },
    { field: 'birthDate', expected: '2', actual: '2', valid: true },
    { field: 'expiryDate', expected: '9', actual: '9', valid: true },
    { field: 'personalNumber', expected: '1', actual: '1', valid: true },
    { field: 'composite', expected: '0', actual: '0', valid: true },
  ]);
});

test('earlier TD3 specimen: an eight-character number padded with filler', () => {
  const result = parseMrz(TD3_EARLIER, { today: TODAY });
  assert.equal(result.valid, true);
  assert.equal(result.fields?.documentNumber, 'L898902C');
  assert.equal(result.fields?.birthDate, '1969-08-06');
  assert.equal(result.fields?.expiryDate, '1994-06-23');
});

test('TD1 specimen (part 5): three lines, names on line 3, composite over lines 1 and 2', () => {
  const result = parseMrz(TD1, { today: TODAY });
  assert.equal(result.format, 'TD1');
  assert.equal(result.valid, true);
  assert.equal(result.fields?.documentNumber, 'D23145890');
  assert.equal(result.fields?.documentCode, 'I');
  assert.equal(result.fields?.nationality, 'UTO');
  assert.equal(result.fields?.surname, 'ERIKSSON');
  assert.equal(result.fields?.givenNames, 'ANNA MARIA');
  assert.deepEqual(
    result.checks.map((c) => [c.field, c.actual]),
    [['documentNumber', '7'], ['birthDate', '2'], ['expiryDate', '9'], ['composite', '6']],
  );
});

test('TD2 specimen (part 6)', () => {
  const result = parseMrz(TD2, { today: TODAY });
  assert.equal(result.format, 'TD2');
  assert.equal(result.valid, true);
  assert.equal(result.fields?.documentNumber, 'D23145890');
  assert.equal(result.fields?.birthDate, '1974-08-12');
  assert.deepEqual(result.checks.map((c) => c.field), ['documentNumber', 'birthDate', 'expiryDate', 'composite']);
});

test('visas (part 7): V selects MRV-A or MRV-B, and there is no composite check digit', () => {
  const a = parseMrz(MRVA, { today: TODAY });
  assert.equal(a.format, 'MRVA');
  assert.equal(a.valid, true);
  assert.equal(a.fields?.documentNumber, 'L8988901C');
  assert.equal(a.fields?.nationality, 'XXX');
  assert.equal(a.fields?.birthDate, '1940-09-07');
  assert.equal(a.fields?.expiryDate, '1996-12-10');
  assert.equal(a.fields?.optionalData1, '6ZE184226B');
  assert.deepEqual(a.checks.map((c) => c.field), ['documentNumber', 'birthDate', 'expiryDate']);
  const b = parseMrz(MRVB, { today: TODAY });
  assert.equal(b.format, 'MRVB');
  assert.equal(b.valid, true);
  assert.deepEqual(b.checks.map((c) => c.field), ['documentNumber', 'birthDate', 'expiryDate']);
});

test('document numbers over nine characters continue in the optional data (part 11 appendix D.2)', () => {
  const td1 = parseMrz(TD1_LONG, { today: TODAY });
  assert.equal(td1.valid, true);
  assert.equal(td1.fields?.documentNumber, 'D23145890734');
  assert.equal(td1.fields?.optionalData1, '');
  assert.deepEqual(td1.checks[0], { field: 'documentNumber', expected: '9', actual: '9', valid: true });
  assert.equal(td1.fields?.sex, 'M');
  const td2 = parseMrz(TD2_LONG, { today: TODAY });
  assert.equal(td2.valid, true);
  assert.equal(td2.fields?.documentNumber, 'D23145890734');
  assert.equal(td2.fields?.surname, 'STEVENSON');
  assert.equal(td2.fields?.givenNames, 'PETER JOHN');
});

test('a wrong check digit is reported with the digit it should be', () => {
  const result = parseMrz(withChar(TD3, 1, 19, '3'), { today: TODAY });
  assert.equal(result.valid, false);
  assert.deepEqual(result.checks[1], { field: 'birthDate', expected: '2', actual: '3', valid: false });
  assert.equal(result.checks[4]?.valid, false); // the composite covers the birth check digit too
  assert.deepEqual(result.errors, []);
});

test('an unused TD3 personal number may carry < as its check digit (part 4)', () => {
  const lines = [TD3[0]!, 'L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8'];
  const result = parseMrz(lines, { today: TODAY });
  assert.equal(result.valid, true);
  assert.deepEqual(result.checks[3], { field: 'personalNumber', expected: '0', actual: '<', valid: true });
  assert.equal(result.fields?.optionalData1, '');
});

test('century pivots: birth dates in the past, expiry within 50 years ahead', () => {
  const early = parseMrz(TD3, { today: '1990-01-01' });
  assert.equal(early.fields?.birthDate, '1974-08-12');
  assert.equal(early.fields?.expiryDate, '2012-04-15');
  // Born "250602" seen on 2025-06-01 must be 1925; expiry "750101" is 2075, "760101" is 1976.
  const born = withChar(withChar(withChar(TD3, 1, 13, '2'), 1, 14, '5'), 1, 15, '0');
  assert.equal(parseMrz(withChar(withChar(withChar(born, 1, 16, '6'), 1, 17, '0'), 1, 18, '2'), { today: TODAY }).fields?.birthDate, '1925-06-02');
  assert.equal(parseMrz(withChar(withChar(withChar(born, 1, 16, '6'), 1, 17, '0'), 1, 18, '1'), { today: TODAY }).fields?.birthDate, '2025-06-01');
  const expiry = (yy: string): string | null | undefined =>
    parseMrz(withChar(withChar(TD3, 1, 21, yy[0]!), 1, 22, yy[1]!), { today: TODAY }).fields?.expiryDate;
  assert.equal(expiry('75'), '2075-04-15');
  assert.equal(expiry('76'), '1976-04-15');
});

test('structural errors: lengths, alphabet, dates and sex', () => {
  const short = parseMrz([TD3[0]!, TD3[1]!.slice(0, 43)], { today: TODAY });
  assert.equal(short.format, null);
  assert.deepEqual(short.errors, ['line 2: 43 characters, expected 44 for TD3']);
  assert.deepEqual(parseMrz(['P<UTO'], { today: TODAY }).errors, ['expected 2 or 3 lines, got 1']);
  assert.match(parseMrz(withChar(TD3, 1, 3, 'ß'), { today: TODAY }).errors.join(), /outside A–Z/);
  assert.match(parseMrz(withChar(TD3, 1, 15, '1'), { today: TODAY }).errors.join(), /birthDate: 741812/);
  const sex = parseMrz(withChar(TD3, 1, 20, 'Q'), { today: TODAY });
  assert.equal(sex.fields?.sex, null);
  assert.match(sex.errors.join(), /sex/);
  assert.equal(sex.valid, false);
  assert.equal(parseMrz(withChar(TD3, 1, 20, '<'), { today: TODAY }).fields?.sex, 'X');
});

test('an unknown birth day printed as filler is not an error, only an unknown date', () => {
  const lines = withChar(withChar(TD3, 1, 17, '<'), 1, 18, '<');
  const result = parseMrz(lines, { today: TODAY });
  assert.equal(result.fields?.birthDate, null);
  assert.equal(result.fields?.birthDateRaw, '7408<<');
  assert.deepEqual(result.errors, []);
});
