import { emptyStructure, type StructureFields } from '../seed-shapes.js';
import type { MrzFields } from '../mrz/index.js';
import type { MrzClass } from './classify-mrz.js';
import { isoCountry } from './icao-country.js';
import type { PrintedAddress, VizDetails } from './viz-details.js';

/** What the visual zone prints that the fields take (set by the viz stage). */
export interface PrintedNames {
  /** Names as printed when they agreed with the MRZ's. */
  surname?: string;
  givenNames?: string;
  /** Details the MRZ does not carry (viz-details.ts); taken into `GeneralCard`. */
  details?: VizDetails;
}

/** `GIVEN NAMES SURNAME`, the order the studio and most readers use for a full name. */
function fullName(given: string, surname: string): string {
  return [given, surname].filter((part) => part !== '').join(' ');
}

/** The seed's `Address` object with the printed lines (`LineOne`…), joined by commas, and their postcode and town. */
function address(empty: StructureFields[string] | undefined, printed: PrintedAddress | undefined): Record<string, string> {
  const base = typeof empty === 'object' ? empty : {};
  if (printed === undefined) return base;
  const keys = ['LineOne', 'LineTwo', 'LineThree', 'LineFour', 'LineFive'] as const;
  const lines = Object.fromEntries(printed.lines.slice(0, keys.length).map((line, i) => [keys[i]!, line]));
  return { ...base, ...lines, FormattedAddress: printed.lines.join(', '), PostalCode: printed.postalCode, City: printed.city };
}

/**
 * The seed member of decisions.md D10/D12 filled from an MRZ: every key present, every leaf a string, dates
 * `YYYY-MM-DD`, sex `M`/`F`/`X`, names from the MRZ with fillers read as spaces (or as printed in the visual zone
 * when it agreed with the MRZ), `PassportCodeFirst`/`Second` the MRZ lines exactly. What an MRZ does not carry
 * (issue date, authority, birthplace, address) comes from the visual zone for `GeneralCard`, else is `""`.
 */
export function mrzToFields(kind: MrzClass, mrz: MrzFields, lines: readonly string[], printed: PrintedNames = {}): StructureFields {
  const surname = printed.surname ?? mrz.surname;
  const details = printed.details ?? {};
  const given = printed.givenNames ?? mrz.givenNames;
  const fields = emptyStructure(kind.structure);
  const common = {
    LicenseNumber: mrz.documentNumber,
    PassportCodeFirst: lines[0] ?? '',
    PassportCodeSecond: lines[1] ?? '',
    FullName: fullName(given, surname),
    Sex: mrz.sex ?? '',
    Birthday: mrz.birthDate ?? '',
  };
  if (kind.structure === 'InternationalIDPassport') {
    return {
      ...fields,
      ...common,
      Surname: surname,
      GivenName: given,
      DateOfExpiration: mrz.expiryDate ?? '',
      IssuingCountry: isoCountry(mrz.issuingState),
      NationalityCode: isoCountry(mrz.nationality),
    };
  }
  return {
    ...fields,
    ...common,
    // TD3 personal number, TD1 line-1 and TD2 line-2 optional data: ICAO 9303 gives each to the issuing state for
    // the holder's data, and states put a personal number there (Spain's DNI number in its TD1 line 1); a TD2 is
    // treated as a TD1. Visas' optional data is left out.
    PersonalNumber: kind.cardSubType === 'ICAO_TD3' || kind.cardSubType === 'ICAO_TD1' || kind.cardSubType === 'ICAO_TD2' ? mrz.optionalData1 : '',
    ExpirationDate: mrz.expiryDate ?? '',
    IssuedCountry: isoCountry(mrz.issuingState),
    FirstName: given,
    LastName: surname,
    // Spec §F.2: "0 means not obtained"; the age is not printed, and a computed one would change with the clock.
    Age: '0',
    Nationality: isoCountry(mrz.nationality),
    IssuedDate: details.issuedDate ?? '',
    IssuedAuthority: details.issuedAuthority ?? '',
    BirthPlace: details.birthPlace ?? '',
    Address: address(fields.Address, details.address),
  };
}
