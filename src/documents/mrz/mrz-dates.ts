// MRZ dates are YYMMDD (ICAO 9303 part 3 §4.6). The century is not printed, so we pivot:
// - date of birth: the latest century that puts the date on or before today (holders are younger than 100);
// - date of expiry: the century that puts the year within a 100-year window ending EXPIRY_FUTURE_WINDOW_YEARS
//   after today's year (documents run at most ten years, so anything far in the future is really past).

import { birthDateFromYymmdd, formatIsoDate, isValidCalendarDate, windowYearFromTwoDigits } from '../checks/dates.js';

export const EXPIRY_FUTURE_WINDOW_YEARS = 50;

export function mrzBirthDate(raw: string, today: string | Date): string | null {
  return birthDateFromYymmdd(raw, today);
}

export function mrzExpiryDate(raw: string, today: string | Date): string | null {
  if (!/^\d{6}$/.test(raw)) return null;
  const month = Number(raw.slice(2, 4));
  const day = Number(raw.slice(4, 6));
  const year = windowYearFromTwoDigits(Number(raw.slice(0, 2)), today, EXPIRY_FUTURE_WINDOW_YEARS);
  return isValidCalendarDate(year, month, day) ? formatIsoDate({ year, month, day }) : null;
}
