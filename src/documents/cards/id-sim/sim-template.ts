/**
 * IndonesiaDrivingLicense — the Polri smart SIM (Surat Izin Mengemudi, polycarbonate, issued since 2019; Perpol
 * 5/2021). Front: `SURAT IZIN MENGEMUDI` / `DRIVING LICENSE`, the class letter (A, B I, B II, C, D…), the number
 * `NNNN-NNNN-NNNNNN` (since 2024 new cards may carry the holder's 16-digit NIK instead), the numbered lines
 * `1.` name, `2.` place and date of birth, `3.` blood group and sex, `4.` address (one or two lines), `5.`
 * occupation, `6.` issuing police office, `Berlaku s/d` with the expiry date, and the issuing town and date over
 * the signature. Back: the class table and the number again. The QR code is not read here (barcodes are read by
 * the pipeline).
 *
 * Formats (D12, docs/documents.md): dates DD-MM-YYYY; `LicenseNumber` as printed (`1234-5678-123456`, or the 16
 * digits); `FirstName` the first word of line 1 and `LastName` the rest (`""` for a single name); `Address` the
 * printed lines joined by one space; `IssuedCountry` `IDN`. Extra (D18): `Name`, `BirthPlace`, `BloodGroup`, `Sex`,
 * `Occupation`, `IssuingOffice`, `IssuePlace`, `Class`, `BackLicenseNumber`.
 */

import { centreY, type CardLine, type CardSideText } from '../card-text.js';
import type { CardFields, CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { findCaption, linesBelow, linesRightOf, phraseScore } from '../find-lines.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { digitise, findDayMonthYear, formatDayMonthYear } from '../common/dates.js';
import { numberedLines, type NumberedLine } from './sim-lines.js';
import { PageFieldCollector, uprightSide } from '../id-ktp/quarter-turn.js';
import { streetAbbreviations } from '../id-ktp/street-abbreviations.js';
import { simRules } from './sim-rules.js';

const TITLE = ['SURAT IZIN MENGEMUDI'];
const EXPIRY_CAPTIONS = ['Berlaku s/d', 'Berlaku sampai', 'Berlaku Hingga', 'Valid until'];
/** The back's own phrases (class table, Korlantas): never on the front. */
const BACK_PHRASES = ['GOLONGAN SIM', 'KORPS LALU LINTAS POLRI', 'KORLANTAS POLRI', 'Sepeda motor', 'Mobil penumpang', 'Pemegang SIM wajib'];
/** SIM classes (UU 22/2009 art. 80; Perpol 5/2021 split C into C, C I, C II). */
const CLASS = /^\s*(A\s*UMUM|B\s*I{1,2}\s*UMUM|A|B\s*I{1,2}|C\s*I{0,2}|D\s*I?)\s*$/;

/** The number: `NNNN-NNNN-NNNNNN` with or without its dashes, or the 16 digits of a NIK (2024 onwards). */
export function licenseNumberIn(text: string): string | null {
  const compact = digitise(text).replace(/\s+/g, '').replace(/[–—.]/g, '-');
  const nik = compact.match(/(?<![\d-])\d{16}(?![\d-])/);
  if (nik !== null) return nik[0];
  const classic = compact.match(/(?<![\d-])(\d{4})-?(\d{4})-?(\d{6})(?![\d-])/);
  return classic === null ? null : `${classic[1]}-${classic[2]}-${classic[3]}`;
}

function findNumber(text: CardSideText): { value: string; line: CardLine } | null {
  for (const line of text.lines) {
    const value = licenseNumberIn(line.text);
    if (value !== null) return { value, line };
  }
  return null;
}

function recognise(text: CardSideText): SideRecognition {
  const title = phraseScore(text, TITLE);
  const number = findNumber(text);
  const expiry = phraseScore(text, EXPIRY_CAPTIONS);
  const back = phraseScore(text, BACK_PHRASES);
  const evidence = [`title ${title.toFixed(2)}`, number === null ? 'no SIM number' : 'SIM number pattern', `Berlaku s/d ${expiry.toFixed(2)}`, `back phrases ${back.toFixed(2)}`];
  // The Indonesian title decides; `DRIVING LICENSE` alone does not (Philippine licences print `DRIVER'S LICENSE`).
  // Without the title, the number's dashed 4-4-6 pattern beside `Berlaku s/d` still identifies the front.
  const classic = number !== null && number.value.includes('-');
  const front = Math.max(title >= 0.8 ? Math.min(1, 0.8 + title * 0.1 + (number === null ? 0 : 0.1)) : 0, classic && expiry >= 0.8 ? 0.8 : 0);
  return { front, back: back >= 0.8 ? back : 0, evidence };
}

/** `JAKARTA, 14-11-1987` → place and date; the recogniser's `.` for the comma is tolerated. */
function placeDate(text: string): { place: string; date: string } | null {
  // `MEDAN,26022026`: the recogniser may drop the date's dashes after the place's comma.
  const compact = digitise(text).match(/^(\D*?)[,.]\s*(\d{2})(\d{2})(\d{4})\s*$/);
  const date = findDayMonthYear(compact === null ? text : `${compact[2]}-${compact[3]}-${compact[4]}`);
  if (date === null) return null;
  if (compact !== null) return { place: tidy(text.slice(0, compact[1]!.length)), date: formatDayMonthYear(date, '-') };
  const start = digitise(text).search(/\d{1,2}\s*[-/.\s]\s*\d{1,2}\s*[-/.\s]\s*\d{4}/);
  return { place: tidy(text.slice(0, Math.max(0, start))).replace(/[\s,.;:]+$/, ''), date: formatDayMonthYear(date, '-') };
}

/**
 * The address lines joined, with the spaces around `RT nnn/nnn` the recogniser tends to drop (`117RT007/012`), the
 * period of a street-type abbreviation (`JL.`), and the comma between the district and its regency or city
 * (`COBLONG, KOTA BANDUNG`; a small glyph the recogniser drops).
 */
function addressText(text: string): string {
  const joined = streetAbbreviations(tidy(text.replace(/(?<=\d)(?=RT\s*\d)/g, ' ').replace(/\bRT(?=\d{1,3}\s*\/)/g, 'RT ')));
  return joined.replace(/(\p{Lu})\s+(KOTA|KABUPATEN)\s/gu, '$1, $2 ');
}

function nameUnder(front: CardSideText, numberLine: CardLine | undefined): { value: string; valueLine: CardLine } | undefined {
  if (numberLine === undefined) return undefined;
  const under = linesBelow(front, numberLine, { count: 1, maxGap: 1.5, alignTolerance: 0.1, exclude: (l) => !/^[\s\p{L}.,'-]+$/u.test(l.text) || tidy(l.text).length < 2 })[0];
  return under === undefined ? undefined : { value: tidy(under.text), valueLine: under };
}

const SEX_WORD = /\b(PRIA|WANITA|LAKI-LAKI|PEREMPUAN)\b/i;

/**
 * Line 4 with its marker unread: the line under line 3 (the blood group and sex, `O - PRIA`, found by its word when
 * its own marker is lost too), unless that holds a date. The marker is then the value line itself.
 */
function addressUnderSex(front: CardSideText, sexLine: CardLine | undefined): NumberedLine | undefined {
  const sex = sexLine ?? front.lines.find((l) => SEX_WORD.test(l.text));
  if (sex === undefined) return undefined;
  const under = linesBelow(front, sex, { count: 1, maxGap: 1.5, alignTolerance: 0.03 })[0];
  if (under === undefined || findDayMonthYear(under.text) !== null || SEX_WORD.test(under.text)) return undefined;
  return { marker: under, value: tidy(under.text), valueLine: under };
}

/** How well a side shows the SIM's layout top to bottom (title, number, numbered lines): a quarter-turned page's way up. */
function layoutOrderScore(text: CardSideText): number {
  const title = findCaption(text, TITLE);
  const number = findNumber(text);
  const markers = [...numberedLines(text).entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n.marker.box.y);
  const ordered = markers.slice(1).filter((y, i) => y > markers[i]!).length;
  return (title !== null && number !== null && title.line.box.y < number.line.box.y ? 2 : 0) + ordered;
}

function readFront(page: CardSideText, out: FieldCollector): void {
  const { text: front } = uprightSide(page, layoutOrderScore);
  const number = findNumber(front);
  if (number !== null) out.set('LicenseNumber', number.value, { text: front, line: number.line });
  const lines = numberedLines(front);

  // Line 1 sits right under the number: without its marker, the first line of letters below the number.
  const nameLine = lines.get(1) ?? nameUnder(front, number?.line);
  const name = nameLine === undefined ? undefined : { ...nameLine, value: nameLine.value.replace(/^[1lI|]\s*[.,]\s*/, '') };
  if (name !== undefined && name.value !== '') {
    const [first, ...rest] = name.value.split(' ');
    out.set('FirstName', first, { text: front, line: name.valueLine });
    out.set('LastName', rest.join(' '), { text: front, line: name.valueLine });
    out.setExtra('Name', name.value);
  }

  // The expiry: the date on, right of, or under the `Berlaku s/d` caption; without the caption, the date printed
  // alone (birth and issue dates follow a place name).
  const expiryCaption = findCaption(front, EXPIRY_CAPTIONS);
  const near = expiryCaption === null ? [] : [expiryCaption.line, ...linesRightOf(front, expiryCaption.line, { maxDistance: 0.15 }), ...linesBelow(front, expiryCaption.line, { count: 2, maxGap: 1.2 })];
  const expiryLine =
    near.find((l) => findDayMonthYear(l.text) !== null) ??
    front.lines.find((l) => l !== number?.line && findDayMonthYear(l.text) !== null && !/\p{L}{2}/u.test(digitise(l.text)));
  if (expiryLine !== undefined) out.set('ExpirationDate', formatDayMonthYear(findDayMonthYear(expiryLine.text)!, '-'), { text: front, line: expiryLine });

  // Birth (line 2) and issue (`TOWN, DD-MM-YYYY` under the data, over the signature): by number when read, else
  // the top-most and the bottom-most dated lines that are not the expiry.
  const dated = front.lines.filter((l) => l !== expiryLine && l !== number?.line && placeDate(l.text) !== null).sort((a, b) => a.box.y - b.box.y);
  // A `2.` marker read as a box of its own can be paired with another value (a stray glyph beside it): the
  // numbered value counts only when it holds a place and a date.
  const numbered = lines.get(2);
  const byNumber = numbered === undefined ? null : placeDate(numbered.value);
  const birthLine = byNumber !== null ? numbered!.valueLine : dated[0];
  const birth = byNumber ?? (dated[0] === undefined ? null : placeDate(dated[0].text));
  if (birth !== null && birthLine !== undefined) {
    out.set('Birthday', birth.date, { text: front, line: birthLine });
    out.setExtra('BirthPlace', birth.place);
  }
  const below = lines.get(6)?.valueLine ?? lines.get(5)?.valueLine ?? birthLine;
  const issueLine = dated.filter((l) => l !== birthLine && (below === undefined || centreY(l.box) > centreY(below.box))).at(-1);
  const issue = issueLine === undefined ? null : placeDate(issueLine.text);
  if (issue !== null && issueLine !== undefined) {
    out.set('IssuedDate', issue.date, { text: front, line: issueLine });
    out.setExtra('IssuePlace', issue.place);
  }

  const bloodSex = lines.get(3);
  if (bloodSex !== undefined) {
    // Printed `O - PRIA` (some print runs `PRIA - O`): the sex is the word, the blood group the short token.
    for (const part of bloodSex.value.split(/\s*[-–]\s*/)) {
      if (/^(PRIA|WANITA|LAKI-LAKI|PEREMPUAN)$/i.test(part)) out.setExtra('Sex', part.toUpperCase());
      else if (/^(AB|A|B|O|0)[+-]?$/i.test(part)) out.setExtra('BloodGroup', part.toUpperCase().replace('0', 'O'));
    }
  }

  const address = lines.get(4) ?? addressUnderSex(front, bloodSex?.valueLine);
  if (address !== undefined) {
    const next = lines.get(5)?.marker;
    const more = linesBelow(front, address.valueLine, {
      count: 2,
      maxGap: 0.9,
      exclude: (l) =>
        l.box.x < address.valueLine.box.x - 0.03 ||
        (next !== undefined && centreY(l.box) >= centreY(next.box) - next.box.height * 0.5) ||
        [...lines.values()].some((n) => n.marker === l) ||
        // Line 5's marker unread: a line of plain words (`KARYAWAN SWASTA`) is the occupation, not the address's
        // second line, which names the district and town (`TEBET, JAKARTA SELATAN`, `KEL. …`, `KAB. …`).
        (next === undefined && !/[,\d]|\b(KOTA|KAB|KABUPATEN|KEC|KEL|DESA|RT|RW)\b/i.test(l.text)),
    });
    out.set('Address', addressText([address.value, ...more.map((l) => l.text)].join(' ')), { text: front, lines: [address.valueLine, ...more] });
  }
  const occupation = lines.get(5);
  if (occupation !== undefined) out.setExtra('Occupation', occupation.value);
  const office = lines.get(6);
  if (office !== undefined) out.setExtra('IssuingOffice', office.value);

  const simClass = front.lines.find((l) => CLASS.test(l.text) && l.box.y < 0.3);
  if (simClass !== undefined) out.setExtra('Class', tidy(simClass.text));
}

export const simTemplate: CardTemplate = {
  structure: 'IndonesiaDrivingLicense',
  nationality: 'IDN',
  cardType: 'DRIVING_LICENSE',
  cardSubType: 'ID_SIM',
  // The back repeats the number (a cross-check) but holds no seed field: a missing back is no BackSideMissing.
  sides: ['front'],
  // The front's QR code: Korlantas does not publish its content; judged only when it holds a licence-number-shaped token.
  barcode: { side: 'front', formats: ['QRCode'], field: 'LicenseNumber', shape: /(?<!\d)\d{14}(?:\d{2})?(?!\d)/ },
  keyFields: ['LicenseNumber', 'FirstName', 'Birthday'],
  recognise,

  read({ front, back }): CardFields {
    // Regions are recorded on the submitted page's own lines even when the side was read turned back.
    const upright = front === null ? null : uprightSide(front, layoutOrderScore);
    const out = front === null || upright === null ? new FieldCollector('IndonesiaDrivingLicense') : new PageFieldCollector('IndonesiaDrivingLicense', front, upright.original);
    if (front !== null) {
      readFront(front, out);
      out.set('IssuedCountry', 'IDN');
    }
    if (back !== null) {
      const number = findNumber(back);
      if (number !== null) out.setExtra('BackLicenseNumber', number.value);
    }
    return out.result();
  },

  validate(read, context): CardRule[] {
    return simRules(read, context);
  },
};
