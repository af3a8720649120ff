/**
 * Calendar arithmetic and the printed date formats of the studio's documents. Dates are plain {year, month, day}
 * (checks/dates.ts) and never read the clock: every "today" is the fixed REFERENCE_DATE, so output does not
 * change with the day it is generated (issue 4: byte-identical files).
 */

import { daysInMonth, formatIsoDate, type CalendarDate } from '../documents/checks/dates.js';
import type { Rng } from './prng.js';

export type { CalendarDate };

/**
 * The studio's "today": issue dates lie before it, and every expiry is at least EXPIRY_MARGIN_YEARS after it so
 * that a document reads as valid for years after generation (docs/studio.md).
 */
export const REFERENCE_DATE: CalendarDate = { year: 2026, month: 6, day: 1 };
export const EARLIEST_EXPIRY: CalendarDate = { year: 2030, month: 1, day: 1 };

function toDayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86400000;
}

function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(d: CalendarDate, years: number): CalendarDate {
  const year = d.year + years;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

export function compare(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Uniform day in [from, to]. */
export function randomDate(rng: Rng, from: CalendarDate, to: CalendarDate): CalendarDate {
  return fromDayNumber(rng.int(toDayNumber(from), toDayNumber(to)));
}

/** A birth date for an adult aged between minAge and maxAge on REFERENCE_DATE. */
export function randomBirthDate(rng: Rng, minAge = 18, maxAge = 75): CalendarDate {
  return randomDate(rng, addYears(REFERENCE_DATE, -maxAge), addYears(REFERENCE_DATE, -minAge));
}

/**
 * An issue date for a document valid `validityYears` (expiry = issue + validity, optionally minus a day) whose
 * expiry is not before EARLIEST_EXPIRY and whose issue is not after REFERENCE_DATE.
 */
export function randomIssueDate(rng: Rng, validityYears: number, notBefore?: CalendarDate): CalendarDate {
  const earliest = addYears(EARLIEST_EXPIRY, -validityYears);
  const from = notBefore && compare(notBefore, earliest) > 0 ? notBefore : earliest;
  return compare(from, REFERENCE_DATE) > 0 ? REFERENCE_DATE : randomDate(rng, from, REFERENCE_DATE);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const iso = (d: CalendarDate): string => formatIsoDate(d);
export const dmy = (d: CalendarDate, sep = '-'): string => `${pad(d.day)}${sep}${pad(d.month)}${sep}${d.year}`;
export const mdy = (d: CalendarDate, sep = '/'): string => `${pad(d.month)}${sep}${pad(d.day)}${sep}${d.year}`;
export const ymd = (d: CalendarDate, sep = '/'): string => `${d.year}${sep}${pad(d.month)}${sep}${pad(d.day)}`;
export const dmyShort = (d: CalendarDate, sep = '-'): string => `${pad(d.day)}${sep}${pad(d.month)}${sep}${pad(d.year % 100)}`;
/** ICAO 9303 part 3 §4.6 MRZ date: YYMMDD. */
export const yymmdd = (d: CalendarDate): string => `${pad(d.year % 100)}${pad(d.month)}${pad(d.day)}`;

export const MONTHS_EN = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;
export const MONTHS_EN_LONG = [
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
] as const;

/** `14 AUG 1994`, the visual-zone style of many passports. */
export const dMonY = (d: CalendarDate): string => `${pad(d.day)} ${MONTHS_EN[d.month - 1]} ${d.year}`;
