/**
 * ThailandIDCard — the Thai smart national ID card (บัตรประจำตัวประชาชน). Front, as the Department of Provincial
 * Administration prints it: the title `บัตรประจำตัวประชาชน Thai National ID Card`, `เลขประจำตัวประชาชน
 * Identification Number` with the 13 digits grouped `1 2345 67890 12 3`, the Thai-script name, `Name Mr. Anucha`,
 * `Last name Suksawat`, the birth date in Thai (Buddhist era) then `Date of Birth 4 Nov. 1962`, religion and
 * address in Thai, and at the bottom the issue and expiry dates, each a Thai line over an English line over its
 * bilingual caption (`วันออกบัตร Date of Issue`, `วันบัตรหมดอายุ Date of Expiry`). Back: the laser code
 * `AB1-2345678-90` (the key of DOPA's online card check) and Thai text only.
 *
 * Scripts: the OCR models read Latin, digits and Chinese, not Thai script (Thai comes out as Latin garbage), so
 * the seed keys come from the English side: `FirstName`/`LastName` the romanised name without its title
 * (Mr./Mrs./Miss), dates the English line. The Thai-script name is NOT read and not reported; of the Thai date
 * lines only the Buddhist-era year's digits read, kept in `extra` for the era-agreement rules.
 * Formats (D12): `LicenseNumber` `1 2345 67890 12 3`; dates `4 Nov. 1962` (`May` has no stop); `DateOfExpiry`
 * `LIFELONG` on lifetime cards; `IssuedCountry` `THA`.
 */

import { validateThaiId } from '../../checks/thai-id.js';
import { centreX, centreY, right, type CardLine, type CardSideText } from '../card-text.js';
import type { CardFields, CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { agreementRule, expiryRule, idNumberRule } from '../card-rules.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { digitise, isoOf, type CardDate } from '../common/dates.js';
import { afterCaption, findCaption, linesBelow, linesRightOf, phraseScore } from '../find-lines.js';
import { containment, similarity, squash } from '../text-match.js';
import { BUDDHIST_ERA_OFFSET, findBuddhistYear, findEnglishDate, formatEnglishDate, isLifelong } from './thai-card-dates.js';

const TITLES = ['Thai National ID Card'];
const NUMBER_CAPTIONS = ['Identification Number'];
const LAST_NAME_CAPTIONS = ['Last name'];
const BIRTH_CAPTIONS = ['Date of Birth'];
const ISSUE_CAPTIONS = ['Date of Issue'];
const EXPIRY_CAPTIONS = ['Date of Expiry'];

/** 13 digits, grouped 1-4-5-2-1 as printed or with the spaces lost; no digit may touch either end. */
const ID_DIGITS = /(?<![\d-])(\d(?:[\s-]?\d){12})(?![\s-]?\d)/;
/**
 * The back's laser code: two letters and a digit, seven digits, two digits (`JT1-1234567-89`). The letters'
 * place takes a letter-or-digit (O/0), the digits' places the glyphs read for digits.
 */
const LASER_CODE = /(?<![A-Z0-9])([A-Z0-9]{2}[0-9OIlSB])\s*[-–—.]\s*([0-9OIlSB]{7})\s*[-–—.]\s*([0-9OIlSB]{2})(?![0-9])/;
/** Titles printed before the English given name; `MrSomsak` (dots and spaces dropped) still loses its title. */
const NAME_TITLE = /^(?:(?:Miss|Mrs|Ms|Mr|Master)(?:\.\s*|\s+)|(?:Miss|Mrs|Ms|Mr)(?=[A-Z][a-z]))/i;
const ROMAN_WORD = /^[A-Z][A-Za-z'-]*$/;

function group(digits: string): string {
  return `${digits.slice(0, 1)} ${digits.slice(1, 5)} ${digits.slice(5, 10)} ${digits.slice(10, 12)} ${digits.slice(12)}`;
}

function readId(text: CardSideText): { value: string; line: CardLine } | null {
  for (const line of text.lines) {
    // Letters turned back into digits only on a line that is mostly digits: words must not become numbers.
    const raw = line.text;
    const digitLike = digitise(raw).replace(/[^\d]/g, '').length;
    if (digitLike < 13 || digitLike < squash(raw).length * 0.8) continue;
    const m = digitise(raw).match(ID_DIGITS);
    if (m !== null) return { value: group(m[1]!.replace(/[\s-]/g, '')), line };
  }
  return null;
}

function readLaserCode(text: CardSideText): { value: string; line: CardLine } | null {
  for (const line of text.lines) {
    const m = line.text.toUpperCase().match(LASER_CODE);
    if (m === null) continue;
    const letters = m[1]!.slice(0, 2).replace(/0/g, 'O');
    if (!/^[A-Z]{2}$/.test(letters)) continue;
    return { value: `${letters}${digitise(m[1]!.slice(2))}-${digitise(m[2]!)}-${digitise(m[3]!)}`, line };
  }
  return null;
}

/** Capitalised romanised words after an optional title; garbage the recogniser glued on (`m`, `mW`) drops out. */
function romanName(text: string, dropTitle: boolean): string {
  let value = tidy(text).replace(/^[\s:.;,]+/, '');
  if (dropTitle) value = value.replace(NAME_TITLE, '');
  const words = value.split(' ').map((w) => w.replace(/[.,;:]+$/, ''));
  const kept: string[] = [];
  for (const word of words) {
    if (!ROMAN_WORD.test(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** The value of a caption printed on the same row: after the caption in its own line, else the next line right. */
function rowValue(text: CardSideText, caption: CardLine, phrase: string): { value: string; line: CardLine } | null {
  const rest = afterCaption(caption.text, phrase);
  if (rest !== '') return { value: rest, line: caption };
  const next = linesRightOf(text, caption, { maxDistance: 0.25 })[0];
  return next === undefined ? null : { value: next.text, line: next };
}

function isLastNameCaption(line: CardLine): boolean {
  return containment(line.text, LAST_NAME_CAPTIONS[0]!) >= 0.8;
}

/** `Name` opens its line (`Name Mr. Anucha`, `NameMr.Anucha`, `Name`); `Last name` and `Identification Number` do not count. */
function isNameCaption(line: CardLine): boolean {
  return similarity(squash(line.text).slice(0, 4), 'NAME') >= 0.75 && !isLastNameCaption(line);
}

function readNames(front: CardSideText, out: FieldCollector): CardLine | null {
  let firstLine: CardLine | null = null;
  const caption = front.lines.find(isNameCaption);
  const fromCaption = caption === undefined ? null : rowValue(front, caption, 'Name');
  const titled = front.lines.find((l) => /^(?:Miss|Mrs|Ms|Mr)\.?\s*[A-Z][a-z]/.test(l.text.trim()));
  const first = fromCaption ?? (titled === undefined ? null : { value: titled.text, line: titled });
  if (first !== null) {
    const name = romanName(first.value, true);
    if (name !== '') {
      out.set('FirstName', name, { text: front, line: first.line });
      firstLine = first.line;
    }
  }
  const lastCaption = front.lines.find(isLastNameCaption);
  let last = lastCaption === undefined ? null : rowValue(front, lastCaption, 'Last name');
  // Without its caption the surname is the line printed under the given name.
  if (last === null && firstLine !== null) {
    const below = linesBelow(front, firstLine, { count: 1, maxGap: 1.2 })[0];
    if (below !== undefined) last = { value: below.text, line: below };
  }
  if (last !== null) {
    const name = romanName(last.value, false);
    if (name !== '') out.set('LastName', name, { text: front, line: last.line });
  }
  return firstLine;
}

interface DateLine {
  line: CardLine;
  date: CardDate;
}

/** The Buddhist-era year printed on the Thai line just above an English date line (same column, within 3 lines). */
function buddhistYearAbove(front: CardSideText, english: CardLine): { year: number; line: CardLine } | null {
  const candidates = front.lines
    .filter((l) => l !== english && centreY(l.box) < centreY(english.box))
    .filter((l) => centreY(english.box) - centreY(l.box) <= english.box.height * 3)
    .filter((l) => Math.min(right(l.box), right(english.box)) - Math.max(l.box.x, english.box.x) > 0)
    .map((l) => ({ line: l, year: findBuddhistYear(l.text) }))
    .filter((c): c is { line: CardLine; year: number } => c.year !== null)
    .sort((a, b) => centreY(b.line.box) - centreY(a.line.box));
  return candidates[0] ?? null;
}

function readDates(front: CardSideText, out: FieldCollector): void {
  const dated: DateLine[] = front.lines.flatMap((line) => {
    const date = findEnglishDate(line.text);
    return date === null ? [] : [{ line, date }];
  });
  const birthCaption = findCaption(front, BIRTH_CAPTIONS);
  let birth: DateLine | undefined;
  if (birthCaption !== null) {
    const row = new Set([birthCaption.line, ...linesRightOf(front, birthCaption.line, { maxDistance: 0.3 })]);
    birth = dated.find((d) => row.has(d.line));
  }
  // Without its caption the birth date is the topmost English date, if it lies above the issue/expiry row (the
  // bottom fifth of the card on every generation).
  const topmost = [...dated].sort((a, b) => centreY(a.line.box) - centreY(b.line.box))[0];
  if (birth === undefined && topmost !== undefined && centreY(topmost.line.box) < 0.8) birth = topmost;

  const lifelong = front.lines.find((l) => isLifelong(l.text));
  const bottom = dated.filter((d) => d !== birth && (birth === undefined || centreY(d.line.box) > centreY(birth.line.box)));
  let issue: DateLine | undefined;
  let expiry: DateLine | undefined;
  const issueCaption = findCaption(front, ISSUE_CAPTIONS);
  const expiryCaption = findCaption(front, EXPIRY_CAPTIONS);
  const distinctCaptions = issueCaption !== null && expiryCaption !== null && issueCaption.line !== expiryCaption.line;
  for (const d of [...bottom].sort((a, b) => a.line.box.x - b.line.box.x)) {
    let slot: 'issue' | 'expiry';
    if (distinctCaptions) {
      // Each English date sits over its own caption: the nearer caption column decides.
      const toIssue = Math.abs(centreX(d.line.box) - centreX(issueCaption.line.box));
      const toExpiry = Math.abs(centreX(d.line.box) - centreX(expiryCaption.line.box));
      slot = toIssue <= toExpiry ? 'issue' : 'expiry';
    } else {
      // Issue bottom left, expiry to its right (every card generation); a lifetime card has no expiry date.
      slot = issue === undefined && (lifelong !== undefined || bottom.length > 1 || d.line.box.x < 0.3) ? 'issue' : 'expiry';
    }
    if (slot === 'issue' && issue === undefined) issue = d;
    else if (slot === 'expiry' && expiry === undefined && lifelong === undefined) expiry = d;
  }

  const record = (key: 'DateOfBirth' | 'DateOfIssue' | 'DateOfExpiry', found: DateLine | undefined): void => {
    if (found === undefined) return;
    out.set(key, formatEnglishDate(found.date), { text: front, line: found.line });
    const thai = buddhistYearAbove(front, found.line);
    if (thai !== null) out.setExtra(`${key}BuddhistYear`, String(thai.year));
  };
  record('DateOfBirth', birth);
  record('DateOfIssue', issue);
  record('DateOfExpiry', expiry);
  if (lifelong !== undefined && expiry === undefined) out.set('DateOfExpiry', 'LIFELONG', { text: front, line: lifelong });
}

function parsedDate(value: string | undefined): CardDate | null {
  return value === undefined || value === '' ? null : findEnglishDate(value);
}

/** The Buddhist-era year read on the Thai line against the English line's year. */
function eraRule(read: CardFields, key: 'DateOfBirth' | 'DateOfIssue' | 'DateOfExpiry', id: string, what: string): CardRule {
  const english = parsedDate(read.fields[key]);
  const buddhist = read.extra[`${key}BuddhistYear`];
  const converted = buddhist === undefined ? null : String(Number(buddhist) - BUDDHIST_ERA_OFFSET);
  return agreementRule(id, [key], converted, english === null ? null : String(english.year), `${what}: Buddhist-era year − 543 and the English year`);
}

/**
 * The card runs to the holder's birthday (DOPA: eight years from issue, ending on the birthday). Real cards print
 * either the birthday itself or the day before it (a 2020 card: born 25 Jun., expiry 24 Jun.), so both pass; a
 * 29 February birthday ends on 28 February (or its eve) in common years.
 */
function expiryAtBirthdayRule(birth: CardDate | null, expiry: CardDate | null): CardRule {
  const fields = ['DateOfBirth', 'DateOfExpiry'];
  if (birth === null || expiry === null) return { id: 'thai.expiryAtBirthday', status: 'skipped', warn: 'InformationVerificationFailed', message: 'no birth or expiry date to compare', fields, values: {} };
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const day = birth.month === 2 && birth.day === 29 && !leap(expiry.year) ? 28 : birth.day;
  const birthday = new Date(Date.UTC(expiry.year, birth.month - 1, day));
  const eve = new Date(birthday.getTime() - 86_400_000);
  const at = Date.UTC(expiry.year, expiry.month - 1, expiry.day);
  const ok = at === birthday.getTime() || at === eve.getTime();
  return {
    id: 'thai.expiryAtBirthday',
    status: ok ? 'pass' : 'warn',
    warn: 'InformationVerificationFailed',
    message: ok ? 'the card expires at the holder’s birthday' : 'the expiry date is not at the holder’s birthday',
    fields,
    values: { birth: isoOf(birth), expiry: isoOf(expiry) },
  };
}

/** Born, then issued, then expiring: a card whose dates run otherwise was misread or altered. */
function dateOrderRule(birth: CardDate | null, issue: CardDate | null, expiry: CardDate | null): CardRule {
  const known = [
    ['DateOfBirth', birth],
    ['DateOfIssue', issue],
    ['DateOfExpiry', expiry],
  ].filter((p): p is [string, CardDate] => p[1] !== null);
  const fields = known.map(([k]) => k);
  if (known.length < 2) return { id: 'thai.dateOrder', status: 'skipped', warn: 'InformationVerificationFailed', message: 'fewer than two dates read', fields, values: {} };
  const isos = known.map(([, d]) => isoOf(d));
  const ordered = isos.every((iso, i) => i === 0 || isos[i - 1]! < iso);
  return {
    id: 'thai.dateOrder',
    status: ordered ? 'pass' : 'warn',
    warn: 'InformationVerificationFailed',
    message: ordered ? 'birth, issue and expiry dates in order' : 'birth, issue and expiry dates out of order',
    fields,
    values: Object.fromEntries(known.map(([k, d]) => [k, isoOf(d)])),
  };
}

export const thaiIdTemplate: CardTemplate = {
  structure: 'ThailandIDCard',
  nationality: 'THA',
  cardType: 'ID_CARD',
  cardSubType: 'TH_SMART_ID',
  sides: ['front'],
  keyFields: ['LicenseNumber', 'FirstName', 'LastName', 'DateOfBirth'],

  recognise(text): SideRecognition {
    const title = phraseScore(text, TITLES);
    const id = readId(text);
    const caption = phraseScore(text, NUMBER_CAPTIONS);
    const laser = readLaserCode(text);
    const evidence = [`title ${title.toFixed(2)}`, id === null ? 'no 13-digit number' : `13-digit number ${validateThaiId(id.value).valid ? 'with valid checksum' : 'pattern'}`, `number caption ${caption.toFixed(2)}`];
    if (laser !== null) evidence.push('laser code pattern');
    // The title alone identifies the card; without it, the 1-4-5-2-1 number under its own caption does, and the
    // number alone only when its checksum holds and the English name caption is there too.
    const front = Math.max(
      title >= 0.8 ? Math.min(1, title * 0.85 + (id === null ? 0 : 0.15)) : 0,
      id !== null && caption >= 0.8 ? 0.85 : 0,
      id !== null && validateThaiId(id.value).valid && phraseScore(text, LAST_NAME_CAPTIONS) >= 0.8 ? 0.78 : 0,
    );
    // The back prints no English phrase: its laser code is its mark.
    return { front, back: laser === null ? 0 : 0.9, evidence };
  },

  read({ front, back }) {
    const out = new FieldCollector('ThailandIDCard');
    if (back !== null) {
      const laser = readLaserCode(back);
      if (laser !== null) out.setExtra('LaserCode', laser.value);
    }
    if (front === null) return out.result();
    const title = findCaption(front, TITLES);
    out.set('IssuedCountry', 'THA', title === null ? undefined : { text: front, line: title.line });
    const id = readId(front);
    if (id !== null) out.set('LicenseNumber', id.value, { text: front, line: id.line });
    readNames(front, out);
    readDates(front, out);
    return out.result();
  },

  validate(read, { today }): CardRule[] {
    const f = read.fields;
    const birth = parsedDate(f.DateOfBirth);
    const issue = parsedDate(f.DateOfIssue);
    const expiry = parsedDate(f.DateOfExpiry);
    const lifelong = f.DateOfExpiry === 'LIFELONG';
    return [
      idNumberRule('thai.checkDigit', 'LicenseNumber', f.LicenseNumber ?? '', validateThaiId(f.LicenseNumber ?? ''), 'Thai ID checksum'),
      eraRule(read, 'DateOfBirth', 'thai.birthEra', 'date of birth'),
      eraRule(read, 'DateOfIssue', 'thai.issueEra', 'date of issue'),
      eraRule(read, 'DateOfExpiry', 'thai.expiryEra', 'date of expiry'),
      dateOrderRule(birth, issue, expiry),
      expiryAtBirthdayRule(birth, expiry),
      expiryRule('DateOfExpiry', expiry === null ? null : isoOf(expiry), today, lifelong ? 'lifetime card: no expiry date' : ''),
    ];
  },
};
