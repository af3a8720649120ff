/**
 * The holder of an MRZ document (passport, TD1 or TD2 card): names as printed in the visual zone, the MRZ name
 * transliterated from them (mrz.ts), dates, document number and an MRZ whose check digits the shared ICAO rule
 * computes; `--invalid` breaks one check digit of the line that carries them.
 */

import { iso3, pickState, type IssuingState } from '../data/intl.js';
import { addYears, iso, randomBirthDate, randomIssueDate, type CalendarDate } from '../dates.js';
import { breakCheckDigit, td1, td2, td3, type MrzPerson } from '../mrz.js';
import type { Rng } from '../prng.js';
import type { BrokenRule, Side } from '../types.js';
import { broken } from './common.js';

export type MrzFormat = 'TD1' | 'TD2' | 'TD3';

export interface MrzHolder {
  state: IssuingState;
  surname: string;
  given: string;
  sex: 'M' | 'F';
  birth: CalendarDate;
  issue: CalendarDate;
  expiry: CalendarDate;
  number: string;
  personal: string;
  place: string;
  mrz: string[];
  broken: BrokenRule | null;
}

/** Which check digit `--invalid` breaks: [line, column, name] per format (ICAO 9303 parts 4–6). */
const BREAKABLE: Record<MrzFormat, [number, number, string][]> = {
  TD3: [[1, 9, 'documentNumber'], [1, 19, 'birthDate'], [1, 27, 'expiryDate'], [1, 43, 'composite']],
  TD2: [[1, 9, 'documentNumber'], [1, 19, 'birthDate'], [1, 27, 'expiryDate'], [1, 35, 'composite']],
  TD1: [[0, 14, 'documentNumber'], [1, 6, 'birthDate'], [1, 14, 'expiryDate'], [1, 29, 'composite']],
};

export function mrzHolder(rng: Rng, format: MrzFormat, invalid: boolean, mrzSide: Side): MrzHolder {
  const state = pickState(rng, format === 'TD3' ? undefined : format);
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const surname = rng.pick(state.surnames);
  const given = rng.pick(sex === 'M' ? state.givenM : state.givenF);
  const birth = randomBirthDate(rng, 18, 75);
  const validity = 10;
  const issue = randomIssueDate(rng, validity);
  const expiry = addYears(issue, validity);
  const number = format === 'TD3' ? `${rng.letters(rng.chance(0.5) ? 1 : 2)}${rng.digits(7)}`.padEnd(9, String(rng.int(0, 9))) : `${rng.letters(1, 'CFGHJKLMNPRTVWXYZ')}${rng.letters(8, '0123456789CFGHJKLMNPRTVWXYZ')}`;
  // Optional data: 14 characters in TD3, 15 in TD1, 7 in TD2 (parts 4–6).
  const personal = !rng.chance(0.4) ? '' : format === 'TD2' ? `${rng.letters(1)}${rng.digits(6)}` : `${rng.letters(1)}${rng.digits(7)}${rng.letters(1)}`;
  const person: MrzPerson = {
    documentCode: format === 'TD3' ? 'P' : format === 'TD1' ? 'ID' : 'I',
    issuingState: state.code,
    surname,
    given,
    documentNumber: number,
    nationality: state.code,
    birth,
    sex,
    expiry,
    optional: personal,
  };
  let mrz = format === 'TD3' ? td3(person) : format === 'TD1' ? td1(person) : td2(person);
  let brokenRule = null;
  if (invalid) {
    const [line, col, field] = rng.pick(BREAKABLE[format]);
    mrz = breakCheckDigit(mrz, line, col);
    brokenRule = broken(`mrz.${field}.checkDigit`, `MRZ line ${line + 1} column ${col + 1} holds a wrong check digit`, mrzSide);
  }
  return { state, surname, given, sex, birth, issue, expiry, number, personal, place: rng.pick(state.places), mrz, broken: brokenRule };
}

/** Seed values shared by the passport and general structures (D12: ISO dates, M/F, alpha-3 codes). */
export function mrzCommon(h: MrzHolder): { code: string; birth: string; expiry: string; issue: string; full: string } {
  return { code: iso3(h.state.code), birth: iso(h.birth), expiry: iso(h.expiry), issue: iso(h.issue), full: `${h.given} ${h.surname}` };
}

/** Surnames the `tampered` condition pastes over an MRZ document's printed surname (then contradicted by the MRZ). */
const TAMPER_SURNAMES = ['NOVAK', 'KOWALSKI', 'HANSEN', 'SILVA', 'MORENO', 'WEBER', 'PETIT'];

export function tamperSurname(rng: Rng, current: string): string {
  return rng.pick(TAMPER_SURNAMES.filter((s) => s !== current));
}
