import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MYKAD_PLACES } from '../../../src/documents/checks/mykad-places.js';
import { parseMyKad, validateMyKad } from '../../../src/documents/checks/mykad.js';

const TODAY = '2025-06-01';

test('the MyKad promotional specimen number 831003-14-5020 reads as a woman born in Kuala Lumpur', () => {
  assert.deepEqual(parseMyKad('831003-14-5020', TODAY), {
    birthDate: '1983-10-03',
    placeCode: '14',
    placeName: 'Wilayah Persekutuan Kuala Lumpur',
    sex: 'F',
  });
});

test('with or without dashes; odd last digit is male', () => {
  assert.equal(parseMyKad('560224108354', TODAY)?.placeName, 'Selangor');
  assert.equal(parseMyKad('560224-10-8355', TODAY)?.sex, 'M');
  assert.equal(parseMyKad('560224-10-8354', TODAY)?.sex, 'F');
  assert.equal(validateMyKad('560224-108354', TODAY).valid, false); // one dash only
});

test('century: the latest year that keeps the birth date in the past', () => {
  assert.equal(parseMyKad('050101-10-1235', TODAY)?.birthDate, '2005-01-01');
  assert.equal(parseMyKad('250601-10-1235', TODAY)?.birthDate, '2025-06-01');
  assert.equal(parseMyKad('250602-10-1235', TODAY)?.birthDate, '1925-06-02');
});

test('foreign place codes are known; unallotted codes and bad dates fail', () => {
  assert.equal(parseMyKad('900101-66-1235', TODAY)?.placeName, 'Singapore');
  assert.equal(validateMyKad('900101-66-1235', TODAY).parts?.placeKind, 'foreign');
  assert.match(validateMyKad('561372-70-7953', TODAY).reason ?? '', /^birth date/);
  assert.match(validateMyKad('560224-70-7953', TODAY).reason ?? '', /^place of birth/);
  assert.match(validateMyKad('560224-17-7953', TODAY).reason ?? '', /^place of birth/);
  assert.match(validateMyKad('560224-00-7953', TODAY).reason ?? '', /^place of birth/);
  assert.match(validateMyKad('010229-10-1235', TODAY).reason ?? '', /^birth date/); // 2001 is not a leap year
  assert.equal(parseMyKad('83100314502', TODAY), null);
});

test('the place table holds states 01–16 and 21–59, 82, and the allotted foreign codes', () => {
  for (let n = 1; n <= 16; n++) assert.equal(MYKAD_PLACES.get(String(n).padStart(2, '0'))?.kind, 'state');
  for (let n = 21; n <= 59; n++) assert.equal(MYKAD_PLACES.get(String(n))?.kind, 'state', String(n));
  assert.equal(MYKAD_PLACES.get('82')?.kind, 'state');
  for (const code of ['17', '20', '69', '70', '73', '80', '81', '94', '97']) assert.equal(MYKAD_PLACES.has(code), false, code);
  assert.equal(MYKAD_PLACES.get('59')?.name, 'Negeri Sembilan');
});
