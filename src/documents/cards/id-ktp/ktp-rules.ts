/**
 * The e-KTP's checks (issue 5): the NIK against its own rules, what it encodes — province, birth date with 40
 * added to the day for women, sex — against the printed Provinsi, `TempatTglLahir` and `JenisKelamin`, and the
 * validity (`BerlakuHingga`: `SEUMUR HIDUP` for life since UU 24/2013 as amended, else a date).
 * Every failure is soft (D14): `InformationVerificationFailed`, `DocumentExpired` for the date.
 */

import { validateNik } from '../../checks/nik.js';
import { NIK_PROVINCES } from '../../checks/nik-provinces.js';
import type { CardFields, CardRule, TemplateContext } from '../card-template.js';
import { agreementRule, expiryRule, idNumberRule } from '../card-rules.js';
import { findDayMonthYear, isoOf } from '../common/dates.js';
import { similarity, squash } from '../text-match.js';
import { isLifetime, sexLetter } from './ktp-values.js';

const FEMALE_DAY_OFFSET = 40;

/** Day, month and two-digit year the NIK encodes (`DD-MM-YY`) and the sex, from digits 7–12; null unless 16 digits. */
export function nikBirth(nik: string): { date: string; sex: 'M' | 'F' } | null {
  if (!/^\d{16}$/.test(nik)) return null;
  const encodedDay = Number(nik.slice(6, 8));
  const female = encodedDay > FEMALE_DAY_OFFSET;
  const day = female ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
  return { date: `${String(day).padStart(2, '0')}-${nik.slice(8, 10)}-${nik.slice(10, 12)}`, sex: female ? 'F' : 'M' };
}

/** Official long forms printed on some cards, reduced to the short names of the Kemendagri table. */
function provinceKey(name: string): string {
  return squash(name)
    .replace(/^PROVINSI/, '')
    .replace(/^DAERAHISTIMEWA/, 'DI')
    .replace(/^DAERAHKHUSUSIBUKOTA/, 'DKI')
    .replace(/^DKIJAKARTA$|^DAERAHKHUSUSJAKARTA$/, 'DKIJAKARTA');
}

/** The Kemendagri code of a printed province name (`DI YOGYAKARTA` → 34), null when it names none closely. */
export function provinceCodeOf(printed: string): string | null {
  const key = provinceKey(printed);
  if (key === '') return null;
  let best: { code: string; score: number } | null = null;
  for (const [code, name] of Object.entries(NIK_PROVINCES)) {
    const score = similarity(key, provinceKey(name));
    if (best === null || score > best.score) best = { code, score };
  }
  return best !== null && best.score >= 0.8 ? best.code : null;
}

/** Papua Selatan, Tengah, Pegunungan (2022, from Papua) and Papua Barat Daya (from Papua Barat) keep older NIKs. */
const FORMER_PROVINCE: Readonly<Record<string, string>> = { '93': '91', '94': '91', '95': '91', '96': '92' };

function regionRule(nik: string, provinsi: string): CardRule {
  const fields = ['NIK', 'Provinsi'];
  const printedCode = provinsi === '' ? null : provinceCodeOf(provinsi);
  if (!/^\d{16}$/.test(nik) || printedCode === null) {
    return { id: 'nik.region', status: 'skipped', warn: 'InformationVerificationFailed', message: 'NIK province or printed Provinsi not read', fields, values: {} };
  }
  const encoded = nik.slice(0, 2);
  const agree = encoded === printedCode || FORMER_PROVINCE[printedCode] === encoded;
  return {
    id: 'nik.region',
    status: agree ? 'pass' : 'warn',
    warn: 'InformationVerificationFailed',
    message: agree ? 'NIK province code and printed Provinsi agree' : `NIK province code ${encoded} (${NIK_PROVINCES[encoded] ?? 'unknown'}) is not the printed Provinsi`,
    fields,
    values: { encoded, printed: printedCode },
  };
}

export function ktpRules(read: CardFields, context: TemplateContext): CardRule[] {
  const f = read.fields;
  const nik = f.NIK ?? '';
  const rules: CardRule[] = [idNumberRule('nik.valid', 'NIK', nik, validateNik(nik, context.today), 'NIK')];
  rules.push(regionRule(nik, f.Provinsi ?? ''));
  const encoded = nikBirth(nik);
  // Compared on DD-MM-YY: the NIK's year has two digits, and guessing its century would hide nothing more.
  const printed = findDayMonthYear(f.TempatTglLahir ?? '');
  const printedShort = printed === null ? null : `${String(printed.day).padStart(2, '0')}-${String(printed.month).padStart(2, '0')}-${String(printed.year % 100).padStart(2, '0')}`;
  rules.push(agreementRule('nik.birthDate', ['NIK', 'TempatTglLahir'], encoded?.date ?? null, printedShort, 'NIK birth date and printed date of birth'));
  rules.push(agreementRule('nik.sex', ['NIK', 'JenisKelamin'], encoded?.sex ?? null, sexLetter(f.JenisKelamin ?? ''), 'NIK sex (day + 40 for women) and printed Jenis Kelamin'));
  const validity = f.BerlakuHingga ?? '';
  const expiry = findDayMonthYear(validity);
  // UU 24/2013 art. 64(7): a citizen's e-KTP is valid for life, the date printed on cards issued before the law
  // included; only a foreign resident's (WNA) card expires with its date.
  const citizen = /^WNI$/i.test((f.KewargaNegaraan ?? '').trim());
  const note = isLifetime(validity) ? 'valid for life (SEUMUR HIDUP)' : citizen && expiry !== null ? `a citizen's e-KTP is valid for life (UU 24/2013 art. 64(7)); the printed ${validity} does not apply` : 'no validity date read';
  rules.push(expiryRule('BerlakuHingga', expiry === null || citizen ? null : isoOf(expiry), context.today, note));
  return rules;
}
