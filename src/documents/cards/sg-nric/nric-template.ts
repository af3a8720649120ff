/**
 * SingaporeIDCard — the Singapore NRIC (pink for citizens, blue for permanent residents; ICA). Front: `REPUBLIC OF
 * SINGAPORE`, `IDENTITY CARD NO.` with the number `S1234567D`, the portrait, then captioned values: `Name` (the
 * Chinese name, where registered, under the English one), `Race`, `Date of birth`, `Sex`, `Country/Place of birth`.
 * Back: the number again (over a Code 39 barcode of it, read by the barcode stage), the thumbprint, `Date of issue`
 * and `Address` over several lines ending in `SINGAPORE 123456`.
 *
 * Formats (D12, studio sg-nric.ts header): dates `DD-MM-YYYY`; `Sex` `M`/`F` as printed; the deprecated keys and
 * their successors hold the same value (`ChName` = `ChineseName`, `EnName` = `FullName`, `ID` = `LicenseNumber`,
 * `CountryOfBirth` = `Nationality` — a printed `Nationality`, on a card that has one, goes to `Nationality`);
 * `NRICCode` the number read on the back; `Address` the printed lines joined by single spaces, `PostCode` its six
 * digits; `DateOfExpiration` '' (the NRIC has no expiry). Scripts: `ChName`/`ChineseName` the Chinese characters,
 * every other name key the romanised name.
 */

import { validateNric } from '../../checks/nric.js';
import type { CardLine, CardSideText } from '../card-text.js';
import type { CardFields, CardRule, CardTemplate, CardZone, SideRecognition } from '../card-template.js';
import { agreementRule, expiryRule, idNumberRule } from '../card-rules.js';
import { findCaption, linesRightOf, phraseScore } from '../find-lines.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { digitise, findDayMonthYear, formatDayMonthYear, isoOf, type CardDate } from '../common/dates.js';
import { isValidCalendarDate } from '../../checks/dates.js';
import { findLabel, valueLines } from './caption-values.js';
import { findNricNumber, parseNricNumber } from './nric-number.js';
import { CJK, LATIN_NAME, readNricColumn } from './nric-column.js';

const TITLE = ['REPUBLIC OF SINGAPORE'];
const NUMBER_CAPTION = 'IDENTITY CARD NO';
const FRONT_CAPTIONS = ['Country/Place of birth', 'Date of birth', 'Race'];
const POSTCODE = /SINGAPORE\s*[.,]?\s*([0-9OIlSBDZ]{6})(?![0-9])/i;
/** The sex zone starts this share of the card before its caption and is at least this wide (zonesToRead). */
const SEX_ZONE_MARGIN = 0.01;
const SEX_ZONE_WIDTH = 0.06;
/** Without the caption: the zone starts this far right of the date's end and runs this wide (the sex at ~0.58). */
const SEX_ZONE_GAP = 0.03;
const SEX_ROW_WIDTH = 0.25;
const CAPTION_WORDS = ['Name', 'Race', 'Date of birth', 'Sex', 'Country/Place of birth', 'Nationality', 'IDENTITY CARD NO'];

/** `DD-MM-YYYY`, also when the recogniser dropped a separator (`2102-1986`, `21021986`). */
function readDate(text: string): CardDate | null {
  const found = findDayMonthYear(text);
  if (found !== null) return found;
  const m = digitise(text).match(/(?<!\d)(\d{2})\s*[-/.]?\s*(\d{2})\s*[-/.]?\s*(\d{4})(?!\d)/);
  if (m === null) return null;
  const date = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

function isCaptionLine(line: CardLine): boolean {
  return CAPTION_WORDS.some((caption) => findLabel({ side: 'front', lines: [line], pageWidth: 1, pageHeight: 1 }, caption) !== null);
}

/** The front's number: after `IDENTITY CARD NO.` (same line or below), else the first NRIC-shaped number. */
function readFrontNumber(front: CardSideText): { value: string; line: CardLine } | null {
  const caption = findLabel(front, NUMBER_CAPTION);
  if (caption !== null) {
    for (const { text, line } of [...valueLines(front, caption, { count: 2 }), ...linesRightOf(front, caption.line).map((line) => ({ text: line.text, line }))]) {
      const value = parseNricNumber(text);
      if (value !== null) return { value, line };
    }
  }
  return findNricNumber(front);
}

function frontScore(text: CardSideText): { front: number; evidence: string[] } {
  const title = phraseScore(text, TITLE);
  const numberCaption = phraseScore(text, [NUMBER_CAPTION]);
  const number = findNricNumber(text) !== null;
  const captions = FRONT_CAPTIONS.filter((c) => findLabel(text, c) !== null).length;
  const evidence = [`title ${title.toFixed(2)}`, `number caption ${numberCaption.toFixed(2)}`, number ? 'NRIC number pattern' : 'no NRIC number', `${captions} front captions`];
  // The title names the card; the number caption with an NRIC-shaped number, or the number with the front's own
  // captions, still does when the title is lost (glare on the crest band).
  const front = Math.max(
    title >= 0.8 ? Math.min(1, title * 0.8 + (numberCaption >= 0.8 ? 0.1 : 0) + (number ? 0.1 : 0)) : 0,
    numberCaption >= 0.8 && number ? 0.85 : 0,
    number && captions >= 2 ? 0.8 : 0,
  );
  return { front, evidence };
}

/**
 * The back has no title: it is known by the NRIC number together with its own captions and the Singapore postcode.
 * Without the number it stays below the back threshold, so another card's `Address`/`Date of issue` captions never
 * make it an NRIC back.
 */
function backScore(text: CardSideText): number {
  const number = findNricNumber(text) !== null ? 0.45 : 0;
  const postcode = text.lines.some((l) => POSTCODE.test(l.text)) ? 0.25 : 0;
  const issue = findCaption(text, ['Date of issue']) !== null ? 0.15 : 0;
  const address = findLabel(text, 'Address') !== null ? 0.15 : 0;
  return number + postcode + issue + address;
}

function readAddress(back: CardSideText): CardLine[] {
  const caption = findLabel(back, 'Address');
  const endsAddress = (line: CardLine) => POSTCODE.test(line.text);
  if (caption !== null) {
    const found = valueLines(back, caption, { count: 6, maxGap: 1.4, exclude: (l) => isCaptionLine(l) || readDate(l.text) !== null });
    const lines: CardLine[] = [];
    for (const { line } of found) {
      if (line === caption.line) continue;
      lines.push(line);
      if (endsAddress(line)) break;
    }
    if (caption.rest !== '') return [caption.line, ...lines];
    return lines;
  }
  // No caption read: the postcode line and the lines aligned above it, up to the date of issue or the number.
  const last = back.lines.find(endsAddress);
  if (last === undefined) return [];
  const above = back.lines
    .filter((l) => l !== last && l.box.y < last.box.y && Math.abs(l.box.x - last.box.x) < 0.04 && last.box.y - l.box.y < last.box.height * 6)
    .sort((a, b) => b.box.y - a.box.y);
  const lines: CardLine[] = [last];
  for (const line of above) {
    // The card prints the address in capitals under its caption in mixed case: a line with lower-case letters is
    // the caption misread (`Addem`), never part of the address.
    if (isCaptionLine(line) || readDate(line.text) !== null || parseNricNumber(line.text) !== null || /\p{Ll}/u.test(line.text)) break;
    lines.unshift(line);
  }
  return lines;
}

export const nricTemplate: CardTemplate = {
  structure: 'SingaporeIDCard',
  nationality: 'SGP',
  cardType: 'ID_CARD',
  cardSubType: 'SG_NRIC',
  sides: ['front', 'back'],
  // The back's Code 39 encodes the NRIC number (ICA's card design); compared with the printed number.
  barcode: { side: 'back', formats: ['Code39'], field: 'NRICCode', shape: /[STFGM]\d{7}[A-Z]/ },
  keyFields: ['ID', 'FullName', 'Birthday'],

  recognise(text): SideRecognition {
    const { front, evidence } = frontScore(text);
    return { front, back: backScore(text), evidence };
  },

  read({ front, back }) {
    const out = new FieldCollector('SingaporeIDCard');
    if (front !== null) readFront(front, out);
    if (back !== null) readBack(back, out);
    // Both sides print the same number. Where the two readings differ only in look-alike glyphs (`I` for `J`) and
    // only the front's passes the check letter, the back's misreading is the front's number.
    const [id, backId] = [out.get('ID'), out.get('NRICCode')];
    if (id !== '' && backId !== '' && id !== backId && validateNric(id).valid && !validateNric(backId).valid && lookAlike(id, backId)) {
      out.set('NRICCode', id);
    }
    return out.result();
  },

  zonesToRead(read: CardFields, { front }): CardZone[] {
    const birth = read.regions.Birthday;
    if (read.fields.Sex !== '' || birth === undefined || front === null) return [];
    // `Sex` is captioned right of `Date of birth`; its value, one glyph the detector can miss or clip, stands under
    // the caption on the birth date's row. Only a caption read alone places it (a `Date of birth Sex` run together
    // spans both columns).
    const label = findLabel(front, 'Sex');
    const row = { y: birth.box.y, height: birth.box.height };
    if (label !== null && label.line.text.replace(/[^A-Za-z]/g, '').length <= 'Sex'.length + 1) {
      const box = label.line.box;
      return [{ field: 'Sex', side: 'front', box: { x: box.x - SEX_ZONE_MARGIN, width: Math.max(2 * box.width, SEX_ZONE_WIDTH), ...row } }];
    }
    // The caption unread too: the row right of the date, where nothing else is printed.
    const after = birth.box.x + birth.box.width + SEX_ZONE_GAP;
    return [{ field: 'Sex', side: 'front', box: { x: after, width: Math.min(SEX_ROW_WIDTH, 1 - after), ...row } }];
  },

  validate(read: CardFields, { today }): CardRule[] {
    const f = read.fields;
    const id = f.ID ?? '';
    const backId = f.NRICCode ?? '';
    const rules: CardRule[] = [idNumberRule('nric.checkLetter', 'ID', id, validateNric(id), 'NRIC/FIN check letter')];
    if (id === '' && backId !== '') rules.push(idNumberRule('nric.backCheckLetter', 'NRICCode', backId, validateNric(backId), 'back NRIC/FIN check letter'));
    rules.push(backNumberRule(id, backId));
    const birth = readDate(f.Birthday ?? '');
    const issue = readDate(f.DateOfIssue ?? '');
    if (birth !== null && issue !== null) {
      // Issued on registration (from age 15) or a re-registration: never before birth, never after today.
      const ok = isoOf(issue) > isoOf(birth) && isoOf(issue) <= today;
      rules.push({
        id: 'nric.issueDate',
        status: ok ? 'pass' : 'warn',
        warn: 'InformationVerificationFailed',
        message: ok ? 'issued after the date of birth and not in the future' : 'date of issue before the date of birth or in the future',
        fields: ['Birthday', 'DateOfIssue'],
        values: { birthday: isoOf(birth), issued: isoOf(issue), today },
      });
    }
    rules.push(expiryRule('DateOfExpiration', null, today, 'the NRIC carries no expiry date'));
    return rules;
  },
};

function readFront(front: CardSideText, out: FieldCollector): void {
  const number = readFrontNumber(front);
  if (number !== null) for (const key of ['ID', 'LicenseNumber']) out.set(key, number.value, { text: front, line: number.line });

  const nameLabel = findLabel(front, 'Name');
  if (nameLabel !== null) {
    // A long name wraps onto a second line; the Chinese name and the next caption end it.
    const lines = valueLines(front, nameLabel, { count: 2, maxGap: 0.9 });
    const name: typeof lines = [];
    for (const value of lines) {
      const text = tidy(value.text).toUpperCase();
      if (!LATIN_NAME.test(text) || isCaptionLine(value.line)) break;
      name.push(value);
    }
    if (name.length > 0) {
      const value = tidy(name.map((n) => n.text).join(' '));
      for (const key of ['EnName', 'FullName']) out.set(key, value, { text: front, lines: name.map((n) => n.line) });
    }
  }

  // The Chinese name: a line of CJK characters only (between the name and the race on the current card).
  const chinese = front.lines.find((l) => CJK.test(l.text.replace(/\s+/g, '')));
  if (chinese !== undefined) for (const key of ['ChName', 'ChineseName']) out.set(key, chinese.text.replace(/\s+/g, ''), { text: front, line: chinese });

  const race = findLabel(front, 'Race');
  const raceValue = race === null ? undefined : valueLines(front, race, { exclude: isCaptionLine })[0];
  if (raceValue !== undefined && /^[A-Za-z][A-Za-z ()/-]+$/.test(tidy(raceValue.text))) out.set('Race', tidy(raceValue.text).toUpperCase(), { text: front, line: raceValue.line });

  const birthLabel = findLabel(front, 'Date of birth');
  const birthValues = birthLabel === null ? [] : valueLines(front, birthLabel, { count: 1, exclude: isCaptionLine });
  const birthLine = birthValues.find((v) => readDate(v.text) !== null) ?? front.lines.map((line) => ({ text: line.text, line })).find((v) => readDate(v.text) !== null);
  const birth = birthLine === undefined ? null : readDate(birthLine.text);
  if (birth !== null && birthLine !== undefined) out.set('Birthday', formatDayMonthYear(birth, '-'), { text: front, line: birthLine.line });

  const sex = readSex(front, birthLine?.line ?? null);
  if (sex !== null) out.set('Sex', sex.value, { text: front, line: sex.line });

  const countryLabel = findLabel(front, 'Country/Place of birth');
  const country = countryLabel === null ? undefined : valueLines(front, countryLabel, { exclude: isCaptionLine })[0];
  if (country !== undefined && /^[A-Za-z][A-Za-z .()'-]+$/.test(tidy(country.text))) {
    for (const key of ['CountryOfBirth', 'Nationality']) out.set(key, tidy(country.text).toUpperCase(), { text: front, line: country.line });
  }
  // A card that prints its holder's nationality (a permanent resident's) reports it rather than the country of birth.
  const nationalityLabel = findLabel(front, 'Nationality');
  const nationality = nationalityLabel === null ? undefined : valueLines(front, nationalityLabel, { exclude: isCaptionLine })[0];
  if (nationality !== undefined && /^[A-Za-z][A-Za-z .()'-]+$/.test(tidy(nationality.text))) out.set('Nationality', tidy(nationality.text).toUpperCase(), { text: front, line: nationality.line });

  if (birthLine !== undefined) fillFromColumn(front, birthLine.line, out);
}

/** Fields the captions did not give, from the column read by position (nric-column.ts). */
function fillFromColumn(front: CardSideText, birth: CardLine, out: FieldCollector): void {
  const column = readNricColumn(front, birth);
  if (column === null) return;
  const name = tidy(column.name.map((l) => l.text).join(' '));
  if (out.get('EnName') === '' && LATIN_NAME.test(name)) for (const key of ['EnName', 'FullName']) out.set(key, name, { text: front, lines: column.name });
  if (out.get('ChName') === '' && column.chinese !== null) for (const key of ['ChName', 'ChineseName']) out.set(key, column.chinese.text.replace(/\s+/g, ''), { text: front, line: column.chinese });
  if (out.get('Race') === '' && column.race !== null) out.set('Race', tidy(column.race.text), { text: front, line: column.race });
  if (out.get('CountryOfBirth') === '' && column.country !== null) {
    const country = tidy(column.country.text);
    out.set('CountryOfBirth', country, { text: front, line: column.country });
    if (out.get('Nationality') === '') out.set('Nationality', country, { text: front, line: column.country });
  }
}

/** `M`/`F` under the `Sex` caption, or after the date of birth when the two were read as one line. */
function readSex(front: CardSideText, birthLine: CardLine | null): { value: string; line: CardLine } | null {
  const single = (text: string): string | null => text.replace(/[^A-Za-z]/g, '').toUpperCase().match(/^[MF]$/)?.[0] ?? null;
  const label = findLabel(front, 'Sex');
  if (label !== null) {
    for (const { text, line } of valueLines(front, label, { exclude: (l) => isCaptionLine(l) || l === birthLine })) {
      const value = single(text);
      if (value !== null) return { value, line };
    }
  }
  if (birthLine !== null) {
    const merged = digitise(birthLine.text).match(/\d{4}\s*([MF])\s*$/i) ?? birthLine.text.match(/\s([MF])\s*$/);
    if (merged !== null) return { value: merged[1]!.toUpperCase(), line: birthLine };
    for (const line of linesRightOf(front, birthLine, { maxDistance: 0.4 })) {
      const value = single(line.text);
      if (value !== null) return { value, line };
    }
  }
  return null;
}

/** Same length, and every differing glyph a look-alike of the other (`I`/`J`, `O`/`D`, `8`/`B`). */
function lookAlike(a: string, b: string): boolean {
  const pairs = new Set(['IJ', 'JI', 'OD', 'DO', '0D', 'D0', '8B', 'B8', '1I', 'I1', '5S', 'S5', 'CG', 'GC']);
  return a.length === b.length && [...a].every((c, i) => c === b[i] || pairs.has(c + b[i]));
}

function readBack(back: CardSideText, out: FieldCollector): void {
  const number = findNricNumber(back);
  if (number !== null) out.set('NRICCode', number.value, { text: back, line: number.line });

  const issueLabel = findLabel(back, 'Date of issue');
  const issueLine = (issueLabel === null ? [] : valueLines(back, issueLabel, { count: 1 })).find((v) => readDate(v.text) !== null) ?? back.lines.map((line) => ({ text: line.text, line })).find((v) => readDate(v.text) !== null);
  const issue = issueLine === undefined ? null : readDate(issueLine.text);
  if (issue !== null && issueLine !== undefined) out.set('DateOfIssue', formatDayMonthYear(issue, '-'), { text: back, line: issueLine.line });

  const address = readAddress(back);
  if (address.length > 0) {
    const label = findLabel(back, 'Address');
    const texts = address.map((line) => (label !== null && line === label.line ? label.rest : line.text));
    // The postcode is six digits: letters the recogniser put in it (`S61702`) are digits in the address too.
    const joined = tidy(texts.join(' ')).replace(POSTCODE, (whole, code: string) => whole.replace(code, digitise(code)));
    out.set('Address', joined, { text: back, lines: address });
    const postcode = joined.match(POSTCODE);
    if (postcode !== null) out.set('PostCode', digitise(postcode[1]!), { text: back, line: address.find((l) => POSTCODE.test(l.text)) ?? address[address.length - 1]! });
  }
}

/**
 * The back repeats the number (and its barcode). A number that differs in one or two characters is a misreading or
 * an alteration; one that differs in most characters is the back of another card (`FrontBackMismatch`, D13).
 */
function backNumberRule(front: string, back: string): CardRule {
  const rule = agreementRule('nric.backNumber', ['ID', 'NRICCode'], front, back, 'front and back NRIC numbers');
  if (rule.status !== 'warn') return rule;
  const differing = [...front].filter((c, i) => c !== back[i]).length + Math.abs(front.length - back.length);
  return differing > 2 ? { ...rule, warn: 'FrontBackMismatch', message: 'the back carries another NRIC number: sides of different cards' } : rule;
}
