import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NIK_PROVINCES } from '../../../src/documents/checks/nik-provinces.js';
import { parseNik, validateNik } from '../../../src/documents/checks/nik.js';

const TODAY = '2025-06-01';

test('a published example NIK (3578080102030001) parses to region, date and sex', () => {
  assert.deepEqual(parseNik('3578080102030001', TODAY), {
    provinceCode: '35',
    regencyCode: '78',
    districtCode: '08',
    birthDate: '2003-02-01',
    sex: 'M',
  });
  assert.equal(validateNik('3578080102030001', TODAY).parts?.provinceName, 'Jawa Timur');
});

test('women carry 40 added to the day', () => {
  assert.deepEqual(parseNik('3202084504910003', TODAY), {
    provinceCode: '32',
    regencyCode: '02',
    districtCode: '08',
    birthDate: '1991-04-05',
    sex: 'F',
  });
  assert.equal(parseNik('3202080504910003', TODAY)?.sex, 'M');
  assert.equal(parseNik('3202087104910003', TODAY), null); // day 71 − 40 = 31 April does not exist
  assert.match(validateNik('3202083504910003', TODAY).reason ?? '', /neither 01–31/); // day 35 is neither
  assert.match(validateNik('3202080004910003', TODAY).reason ?? '', /neither 01–31/);
});

test('century: the latest year that keeps the birth date in the past', () => {
  assert.equal(parseNik('3329091212121059', TODAY)?.birthDate, '2012-12-12');
  assert.equal(parseNik('3329090107250001', TODAY)?.birthDate, '1925-07-01');
});

test('invalid region codes, serial 0000 and malformed input fail', () => {
  assert.match(validateNik('4629474518104711', TODAY).reason ?? '', /^province/);
  assert.match(validateNik('3100003009870001', TODAY).reason ?? '', /^regency/);
  assert.match(validateNik('3121003009870001', TODAY).reason ?? '', /^district/);
  assert.match(validateNik('6112032206820000', TODAY).reason ?? '', /^serial/);
  assert.match(validateNik('35780801020300', TODAY).reason ?? '', /^format/);
  assert.equal(validateNik('35.78.08.010203.0001', TODAY).valid, true);
});

test('the province table has the 38 Kemendagri provinces, 11–96', () => {
  const codes = Object.keys(NIK_PROVINCES);
  assert.equal(codes.length, 38);
  assert.equal(NIK_PROVINCES['11'], 'Aceh');
  assert.equal(NIK_PROVINCES['96'], 'Papua Barat Daya');
  assert.equal(NIK_PROVINCES['20'], undefined);
});
