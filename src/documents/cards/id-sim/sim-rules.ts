/**
 * The SIM's checks (issue 5): what the number encodes against the printed birth date, the minimum age for the
 * class on the issue date, the validity after the issue, the back's number against the front's, and expiry
 * (`DocumentExpired`). Failures are soft (D14): `InformationVerificationFailed`.
 */

import { ageOn } from '../../checks/dates.js';
import { validateNik } from '../../checks/nik.js';
import type { CardFields, CardRule, TemplateContext } from '../card-template.js';
import { agreementRule, dateOrderRule, expiryRule, idNumberRule } from '../card-rules.js';
import { findDayMonthYear, isoOf } from '../common/dates.js';

/**
 * What the number encodes about the birth date, in the printed date's terms: the classic 12-digit number starts
 * with the holder's birth year and month (`YYMM-PPRR-NNNNNN`: year, month, Polda/Polres code, serial, as the
 * Korlantas numbering is publicly described), so `MM-YY`; a 16-digit NIK (SIMs since 2024) encodes `DD-MM-YY`
 * with 40 added to the day for women.
 */
export function encodedBirth(number: string): { kind: 'classic' | 'nik'; value: string } | null {
  const classic = number.match(/^(\d{2})(\d{2})-\d{4}-\d{6}$/);
  if (classic !== null) return { kind: 'classic', value: `${classic[2]}-${classic[1]}` };
  if (!/^\d{16}$/.test(number)) return null;
  const day = Number(number.slice(6, 8));
  return { kind: 'nik', value: `${String(day > 40 ? day - 40 : day).padStart(2, '0')}-${number.slice(8, 10)}-${number.slice(10, 12)}` };
}

/** Minimum age per class (UU 22/2009 art. 81(2)): 17 for A, C, D; 20 for B I; 21 for B II. */
function minimumAge(simClass: string): number {
  const compact = simClass.replace(/\s+/g, '').toUpperCase();
  return compact.startsWith('BII') ? 21 : compact.startsWith('BI') ? 20 : 17;
}

const two = (n: number): string => String(n).padStart(2, '0');

export function simRules(read: CardFields, context: TemplateContext): CardRule[] {
  const f = read.fields;
  const number = f.LicenseNumber ?? '';
  const rules: CardRule[] = [];
  const birth = findDayMonthYear(f.Birthday ?? '');
  const issue = findDayMonthYear(f.IssuedDate ?? '');
  const expiry = findDayMonthYear(f.ExpirationDate ?? '');

  const encoded = encodedBirth(number);
  if (encoded?.kind === 'nik') rules.push(idNumberRule('sim.nik', 'LicenseNumber', number, validateNik(number, context.today), 'NIK used as SIM number'));
  const printed = birth === null || encoded === null ? null : encoded.kind === 'classic' ? `${two(birth.month)}-${two(birth.year % 100)}` : `${two(birth.day)}-${two(birth.month)}-${two(birth.year % 100)}`;
  rules.push(agreementRule('sim.numberBirthDate', ['LicenseNumber', 'Birthday'], encoded?.value ?? null, printed, 'birth date in the SIM number and printed date of birth'));

  if (birth !== null && issue !== null) {
    const simClass = read.extra.Class ?? '';
    const needed = minimumAge(simClass);
    const age = ageOn(isoOf(birth), isoOf(issue));
    const old = age !== null && age >= needed;
    rules.push({
      id: 'sim.minimumAge',
      status: old ? 'pass' : 'warn',
      warn: 'InformationVerificationFailed',
      message: old ? `holder was ${age} on the issue date` : `holder was ${age ?? 'not yet born'} on the issue date; class ${simClass || 'A/C/D'} needs ${needed}`,
      fields: ['Birthday', 'IssuedDate'],
      values: { birthday: isoOf(birth), issued: isoOf(issue), minimumAge: String(needed) },
    });
  }
  rules.push(dateOrderRule('sim.validityAfterIssue', ['IssuedDate', 'ExpirationDate'], issue === null ? null : isoOf(issue), expiry === null ? null : isoOf(expiry), ['the issue date', 'the expiry date']));
  const backNumber = read.extra.BackLicenseNumber ?? null;
  if (backNumber !== null) rules.push(agreementRule('sim.backNumber', ['LicenseNumber'], backNumber, number === '' ? null : number, 'SIM number on the back and on the front'));
  rules.push(expiryRule('ExpirationDate', expiry === null ? null : isoOf(expiry), context.today));
  return rules;
}
