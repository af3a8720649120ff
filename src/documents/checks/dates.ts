// Calendar helpers shared by the document rules. Dates travel as ISO strings (`YYYY-MM-DD`) so that every rule
// is a pure function of its input and an explicit "today"; nothing here reads the clock except `isoToday`.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a real day of the proleptic Gregorian calendar (years 1–9999). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD`; null when the text is not that shape or not a real calendar day. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today's date in UTC as `YYYY-MM-DD`; the one place that reads the clock, used only as a default. */
export function isoToday(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() });
}

/** Normalises a "today" argument (ISO string or Date) to a calendar date; throws on an invalid value. */
export function toCalendarDate(today: string | Date): CalendarDate {
  const parsed = parseIsoDate(typeof today === 'string' ? today : isoToday(today));
  if (!parsed) throw new RangeError(`not a valid date: ${String(today)}`);
  return parsed;
}

/** Completed years between a birth date and `today` (a birthday on 29 February counts on 1 March in other years). */
export function ageOn(birthDate: string, today: string | Date): number | null {
  const birth = parseIsoDate(birthDate);
  const now = toCalendarDate(today);
  if (!birth || compareDates(birth, now) > 0) return null;
  let age = now.year - birth.year;
  if (now.month < birth.month || (now.month === birth.month && now.day < birth.day)) age -= 1;
  return age;
}

/** A document is expired once `today` is after its expiry date; it is still valid on the expiry day itself. */
export function isExpired(expiryDate: string, today: string | Date): boolean | null {
  const expiry = parseIsoDate(expiryDate);
  if (!expiry) return null;
  return compareDates(toCalendarDate(today), expiry) > 0;
}

/**
 * Full year for a two-digit year of a date that must not lie after `today` (birth dates): the latest year ending
 * in `yy` that puts the date on or before today. Assumes the holder is younger than 100.
 */
export function pastYearFromTwoDigits(yy: number, month: number, day: number, today: string | Date): number {
  const now = toCalendarDate(today);
  let year = Math.floor(now.year / 100) * 100 + yy;
  if (compareDates({ year, month, day }, now) > 0) year -= 100;
  return year;
}

/**
 * Full year for a two-digit year inside a 100-year window that reaches `futureYears` past today's year
 * (expiry dates: mostly in the future, some already past).
 */
export function windowYearFromTwoDigits(yy: number, today: string | Date, futureYears: number): number {
  const now = toCalendarDate(today);
  const upper = now.year + futureYears;
  const year = Math.floor(upper / 100) * 100 + yy;
  return year > upper ? year - 100 : year;
}

/**
 * Reads a `YYMMDD` birth date (as printed in MRZs, MyKad numbers and NIKs) into `YYYY-MM-DD`, choosing the century
 * so that the date is not after `today`. Null when the six characters are not digits or not a real day.
 */
export function birthDateFromYymmdd(yymmdd: string, today: string | Date): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  // Validate month/day against a leap year first so 29 February is not rejected before the century is known.
  if (!isValidCalendarDate(2000, month, day)) return null;
  const year = pastYearFromTwoDigits(yy, month, day, today);
  return isValidCalendarDate(year, month, day) ? formatIsoDate({ year, month, day }) : null;
}
