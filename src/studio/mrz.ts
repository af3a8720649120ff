/**
 * Composes machine-readable zones (ICAO 9303 part 4 TD3, part 5 TD1, part 6 TD2) with their check digits
 * computed by the shared rule (documents/checks/icao-check-digit.ts). Parsing lives in documents/mrz; this file
 * only writes.
 */

import { icaoCheckDigit } from '../documents/checks/icao-check-digit.js';
import { yymmdd, type CalendarDate } from './dates.js';

/** ICAO 9303 part 3 §6.A: transliterations that are not a plain accent strip. */
const SPECIAL: Record<string, string> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'SS', Å: 'AA', Æ: 'AE', Ø: 'OE', Œ: 'OE', Þ: 'TH', Đ: 'D', Ð: 'D', Ł: 'L', Ħ: 'H', Ĳ: 'IJ' };

/** Upper-case MRZ characters for a name component: transliterated, punctuation dropped, spaces and hyphens as `<`. */
export function mrzText(text: string): string {
  const upper = text.toUpperCase();
  let out = '';
  for (const ch of upper) {
    const special = SPECIAL[ch];
    if (special !== undefined) {
      out += special;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (/^[A-Z0-9]$/.test(base)) out += base;
    else if (base === ' ' || base === '-') out += '<';
    // Apostrophes and other punctuation are omitted (part 3 §6.B).
  }
  return out.replace(/<+/g, '<');
}

/** Name field: `SURNAME<<GIVEN<NAMES`, cut and filled to `width` (part 3 §4.6; truncation simplified to a cut). */
export function mrzNameField(surname: string, given: string, width: number): string {
  const primary = mrzText(surname);
  const secondary = mrzText(given);
  const joined = secondary.length > 0 ? `${primary}<<${secondary}` : primary;
  return pad(joined.slice(0, width), width);
}

export function pad(text: string, width: number): string {
  if (text.length > width) throw new RangeError(`"${text}" is longer than ${width}`);
  return text + '<'.repeat(width - text.length);
}

const cd = (s: string): string => String(icaoCheckDigit(s));

export interface MrzPerson {
  documentCode: string;
  issuingState: string;
  surname: string;
  given: string;
  documentNumber: string;
  nationality: string;
  birth: CalendarDate;
  sex: 'M' | 'F' | 'X';
  expiry: CalendarDate;
  /** TD3 personal number / TD1–TD2 optional data. */
  optional: string;
}

const sexChar = (s: 'M' | 'F' | 'X'): string => (s === 'X' ? '<' : s);

/** TD3 (passport data page): two lines of 44 (part 4 §4.2). */
export function td3(p: MrzPerson): string[] {
  const line1 = pad(p.documentCode, 2) + pad(p.issuingState, 3) + mrzNameField(p.surname, p.given, 39);
  const num = pad(p.documentNumber, 9);
  const personal = pad(p.optional, 14);
  // A personal-number field of fillers only takes 0 as its check digit (part 4 §4.2.2 note).
  const personalCheck = /^<+$/.test(personal) ? '0' : cd(personal);
  const birth = yymmdd(p.birth);
  const expiry = yymmdd(p.expiry);
  const head = num + cd(num) + pad(p.nationality, 3) + birth + cd(birth) + sexChar(p.sex) + expiry + cd(expiry) + personal + personalCheck;
  const composite = num + cd(num) + birth + cd(birth) + expiry + cd(expiry) + personal + personalCheck;
  return [line1, head + cd(composite)];
}

/** TD1 (ID-1 card): three lines of 30 (part 5 §4.2); document numbers of at most nine characters. */
export function td1(p: MrzPerson, optional2 = ''): string[] {
  const num = pad(p.documentNumber, 9);
  const opt1 = pad(p.optional, 15);
  const line1 = pad(p.documentCode, 2) + pad(p.issuingState, 3) + num + cd(num) + opt1;
  const birth = yymmdd(p.birth);
  const expiry = yymmdd(p.expiry);
  const opt2 = pad(optional2, 11);
  const line2head = birth + cd(birth) + sexChar(p.sex) + expiry + cd(expiry) + pad(p.nationality, 3) + opt2;
  const composite = line1.slice(5, 30) + birth + cd(birth) + expiry + cd(expiry) + opt2;
  return [line1, line2head + cd(composite), mrzNameField(p.surname, p.given, 30)];
}

/** TD2: two lines of 36 (part 6 §4.2). */
export function td2(p: MrzPerson): string[] {
  const line1 = pad(p.documentCode, 2) + pad(p.issuingState, 3) + mrzNameField(p.surname, p.given, 31);
  const num = pad(p.documentNumber, 9);
  const birth = yymmdd(p.birth);
  const expiry = yymmdd(p.expiry);
  const opt = pad(p.optional, 7);
  const head = num + cd(num) + pad(p.nationality, 3) + birth + cd(birth) + sexChar(p.sex) + expiry + cd(expiry) + opt;
  const composite = num + cd(num) + birth + cd(birth) + expiry + cd(expiry) + opt;
  return [line1, head + cd(composite)];
}

/**
 * Breaks one check digit of a composed MRZ for `--invalid`: the check digit at `col` of `line` gets another digit.
 * Returns the new lines and which check was broken.
 */
export function breakCheckDigit(lines: string[], line: number, col: number): string[] {
  const out = [...lines];
  const text = out[line]!;
  const digit = Number(text.charAt(col));
  const wrong = String((Number.isNaN(digit) ? 0 : digit + 1 + (col % 7)) % 10);
  out[line] = text.slice(0, col) + (wrong === text.charAt(col) ? String((Number(wrong) + 1) % 10) : wrong) + text.slice(col + 1);
  return out;
}
