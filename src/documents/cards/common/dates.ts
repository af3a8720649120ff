import { isValidCalendarDate } from '../../checks/dates.js';

/**
 * Dates as national cards print them, read leniently (the recogniser turns `-` into `.` or drops it, `O` for
 * `0`) and returned both in the card's own format (D12: "as printed, normalised to the card's own order with its
 * separators") and as ISO `YYYY-MM-DD` for the rules.
 */

export interface CardDate {
  day: number;
  month: number;
  year: number;
}

const DIGITISH: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', Z: '2', S: '5', B: '8' };

/** Letters the recogniser confuses with digits, turned back into digits (only inside a date-shaped token). */
export function digitise(text: string): string {
  return [...text].map((c) => DIGITISH[c] ?? c).join('');
}

const LETTERISH: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };

/**
 * Digits the recogniser read inside a word of letters, turned back into the letters they resemble (`BOG0R` →
 * `BOGOR`): for values that hold no digits, such as a place of birth. A word of digits alone is left as read.
 */
export function letterise(text: string): string {
  return text.replace(/[\p{L}0-9]+/gu, (word) => (/\p{L}/u.test(word) ? [...word].map((c) => LETTERISH[c] ?? c).join('') : word));
}

/** Finds `DD<sep>MM<sep>YYYY` in the text (any of `-`, `/`, `.`, space as separators). */
export function findDayMonthYear(text: string): CardDate | null {
  const m = digitise(text).match(/(?<!\d)(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})(?!\d)/);
  if (m === null) return null;
  const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

/** Finds `YYYY<sep>MM<sep>DD`. */
export function findYearMonthDay(text: string): CardDate | null {
  const m = digitise(text).match(/(?<!\d)(\d{4})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})(?!\d)/);
  if (m === null) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

/** Finds `MM<sep>DD<sep>YYYY` (the United States order, used on some Philippine cards). */
export function findMonthDayYear(text: string): CardDate | null {
  const m = digitise(text).match(/(?<!\d)(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})(?!\d)/);
  if (m === null) return null;
  const date = { month: Number(m[1]), day: Number(m[2]), year: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoOf(date: CardDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** `DD<sep>MM<sep>YYYY` with the card's separator. */
export function formatDayMonthYear(date: CardDate, separator: string): string {
  return `${pad(date.day)}${separator}${pad(date.month)}${separator}${date.year}`;
}

export function formatYearMonthDay(date: CardDate, separator: string): string {
  return `${date.year}${separator}${pad(date.month)}${separator}${pad(date.day)}`;
}

export function formatMonthDayYear(date: CardDate, separator: string): string {
  return `${pad(date.month)}${separator}${pad(date.day)}${separator}${date.year}`;
}
