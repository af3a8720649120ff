// Indonesian NIK (Nomor Induk Kependudukan), 16 digits: PP KK CC DDMMYY SSSS — province, regency/city and
// district codes (Kemendagri kode wilayah), the birth date with 40 added to the day for women, and a serial
// among people of the same district and birth date (from 0001). Layout as described by Dukcapil and public
// NIK parsers (e.g. AXRO98/Cek_NIK: "untuk wanita DD + 40"). The NIK carries no check digit.
// Century: the latest year that puts the birth date on or before "today", as for MyKad and the MRZ.

import { birthDateFromYymmdd, isoToday } from './dates.js';
import { invalid, valid, type IdValidation } from './id-validation.js';
import { NIK_PROVINCES } from './nik-provinces.js';

export interface NikParts {
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: 'M' | 'F';
  serial: string;
}

export interface NikInfo {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: 'M' | 'F';
}

const FEMALE_DAY_OFFSET = 40;

/** Validates a 16-digit NIK (spaces, dots and dashes ignored) against the region, date, sex and serial rules. */
export function validateNik(nik: string, today: string | Date = isoToday()): IdValidation<NikParts> {
  const text = nik.replace(/[\s.-]+/g, '');
  if (!/^\d{16}$/.test(text)) return invalid('format: expected 16 digits');
  const provinceCode = text.slice(0, 2);
  const regencyCode = text.slice(2, 4);
  const districtCode = text.slice(4, 6);
  const encodedDay = Number(text.slice(6, 8));
  const serial = text.slice(12, 16);
  const provinceName = NIK_PROVINCES[provinceCode];
  if (!provinceName) return invalid(`province: code ${provinceCode} is not a Kemendagri province`);
  if (regencyCode === '00') return invalid('regency: code 00 is not allotted');
  if (districtCode === '00') return invalid('district: code 00 is not allotted');
  let sex: 'M' | 'F';
  let day: number;
  if (encodedDay >= 1 && encodedDay <= 31) {
    sex = 'M';
    day = encodedDay;
  } else if (encodedDay >= 1 + FEMALE_DAY_OFFSET && encodedDay <= 31 + FEMALE_DAY_OFFSET) {
    sex = 'F';
    day = encodedDay - FEMALE_DAY_OFFSET;
  } else {
    return invalid(`birth date: day ${text.slice(6, 8)} is neither 01–31 (male) nor 41–71 (female)`);
  }
  const yymmdd = `${text.slice(10, 12)}${text.slice(8, 10)}${String(day).padStart(2, '0')}`;
  const birthDate = birthDateFromYymmdd(yymmdd, today);
  if (!birthDate) return invalid(`birth date: ${text.slice(6, 12)} is not a real date`);
  if (serial === '0000') return invalid('serial: 0000 is not issued');
  return valid({ provinceCode, provinceName, regencyCode, districtCode, birthDate, sex, serial });
}

/** Reads region codes, birth date and sex from a valid NIK; null when the NIK is not valid. */
export function parseNik(nik: string, today: string | Date = isoToday()): NikInfo | null {
  const result = validateNik(nik, today);
  if (!result.valid || !result.parts) return null;
  const { provinceCode, regencyCode, districtCode, birthDate, sex } = result.parts;
  return { provinceCode, regencyCode, districtCode, birthDate, sex };
}
