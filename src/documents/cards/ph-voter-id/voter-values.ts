import { isValidCalendarDate } from '../../checks/dates.js';
import { digitise, type CardDate } from '../common/dates.js';
import { tidy } from '../common/field-values.js';
import { similarity } from '../text-match.js';

/**
 * The voter's ID values as the OCR reads them, turned back into what the card prints: the VIN, the
 * `MMM DD, YYYY` birth date, and the few closed vocabularies (civil status, citizenship).
 */

/** Letters and digits in dash-separated groups, 20–24 of them: the VIN with a glyph lost or doubled still counts. */
const VIN_CANDIDATE = /[A-Z0-9]{3,}(?:\s*[-–—]\s*[A-Z0-9]+){1,3}/g;

/**
 * Every VIN COMELEC has printed that is publicly shown (and the studio's) has this shape: 4 digits, 4 digits and
 * a letter, a letter, 4 digits, 3 letters, 5 digits (`3323-8074V-T2863OPR18544`). COMELEC publishes no layout, so
 * the shape is used only to undo O/0-type confusions when a reading fits it glyph for glyph; anything else is
 * reported as read and judged by `validatePhVoterVin` (length only).
 */
const VIN_SHAPE = 'DDDD-DDDDL-LDDDDLLLDDDDD';
const TO_DIGIT: Record<string, string> = { O: '0', D: '0', Q: '0', I: '1', L: '1', Z: '2', S: '5', G: '6', B: '8' };
const TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };

function snapToShape(vin: string): string {
  if (vin.length !== VIN_SHAPE.length) return vin;
  let out = '';
  for (let i = 0; i < vin.length; i++) {
    const c = vin[i]!;
    const want = VIN_SHAPE[i]!;
    if (want === '-') {
      if (c !== '-') return vin;
      out += c;
    } else if (want === 'D') {
      const d = /\d/.test(c) ? c : TO_DIGIT[c];
      if (d === undefined) return vin;
      out += d;
    } else {
      const l = /[A-Z]/.test(c) ? c : TO_LETTER[c];
      if (l === undefined) return vin;
      out += l;
    }
  }
  return out;
}

/** The VIN in a line (`VIN: 2830-4531C-…` or the number alone), as printed with dashes, or null. */
export function findVin(text: string): string | null {
  const upper = text.toUpperCase().replace(/^\s*V[I1L|A]N\b\s*[:.]?\s*/, '');
  for (const m of upper.matchAll(VIN_CANDIDATE)) {
    const printed = m[0].replace(/\s*[-–—]\s*/g, '-');
    const compact = printed.replace(/-/g, '');
    if (compact.length < 20 || compact.length > 24 || compact.replace(/\D/g, '').length < 10) continue;
    return snapToShape(printed);
  }
  return null;
}

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

export interface VoterDate {
  /** As printed, normalised: `SEP 21, 1951`. */
  printed: string;
  date: CardDate;
}

/**
 * `SEP 21, 1951` (or the month spelled out, or `SEPT`), the comma and spaces optional. The month word is kept as
 * printed (D12) when it is a month's name or its 3/4-letter abbreviation; the day keeps its printed digits.
 */
export function findVoterDate(text: string): VoterDate | null {
  for (const m of text.toUpperCase().matchAll(/([A-Z0]{3,9})\.?\s*([0-9OIl]{1,2})\s*[,.]?\s*([0-9OIlSB]{4})(?![0-9])/g)) {
    const word = m[1]!.replace(/0/g, 'O');
    const index = MONTHS.findIndex((name) => name === word || (word.length >= 3 && word.length <= 4 && name.startsWith(word)));
    if (index < 0) continue;
    const day = digitise(m[2]!);
    const year = digitise(m[3]!);
    const date = { day: Number(day), month: index + 1, year: Number(year) };
    if (!isValidCalendarDate(date.year, date.month, date.day)) continue;
    return { printed: `${word} ${day}, ${year}`, date };
  }
  return null;
}

/** COMELEC's civil-status entries (voter registration form, CEF-1). */
export const CIVIL_STATUSES = ['SINGLE', 'MARRIED', 'WIDOWED', 'WIDOW', 'WIDOWER', 'SEPARATED', 'LEGALLY SEPARATED', 'ANNULLED'];

/** A value from a closed list, snapped to its entry when read nearly right (`WIDOWEO` → `WIDOWED`); else as read. */
function snap(value: string, vocabulary: readonly string[]): string {
  const read = tidy(value).toUpperCase();
  let best: { entry: string; score: number } | null = null;
  for (const entry of vocabulary) {
    const score = similarity(read, entry);
    if (best === null || score > best.score) best = { entry, score };
  }
  return best !== null && best.score >= 0.75 ? best.entry : read;
}

export function civilStatus(value: string): string {
  return snap(value, CIVIL_STATUSES);
}

/** A voter is a Filipino citizen (RA 8189 §9): the card prints nothing else. */
export const CITIZENSHIPS = ['FILIPINO'];

export function citizenship(value: string): string {
  return snap(value, CITIZENSHIPS);
}

/** Letters the recogniser reads as punctuation on the precinct's bold suffix: `8497)` for `8497J`. */
const PUNCTUATION_LETTERS: Record<string, string> = { ')': 'J', ']': 'J', '|': 'I', '!': 'I', '(': 'C', '[': 'C' };

/**
 * Precinct numbers print as 4 digits and a letter suffix (`0123A`): the digits' places get digits back, and a fifth
 * glyph read as a digit (`8340I` as `83401`) or as punctuation (`8497J` as `8497)`) gets its letter back, since no
 * precinct number has five digits.
 */

export function precinct(value: string): string {
  const suffixed = value.trim().replace(/^([0-9OISBZDQ]{4})\s*([)\]|!([])$/i, (_, digits: string, mark: string) => `${digits}${PUNCTUATION_LETTERS[mark]}`);
  const compact = suffixed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = compact.match(/^([0-9OISBZDQ]{4})([A-Z0-9]?)$/);
  if (m === null) return compact;
  const suffix = m[2]!;
  return `${digitise(m[1]!)}${/\d/.test(suffix) ? (TO_LETTER[suffix] ?? suffix) : suffix}`;
}
