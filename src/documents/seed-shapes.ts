import type { StructureName } from '../verification/types.js';

/**
 * The exact key set of every seed `CardInfo` member (spec §F.2), in the spec's table order: the first release's
 * keys plus the keys added later to these same 13 structures. Pure data; the wire shaping fills it (D10).
 */

/** Keys of the `Address` object nested in `GeneralCard` (spec §F.2 "Address"). */
export const GENERAL_CARD_ADDRESS_KEYS = [
  'Country',
  'PostalCode',
  'Subdivision',
  'City',
  'FormattedAddress',
  'LineOne',
  'LineTwo',
  'LineThree',
  'LineFour',
  'LineFive',
] as const;

export const SEED_SHAPES = {
  HKIDCard: [
    'CnName',
    'EnName',
    'TelexCode',
    'Sex',
    'Birthday',
    'Permanent',
    'IdNum',
    'Symbol',
    'FirstIssueDate',
    'CurrentIssueDate',
  ],
  MLIDCard: ['Name', 'ID', 'Sex', 'Address', 'Type', 'Birthday'],
  PhilippinesVoteID: ['VIN', 'FirstName', 'LastName', 'Birthday', 'CivilStatus', 'Citizenship', 'Address', 'PrecinctNo'],
  IndonesiaIDCard: [
    'NIK',
    'Nama',
    'TempatTglLahir',
    'JenisKelamin',
    'GolDarah',
    'Alamat',
    'RTRW',
    'KelDesa',
    'Kecamatan',
    'Agama',
    'StatusPerkawinan',
    // Spelled so on the wire (spec §F.2).
    'Perkerjaan',
    'KewargaNegaraan',
    'BerlakuHingga',
    'IssuedDate',
    'Provinsi',
    'Kota',
  ],
  PhilippinesDrivingLicense: [
    'Name',
    'LastName',
    'FirstName',
    'MiddleName',
    'Nationality',
    'Sex',
    'Address',
    'LicenseNo',
    'ExpiresDate',
    'AgencyCode',
    'Birthday',
  ],
  PhilippinesTinID: ['LicenseNumber', 'FullName', 'Address', 'Birthday', 'IssueDate'],
  PhilippinesSSSID: ['LicenseNumber', 'FullName', 'Birthday'],
  PhilippinesUMID: ['Surname', 'MiddleName', 'GivenName', 'Sex', 'Birthday', 'Address', 'CRN'],
  InternationalIDPassport: [
    'LicenseNumber',
    'FullName',
    'Surname',
    'GivenName',
    'Birthday',
    'Sex',
    'DateOfExpiration',
    'IssuingCountry',
    'NationalityCode',
    'PassportCodeFirst',
    'PassportCodeSecond',
  ],
  GeneralCard: [
    'LicenseNumber',
    'PersonalNumber',
    'PassportCodeFirst',
    'PassportCodeSecond',
    'ExpirationDate',
    'DueDate',
    'IssuedDate',
    'IssuedAuthority',
    'IssuedCountry',
    'FullName',
    'FirstName',
    'LastName',
    'Sex',
    'Age',
    'Birthday',
    'BirthPlace',
    'Nationality',
    'RegistrationNumber',
    // An object, not a string: its keys are GENERAL_CARD_ADDRESS_KEYS.
    'Address',
    // Added 2026-01 (spec §F.2).
    'FullNameLocal',
    'FirstNameLocal',
    'LastNameLocal',
  ],
  IndonesiaDrivingLicense: [
    'LastName',
    'FirstName',
    'LicenseNumber',
    'Birthday',
    'Address',
    'ExpirationDate',
    'IssuedDate',
    'IssuedCountry',
  ],
  ThailandIDCard: [
    'LastName',
    'FirstName',
    'LicenseNumber',
    'DateOfBirth',
    'DateOfExpiry',
    'DateOfIssue',
    'IssuedCountry',
  ],
  // Deprecated 2024-06 names and their successors side by side: both are filled so older clients keep working.
  SingaporeIDCard: [
    'ChName',
    'ChineseName',
    'EnName',
    'FullName',
    'ID',
    'LicenseNumber',
    'Sex',
    'CountryOfBirth',
    'Nationality',
    'Birthday',
    'Address',
    'Race',
    'NRICCode',
    'PostCode',
    'DateOfExpiration',
    'DateOfIssue',
  ],
} as const satisfies Record<StructureName, readonly string[]>;

/** Keys whose value is an object rather than a string, with that object's own keys. */
export const SEED_OBJECT_KEYS: Partial<Record<StructureName, Record<string, readonly string[]>>> = {
  GeneralCard: { Address: GENERAL_CARD_ADDRESS_KEYS },
};

/** A filled seed member: every leaf a string (decisions.md D10). */
export type StructureFields = Record<string, string | Record<string, string>>;

/** Every key of the structure with `""` (nested objects as objects of `""`), in spec order. */
export function emptyStructure(name: StructureName): StructureFields {
  const objects = SEED_OBJECT_KEYS[name] ?? {};
  const result: StructureFields = {};
  for (const key of SEED_SHAPES[name]) {
    const nested = objects[key];
    result[key] = nested === undefined ? '' : Object.fromEntries(nested.map((inner) => [inner, '']));
  }
  return result;
}
