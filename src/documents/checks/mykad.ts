// Malaysian MyKad number `YYMMDD-PB-###G` (Jabatan Pendaftaran Negara): date of birth, place-of-birth code,
// a serial and a final digit that is odd for males and even for females. The number carries no check digit,
// so validation is structural: a real birth date, an allotted place code (mykad-places.ts) and the sex rule.
// Century: the printed year has two digits; the birth year is the latest one that puts the date on or before
// "today" (holders younger than 100), the same pivot as the MRZ birth date.

import { birthDateFromYymmdd, isoToday } from './dates.js';
import { invalid, valid, type IdValidation } from './id-validation.js';
import { MYKAD_PLACES, type MyKadPlaceKind } from './mykad-places.js';

export interface MyKadParts {
  birthDate: string;
  placeCode: string;
  placeName: string;
  placeKind: MyKadPlaceKind;
  serial: string;
  sex: 'M' | 'F';
}

export interface MyKadInfo {
  birthDate: string;
  placeCode: string;
  placeName: string;
  sex: 'M' | 'F';
}

// Dashes either both present or both absent.
const MYKAD_FORMAT = /^(\d{6})(-?)(\d{2})\2(\d{4})$/;

/** Sex from the last digit of a MyKad number: odd male, even female. */
export function myKadSex(lastDigit: number): 'M' | 'F' {
  return lastDigit % 2 === 1 ? 'M' : 'F';
}

/** Validates `YYMMDD-PB-###G` (with or without dashes; spaces ignored) against the date and place rules. */
export function validateMyKad(id: string, today: string | Date = isoToday()): IdValidation<MyKadParts> {
  const text = id.replace(/\s+/g, '');
  const m = MYKAD_FORMAT.exec(text);
  if (!m) return invalid('format: expected YYMMDD-PB-###G (12 digits)');
  const [, yymmdd, , placeCode, tail] = m as unknown as [string, string, string, string, string];
  const birthDate = birthDateFromYymmdd(yymmdd, today);
  if (!birthDate) return invalid(`birth date: ${yymmdd} is not a real YYMMDD date`);
  const place = MYKAD_PLACES.get(placeCode);
  if (!place) return invalid(`place of birth: code ${placeCode} is not allotted`);
  return valid({
    birthDate,
    placeCode,
    placeName: place.name,
    placeKind: place.kind,
    serial: tail.slice(0, 3),
    sex: myKadSex(Number(tail.charAt(3))),
  });
}

/** Reads birth date, place of birth and sex from a valid MyKad number; null when the number is not valid. */
export function parseMyKad(id: string, today: string | Date = isoToday()): MyKadInfo | null {
  const result = validateMyKad(id, today);
  if (!result.valid || !result.parts) return null;
  const { birthDate, placeCode, placeName, sex } = result.parts;
  return { birthDate, placeCode, placeName, sex };
}
