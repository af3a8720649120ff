// Structural rules a corrected field must still obey, so that a substitution cannot "prove" itself by a check
// digit while producing something no issuer prints (month 13, a filler inside a document number).

import { isValidCalendarDate } from '../checks/dates.js';
import type { MrzCheckField } from './types.js';

function plausibleYymmdd(value: string, unknownAllowed: boolean): boolean {
  if (unknownAllowed && /^[\d<]{6}$/.test(value)) {
    // ICAO 9303 part 3 §4.6: an unknown part of a birth date is printed as fillers.
    const [yy, mm, dd] = [value.slice(0, 2), value.slice(2, 4), value.slice(4, 6)];
    if (![yy, mm, dd].every((p) => /^\d\d$/.test(p) || p === '<<')) return false;
    const month = mm === '<<' ? 1 : Number(mm);
    const day = dd === '<<' ? 1 : Number(dd);
    return isValidCalendarDate(2000, month, day);
  }
  // Year 2000 is a leap year, so 29 February passes here; the century is decided later.
  return /^\d{6}$/.test(value) && isValidCalendarDate(2000, Number(value.slice(2, 4)), Number(value.slice(4, 6)));
}

export function isPlausibleField(field: MrzCheckField, value: string): boolean {
  switch (field) {
    case 'documentNumber':
      // Filler may only pad a short number at its end; a long TD1/TD2 number (over nine characters) has none.
      return value.length > 9 ? /^[A-Z0-9]+$/.test(value) : /^[A-Z0-9]+<*$/.test(value);
    case 'birthDate':
      return plausibleYymmdd(value, true);
    case 'expiryDate':
      return plausibleYymmdd(value, false);
    case 'personalNumber':
      return /^[A-Z0-9<]*$/.test(value);
    case 'composite':
      return true;
  }
}
