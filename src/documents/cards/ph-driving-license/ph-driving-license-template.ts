/**
 * PhilippinesDrivingLicense — the LTO driver's licence (plastic card, 2017 design; DL codes since 2021). Front:
 * "Republic of the Philippines / Department of Transportation / LAND TRANSPORTATION OFFICE" over
 * "PROFESSIONAL" or "NON-PROFESSIONAL DRIVER'S LICENSE" (or "STUDENT PERMIT"), then captions over values:
 * "Last Name, First Name, Middle Name", "Nationality · Sex · Date of Birth · Weight (kg) · Height(m)", "Address",
 * "License No. · Expiration Date · Agency Code", "Blood Type · Eyes Color · DL Codes · Conditions". Back: the DL
 * code legend, conditions, emergency contact, organ donation, serial number and a PDF417 (read by the pipeline's
 * barcode stage, not here).
 *
 * Formats (D12, the studio's truth): dates `YYYY/MM/DD` as printed; `Name` `LAST, FIRST MIDDLE` as printed;
 * `Sex` `M`/`F`; `Nationality` as printed (`PHL`); `LicenseNo` `A01-23-456789`; `AgencyCode` `A01`.
 *
 * The name split: the card prints one line in its caption's order, surname then a comma then given names and
 * middle name. The surname is everything before the comma (`DE LEON`). After it, the given names (often two:
 * `MARK ANTHONY`) come before the middle name, which is the mother's maiden SURNAME — so the middle name is the
 * last word together with the Spanish/Filipino surname particles before it (`… DELA CRUZ`, `… DE LOS SANTOS`),
 * and the given names are the rest. One word after the comma is a given name with no middle name.
 */

import { validatePhDriverLicence } from '../../checks/philippines.js';
import { centreY, type CardLine, type CardSideText } from '../card-text.js';
import type { CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { expiryRule, idNumberRule } from '../card-rules.js';
import { FieldCollector } from '../common/field-values.js';
import { digitise, findYearMonthDay, formatYearMonthDay, isoOf } from '../common/dates.js';
import { findPattern, linesRightOf, phraseScore } from '../find-lines.js';
import { agencyFrontScore, captionLine, captionValue, joinLines, printedName } from '../ph-common/ph-card-fields.js';
import { containment, squash } from '../text-match.js';

const TITLES = ['LAND TRANSPORTATION OFFICE'];
const KINDS = ["NON-PROFESSIONAL DRIVER'S LICENSE", "PROFESSIONAL DRIVER'S LICENSE", "DRIVER'S LICENSE", 'STUDENT PERMIT', "STUDENT-DRIVER'S PERMIT"];
const FRONT_CAPTIONS = ['Last Name, First Name, Middle Name', 'License No.', 'Expiration Date', 'Agency Code'];
/** The back's own phrases (LTO's legend and notices); `CONDITIONS` alone is too common to count. */
const BACK_PHRASES = ['DL CODES', 'VEHICLE CATEGORIES', 'IN CASE OF EMERGENCY, PLEASE NOTIFY', 'This license is the property of the LTO', 'ORGAN DONOR', 'RESTRICTIONS'];
const NAME_CAPTIONS = ['Last Name, First Name, Middle Name', 'Last Name First Name Middle Name'];
const ROW_CAPTIONS = ['Nationality', 'Sex', 'Date of Birth', 'Weight (kg)', 'Height(m)', 'Address', 'License No.', 'Expiration Date', 'Agency Code', 'Blood Type', 'Eyes Color', 'DL Codes', 'Conditions', 'Restrictions'];

/**
 * `A01-23-456789`: the office letter, two digits, the year of issue and a serial. The groups are read leniently
 * (a final group of 4–7 digits) so a malformed number is still reported as printed and `ph.driverLicence.format`
 * judges it. The office letter must be a letter: a leading digit is not guessed into one.
 */
const LICENCE_PATTERN = /(?<![A-Z0-9])([A-Z])\s*([0-9OIlSB]{2})\s*[-.]?\s*([0-9OIlSB]{2})\s*[-.]\s*([0-9OIlSB]{4,7})(?![0-9])/;
const AGENCY_PATTERN = /^\s*([A-Z])\s*([0-9OIlSB]{2})\s*$/;

/** Surname particles a middle name (a surname) may begin with: `DELA CRUZ`, `DE LOS SANTOS`, `STA. MARIA`. */
const PARTICLES = new Set(['DE', 'DEL', 'DELA', 'DELOS', 'DELAS', 'LA', 'LAS', 'LOS', 'SAN', 'STA', 'STA.', 'STO', 'STO.', 'SANTA', 'SANTO', 'VDA', 'VDA.', 'Y']);

export interface PhName {
  last: string;
  first: string;
  middle: string;
}

/** `DE LEON, MARK ANTHONY DELA CRUZ` → last `DE LEON`, first `MARK ANTHONY`, middle `DELA CRUZ` (rule above). */
export function splitLicenceName(printed: string): PhName | null {
  const m = printed.match(/^([^,]+),(.+)$/);
  if (m === null) return null;
  const last = printedName(m[1]!);
  const words = printedName(m[2]!).split(' ').filter((w) => w !== '');
  if (last === '' || words.length === 0) return null;
  if (words.length === 1) return { last, first: words[0]!, middle: '' };
  let start = words.length - 1;
  // Extend the middle name leftwards over particles, leaving at least one given name.
  while (start - 1 >= 1 && PARTICLES.has(words[start - 1]!)) start--;
  return { last, first: words.slice(0, start).join(' '), middle: words.slice(start).join(' ') };
}

/** Abbreviations that end in a period inside Filipino names, which are not the surname's comma. */
const NAME_ABBREVIATIONS = new Set(['STA', 'STO', 'VDA', 'JR', 'SR', 'MA']);

/**
 * The comma after the surname read as a period (`OCAMPO. JOSE VILLANUEVA`): the first period that follows a word
 * other than a name abbreviation becomes the comma, only in a line without one, under the name caption.
 */
export function commaFromPeriod(text: string): string {
  if (text.includes(',')) return text;
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((word, i) => i < words.length - 1 && /^[\p{Lu}'-]+\.$/u.test(word) && !NAME_ABBREVIATIONS.has(word.slice(0, -1)));
  if (at < 0) return text;
  words[at] = `${words[at]!.slice(0, -1)},`;
  return words.join(' ');
}

/**
 * Where the small captions did not read (a photo), the values by their place on the card: between the name and
 * the licence number lie the row of nationality, sex and date of birth, then the address, on every LTO card since
 * 2017. Only the fields still empty are filled.
 */
function readByLayout(out: FieldCollector, front: CardSideText, nameLine: CardLine | null, licenceLine: CardLine): void {
  const top = nameLine === null ? 0 : nameLine.box.y + nameLine.box.height * 0.6;
  const between = front.lines.filter((l) => l.box.y > top && centreY(l.box) < licenceLine.box.y && l.confidence >= 0.8);
  const address = between.filter((l) => l.box.width > 0.3 && /\d/.test(l.text) && /[A-Z]{3}/.test(l.text) && findYearMonthDay(l.text) === null).sort((a, b) => a.box.y - b.box.y);
  if (out.get('Address') === '' && address.length > 0) out.set('Address', joinLines(address), { text: front, lines: address });
  const rowBottom = address[0]?.box.y ?? licenceLine.box.y;
  const row = between.filter((l) => centreY(l.box) < rowBottom);
  const birth = row.map((l) => ({ l, d: findYearMonthDay(l.text) })).find((c) => c.d !== null);
  if (out.get('Birthday') === '' && birth !== undefined) out.set('Birthday', formatYearMonthDay(birth.d!, '/'), { text: front, line: birth.l });
  const nationality = row.find((l) => /^[A-Z]{3}$/.test(l.text.trim()));
  if (out.get('Nationality') === '' && nationality !== undefined) out.set('Nationality', nationality.text.trim(), { text: front, line: nationality });
  const sex = row.find((l) => /^[MF]$/.test(l.text.trim()));
  if (out.get('Sex') === '' && sex !== undefined) out.set('Sex', sex.text.trim(), { text: front, line: sex });
}

function mostlyLowerCase(line: CardLine): boolean {
  const lower = line.text.match(/\p{Ll}/gu)?.length ?? 0;
  const letters = line.text.match(/\p{L}/gu)?.length ?? 0;
  return lower > letters / 2;
}

function readLicence(text: CardSideText): { value: string; line: CardLine } | null {
  const caption = captionLine(text, ['License No.', 'License Number']);
  const candidates = caption === null ? text.lines : [...captionValue(text, caption, { count: 1 }), ...text.lines];
  for (const line of candidates) {
    const m = line.text.toUpperCase().match(LICENCE_PATTERN);
    if (m !== null) return { value: `${m[1]}${digitise(m[2]!)}-${digitise(m[3]!)}-${digitise(m[4]!)}`, line };
  }
  return null;
}

function dateUnder(text: CardSideText, phrases: readonly string[]): { iso: string; printed: string; line: CardLine } | null {
  const caption = captionLine(text, phrases);
  if (caption === null) return null;
  const lines = [...captionValue(text, caption, { count: 1 }), caption.line];
  for (const line of lines) {
    const date = findYearMonthDay(line.text);
    if (date !== null) return { iso: isoOf(date), printed: formatYearMonthDay(date, '/'), line };
  }
  return null;
}

export const phDrivingLicenseTemplate: CardTemplate = {
  structure: 'PhilippinesDrivingLicense',
  nationality: 'PHL',
  cardType: 'DRIVING_LICENSE',
  cardSubType: 'PH_LTO_DL',
  sides: ['front'],
  // The back's PDF417: LTO does not publish its content; judged only when it holds a licence-number-shaped token.
  barcode: { side: 'back', formats: ['PDF417'], field: 'LicenseNo', shape: /[A-Z]\d{10}/ },
  keyFields: ['LicenseNo', 'Name', 'Birthday'],

  recognise(text): SideRecognition {
    const title = Math.max(phraseScore(text, TITLES), phraseScore(text, KINDS));
    const captions = phraseScore(text, FRONT_CAPTIONS);
    const licence = readLicence(text);
    const back = phraseScore(text, BACK_PHRASES);
    const front = agencyFrontScore(title, captions >= 0.8 || licence !== null, back >= 0.8, licence !== null && captions >= 0.8);
    return {
      front,
      back,
      evidence: [`LTO title ${title.toFixed(2)}`, `captions ${captions.toFixed(2)}`, licence === null ? 'no licence number' : 'licence number pattern', `back phrases ${back.toFixed(2)}`],
    };
  },

  read({ front }) {
    const out = new FieldCollector('PhilippinesDrivingLicense');
    if (front === null) return out.result();

    const kind = front.lines
      .map((line) => ({ line, score: Math.max(...KINDS.map((k) => containment(line.text, k))) }))
      .sort((a, b) => b.score - a.score)[0];
    if (kind !== undefined && kind.score >= 0.8) {
      const s = squash(kind.line.text);
      out.setExtra('LicenceKind', s.includes('STUDENT') ? 'STUDENT PERMIT' : /NON|N0N/.test(s) ? 'NON-PROFESSIONAL' : 'PROFESSIONAL');
    }

    // The name: under its caption, else the first `SURNAME, GIVEN …` line of letters below the title.
    const nameCaption = captionLine(front, NAME_CAPTIONS, { minScore: 0.6 });
    const nameShape = (t: string): boolean => /^[\p{Lu} .'-]+,\s*[\p{Lu}][\p{Lu} .'-]*$/u.test(t.trim());
    const underCaption = nameCaption === null ? [] : captionValue(front, nameCaption, { count: 1 }).map((l) => ({ line: l, text: commaFromPeriod(l.text) }));
    const named =
      underCaption.find((c) => nameShape(c.text)) ??
      front.lines.map((l) => ({ line: l, text: commaFromPeriod(l.text) })).find((c) => nameShape(c.text) && containment(c.text, TITLES[0]!) < 0.8 && Math.max(...KINDS.map((k) => containment(c.text, k))) < 0.8);
    const nameLine = named?.line;
    if (named !== undefined && nameLine !== undefined) {
      const name = splitLicenceName(named.text);
      if (name !== null) {
        const from = { text: front, line: nameLine };
        out.set('Name', `${name.last}, ${[name.first, name.middle].filter((p) => p !== '').join(' ')}`, from);
        out.set('LastName', name.last, from);
        out.set('FirstName', name.first, from);
        out.set('MiddleName', name.middle, from);
      }
    }

    const nationalityCaption = captionLine(front, ['Nationality']);
    if (nationalityCaption !== null) {
      const value = captionValue(front, nationalityCaption, { count: 1, stopCaptions: ROW_CAPTIONS })[0];
      const m = value?.text.toUpperCase().match(/^\s*([A-Z]{3})\b/);
      if (value !== undefined && m) out.set('Nationality', m[1], { text: front, line: value });
    }

    const sexCaption = captionLine(front, ['Sex'], { minScore: 1 });
    if (sexCaption !== null) {
      const value = captionValue(front, sexCaption, { count: 1 })[0];
      const m = value?.text.toUpperCase().match(/^\s*([MF])\b/);
      if (value !== undefined && m) out.set('Sex', m[1], { text: front, line: value });
    }

    const birth = dateUnder(front, ['Date of Birth', 'Birth Date']);
    if (birth !== null) out.set('Birthday', birth.printed, { text: front, line: birth.line });

    const addressCaption = captionLine(front, ['Address']);
    if (addressCaption !== null) {
      const under = captionValue(front, addressCaption, { count: 2, stopCaptions: ROW_CAPTIONS }).filter((l) => LICENCE_PATTERN.exec(l.text.toUpperCase()) === null);
      // The address is printed in capitals, the captions in mixed case: a line mostly in lower case is the next
      // row's caption misread (`Lcerse No.` for `License No.`), and ends the address.
      const caption = under.findIndex(mostlyLowerCase);
      const lines = caption < 0 ? under : under.slice(0, caption);
      out.set('Address', joinLines(lines), { text: front, lines });
    }

    const licence = readLicence(front);
    if (licence !== null) out.set('LicenseNo', licence.value, { text: front, line: licence.line });

    // The expiry: under its caption; else the year-first date right of the licence number (the embossed one).
    const expiry = dateUnder(front, ['Expiration Date', 'Expiry Date']);
    const expiryLine = expiry?.line ?? (licence === null ? undefined : linesRightOf(front, licence.line).find((l) => findYearMonthDay(l.text) !== null));
    const expiryDate = expiry ?? (expiryLine === undefined ? null : { printed: formatYearMonthDay(findYearMonthDay(expiryLine.text)!, '/'), line: expiryLine });
    if (expiryDate !== null) out.set('ExpiresDate', expiryDate.printed, { text: front, line: expiryDate.line });

    const agencyCaption = captionLine(front, ['Agency Code']);
    if (agencyCaption !== null) {
      const value = captionValue(front, agencyCaption, { count: 1 })[0];
      const m = value?.text.toUpperCase().match(AGENCY_PATTERN);
      if (value !== undefined && m) out.set('AgencyCode', `${m[1]}${digitise(m[2]!)}`, { text: front, line: value });
    } else if (licence !== null) {
      // The caption unread: the short `A01` code at the far right of the licence number's row.
      const value = linesRightOf(front, licence.line).find((l) => AGENCY_PATTERN.test(l.text.toUpperCase()));
      const m = value?.text.toUpperCase().match(AGENCY_PATTERN);
      if (value !== undefined && m) out.set('AgencyCode', `${m[1]}${digitise(m[2]!)}`, { text: front, line: value });
    }

    if (licence !== null) readByLayout(out, front, nameLine ?? null, licence.line);

    const codes = findPattern(front, /^\s*((?:A1|B1|B2|BE|CE|[ABCD])(?:\s*,\s*(?:A1|B1|B2|BE|CE|[ABCD]))+)\s*$/);
    if (codes !== null) out.setExtra('DLCodes', codes.match[1]!.replace(/\s+/g, ''));
    return out.result();
  },

  validate(read, { today }): CardRule[] {
    const f = read.fields;
    const licence = f.LicenseNo ?? '';
    const agency = f.AgencyCode ?? '';
    const rules: CardRule[] = [idNumberRule('ph.driverLicence.format', 'LicenseNo', licence, validatePhDriverLicence(licence), "driver's licence number")];
    // The Agency Code is the LTO office that issued THIS card; the licence number's first three characters are the
    // office that first issued the licence. They agree on a first issue and differ, legitimately, after a renewal
    // at another office, so only the code's own shape (an office code: letter and two digits) is a rule; whether it
    // matches the number's office is stated in the message.
    if (agency === '') {
      rules.push({ id: 'ph.driverLicence.agencyCode', status: 'skipped', warn: 'InformationVerificationFailed', message: 'no agency code read', fields: ['AgencyCode'], values: {} });
    } else {
      const shaped = /^[A-Z]\d{2}$/.test(agency);
      const sameOffice = licence.slice(0, 3) === agency;
      rules.push({
        id: 'ph.driverLicence.agencyCode',
        status: shaped ? 'pass' : 'warn',
        warn: 'InformationVerificationFailed',
        message: !shaped ? `agency code ${agency} is not an LTO office code` : sameOffice ? "agency code is the licence number's issuing office" : "agency code differs from the licence number's office (renewed at another office)",
        fields: ['AgencyCode', 'LicenseNo'],
        values: { agencyCode: agency, licenceOffice: licence.slice(0, 3) },
      });
    }
    const expiry = findYearMonthDay(f.ExpiresDate ?? '');
    rules.push(expiryRule('ExpiresDate', expiry === null ? null : isoOf(expiry), today));
    // Since RA 10930 (2017) licences expire on the holder's birthday: month and day agree with the birth date.
    const birth = findYearMonthDay(f.Birthday ?? '');
    if (birth !== null && expiry !== null && expiry.year >= 2017) {
      const feb29 = birth.month === 2 && birth.day === 29 && expiry.month === 2 && expiry.day === 28;
      const agree = feb29 || (birth.month === expiry.month && birth.day === expiry.day);
      rules.push({
        id: 'ph.driverLicence.expiresOnBirthday',
        status: agree ? 'pass' : 'warn',
        warn: 'InformationVerificationFailed',
        message: agree ? 'the licence expires on the holder\'s birthday' : 'the expiry date is not the holder\'s birthday',
        fields: ['ExpiresDate', 'Birthday'],
        values: { birthday: isoOf(birth), expires: isoOf(expiry) },
      });
    }
    return rules;
  },
};
