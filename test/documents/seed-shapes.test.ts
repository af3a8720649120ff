import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GENERAL_CARD_ADDRESS_KEYS, SEED_SHAPES, emptyStructure } from '../../src/documents/seed-shapes.js';
import { SEED_STRUCTURES } from '../../src/verification/types.js';

// Written out from spec §F.2 table by table, in table order; decisions.md D10 requires every key, always.
const EXPECTED: Record<(typeof SEED_STRUCTURES)[number], string[]> = {
  HKIDCard: ['CnName', 'EnName', 'TelexCode', 'Sex', 'Birthday', 'Permanent', 'IdNum', 'Symbol', 'FirstIssueDate', 'CurrentIssueDate'],
  MLIDCard: ['Name', 'ID', 'Sex', 'Address', 'Type', 'Birthday'],
  PhilippinesVoteID: ['VIN', 'FirstName', 'LastName', 'Birthday', 'CivilStatus', 'Citizenship', 'Address', 'PrecinctNo'],
  IndonesiaIDCard: [
    'NIK', 'Nama', 'TempatTglLahir', 'JenisKelamin', 'GolDarah', 'Alamat', 'RTRW', 'KelDesa', 'Kecamatan', 'Agama',
    'StatusPerkawinan', 'Perkerjaan', 'KewargaNegaraan', 'BerlakuHingga', 'IssuedDate', 'Provinsi', 'Kota',
  ],
  PhilippinesDrivingLicense: [
    'Name', 'LastName', 'FirstName', 'MiddleName', 'Nationality', 'Sex', 'Address', 'LicenseNo', 'ExpiresDate',
    'AgencyCode', 'Birthday',
  ],
  PhilippinesTinID: ['LicenseNumber', 'FullName', 'Address', 'Birthday', 'IssueDate'],
  PhilippinesSSSID: ['LicenseNumber', 'FullName', 'Birthday'],
  PhilippinesUMID: ['Surname', 'MiddleName', 'GivenName', 'Sex', 'Birthday', 'Address', 'CRN'],
  InternationalIDPassport: [
    'LicenseNumber', 'FullName', 'Surname', 'GivenName', 'Birthday', 'Sex', 'DateOfExpiration', 'IssuingCountry',
    'NationalityCode', 'PassportCodeFirst', 'PassportCodeSecond',
  ],
  GeneralCard: [
    'LicenseNumber', 'PersonalNumber', 'PassportCodeFirst', 'PassportCodeSecond', 'ExpirationDate', 'DueDate',
    'IssuedDate', 'IssuedAuthority', 'IssuedCountry', 'FullName', 'FirstName', 'LastName', 'Sex', 'Age', 'Birthday',
    'BirthPlace', 'Nationality', 'RegistrationNumber', 'Address', 'FullNameLocal', 'FirstNameLocal', 'LastNameLocal',
  ],
  IndonesiaDrivingLicense: [
    'LastName', 'FirstName', 'LicenseNumber', 'Birthday', 'Address', 'ExpirationDate', 'IssuedDate', 'IssuedCountry',
  ],
  ThailandIDCard: ['LastName', 'FirstName', 'LicenseNumber', 'DateOfBirth', 'DateOfExpiry', 'DateOfIssue', 'IssuedCountry'],
  SingaporeIDCard: [
    'ChName', 'ChineseName', 'EnName', 'FullName', 'ID', 'LicenseNumber', 'Sex', 'CountryOfBirth', 'Nationality',
    'Birthday', 'Address', 'Race', 'NRICCode', 'PostCode', 'DateOfExpiration', 'DateOfIssue',
  ],
};

const EXPECTED_ADDRESS = [
  'Country', 'PostalCode', 'Subdivision', 'City', 'FormattedAddress', 'LineOne', 'LineTwo', 'LineThree', 'LineFour',
  'LineFive',
];

test('there is a shape for exactly the 13 seed structures', () => {
  assert.deepEqual(Object.keys(SEED_SHAPES).sort(), [...SEED_STRUCTURES].sort());
  assert.equal(SEED_STRUCTURES.length, 13);
});

for (const name of SEED_STRUCTURES) {
  test(`${name}: the key list is the spec's, in order`, () => {
    assert.deepEqual([...SEED_SHAPES[name]], EXPECTED[name]);
  });
}

test('GeneralCard.Address has its ten keys', () => {
  assert.deepEqual([...GENERAL_CARD_ADDRESS_KEYS], EXPECTED_ADDRESS);
});

test('emptyStructure gives every key as "" and nested Address as an object of ""', () => {
  for (const name of SEED_STRUCTURES) {
    const empty = emptyStructure(name);
    assert.deepEqual(Object.keys(empty), EXPECTED[name], name);
    for (const [key, value] of Object.entries(empty)) {
      if (name === 'GeneralCard' && key === 'Address') {
        assert.deepEqual(value, Object.fromEntries(EXPECTED_ADDRESS.map((inner) => [inner, ''])));
      } else {
        assert.equal(value, '', `${name}.${key}`);
      }
    }
  }
});

test('emptyStructure returns a fresh object each time', () => {
  const first = emptyStructure('GeneralCard');
  first.FullName = 'changed';
  (first.Address as Record<string, string>).City = 'changed';
  const second = emptyStructure('GeneralCard');
  assert.equal(second.FullName, '');
  assert.equal((second.Address as Record<string, string>).City, '');
});
