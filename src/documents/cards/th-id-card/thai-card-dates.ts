import { isValidCalendarDate } from '../../checks/dates.js';
import { digitise, type CardDate } from '../common/dates.js';

/**
 * The two date lines the Thai ID card prints for each of its dates: the Thai one in the Buddhist era
 * (`4 พ.ย. 2505`) and the English one under it (`4 Nov. 1962`). The OCR models read Latin and digits but not Thai
 * script, so the English line is read whole and only the digits of the Thai line survive (the month abbreviation
 * comes out as Latin garbage: `8 a.n. 2495`); the Buddhist year is what can be compared (BE = CE + 543).
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The Buddhist era counts from 543 BCE: 2505 BE is 1962 CE (Thai Government Gazette usage, the card's Thai side). */
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * Day, month word and year; the day and month may run together (`220ct. 1986`: `Oct` with O read as 0) and the
 * month may be followed by `.` or `,` or nothing. Only the first 3 letters of the month word are compared.
 */
const ENGLISH_DATE = /(?<!\d)(\d{1,2})\s*([A-Za-z0]{3,9})\s*[.,]?\s*([0-9OIl]{4})(?![0-9])/g;

/** Glyphs the recogniser puts for letters inside a month word. */
function monthOf(word: string): number | null {
  const letters = word.slice(0, 3).toUpperCase().replace(/0/g, 'O').replace(/Q/g, 'G');
  const index = MONTHS.indexOf(letters);
  if (index >= 0) return index + 1;
  // One glyph misread (`OcL` for `Oct`) is undone only when it points at a single month: `Jum` could be Jun or Jul.
  const near = MONTHS.flatMap((m, i) => ([...m].filter((c, k) => c !== letters[k]).length === 1 ? [i + 1] : []));
  return near.length === 1 ? near[0]! : null;
}

/** The first English card date (`4 Nov. 1962`) in a line, or null. */
export function findEnglishDate(text: string): CardDate | null {
  for (const m of text.matchAll(ENGLISH_DATE)) {
    const month = monthOf(m[2]!);
    if (month === null) continue;
    const date = { day: Number(m[1]), month, year: Number(digitise(m[3]!)) };
    if (isValidCalendarDate(date.year, date.month, date.day)) return date;
  }
  return null;
}

/** As the card prints it in English: day without a leading zero, `Mon.` (no stop after the 3-letter `May`), year. */
export function formatEnglishDate(date: CardDate): string {
  const name = MONTHS[date.month - 1]!;
  const month = `${name.charAt(0)}${name.slice(1).toLowerCase()}`;
  return `${date.day} ${month}${month === 'May' ? '' : '.'} ${date.year}`;
}

/**
 * The Buddhist-era year ending a Thai date line (`23 U.8. 2567` → 2567). Years 2400–2699 BE (1857–2156 CE): any
 * date a living holder's card can carry. Null on a line that is an English date (its CE year is not a BE year).
 */
export function findBuddhistYear(text: string): number | null {
  if (findEnglishDate(text) !== null) return null;
  const m = digitise(text).match(/(?<!\d)(2[456]\d{2})\s*$/);
  return m === null ? null : Number(m[1]);
}

/** `LIFELONG` (ตลอดชีพ) in the expiry slot: lifetime cards (issued to elderly holders) carry no expiry date. */
export function isLifelong(text: string): boolean {
  return /LIFE\s*LONG/i.test(text);
}
