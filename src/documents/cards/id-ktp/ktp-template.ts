/**
 * IndonesiaIDCard — the e-KTP (KTP-el, Dukcapil, since 2011). Front only (the back carries no data): the header
 * `PROVINSI <name>` and the regency/city line, `NIK : <16 digits>`, then the labelled rows `Nama`, `Tempat/Tgl
 * Lahir`, `Jenis Kelamin` with `Gol. Darah` on the same row, `Alamat` (one or two lines), the indented `RT/RW`,
 * `Kel/Desa`, `Kecamatan`, then `Agama`, `Status Perkawinan`, `Pekerjaan`, `Kewarganegaraan`, `Berlaku Hingga`;
 * the photo on the right with the issuing town and the issue date under it (Permendagri 118/2017 and public
 * specimen images). Reading is caption-led (ktp-captions.ts): positions only decide the header and the issue date.
 *
 * Formats (D12, docs/documents.md): every value as printed after its colon; `TempatTglLahir` `TOWN, DD-MM-YYYY`
 * (the comma and the date's dashes restored when the recogniser changed them); `IssuedDate` and a dated
 * `BerlakuHingga` DD-MM-YYYY; closed vocabularies (sex, religion, marital status, citizenship, `SEUMUR HIDUP`)
 * snapped to the listed word (ktp-values.ts); `Provinsi` without the word PROVINSI; `Kota` the second header line
 * as printed (`KABUPATEN SLEMAN`, `JAKARTA TIMUR`). Extra (D18): `TempatDikeluarkan`, the town over the issue date.
 */

import { bottom, centreY, right, type CardLine, type CardSideText } from '../card-text.js';
import type { CardFields, CardRule, CardTemplate, SideRecognition, TemplateContext } from '../card-template.js';
import { linesBelow, linesRightOf, phraseScore } from '../find-lines.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { digitise, findDayMonthYear, formatDayMonthYear, letterise } from '../common/dates.js';
import { containment, squash } from '../text-match.js';
import { NIK_PROVINCES } from '../../checks/nik-provinces.js';
import { findRowCaptions, isColonDebris, matchCaptionPrefix, rowValue, stripSeparator, type CaptionRow } from './ktp-captions.js';
import { ktpRules } from './ktp-rules.js';
import { streetAbbreviations } from './street-abbreviations.js';
import { PageFieldCollector, uprightSide } from './quarter-turn.js';
import { isLifetime, LIFETIME, normaliseBlood, normaliseCitizenship, normaliseMarital, normaliseOccupation, normaliseReligion, normaliseSex } from './ktp-values.js';

/** The row captions as printed, with the spellings seen on cards of different print runs. */
const ROW_CAPTIONS = {
  NIK: ['NIK'],
  Nama: ['Nama'],
  TempatTglLahir: ['Tempat/Tgl Lahir', 'Tempat/Tgl. Lahir', 'Tempat Tanggal Lahir'],
  JenisKelamin: ['Jenis Kelamin'],
  GolDarah: ['Gol. Darah', 'Golongan Darah'],
  Alamat: ['Alamat'],
  RTRW: ['RT/RW'],
  KelDesa: ['Kel/Desa'],
  Kecamatan: ['Kecamatan'],
  Agama: ['Agama'],
  StatusPerkawinan: ['Status Perkawinan'],
  Perkerjaan: ['Pekerjaan'],
  KewargaNegaraan: ['Kewarganegaraan'],
  BerlakuHingga: ['Berlaku Hingga'],
} as const;
type RowKey = keyof typeof ROW_CAPTIONS;

/** Captions only the KTP prints together: what recognises the front (the short `Nama`/`NIK` are left out). */
const DISTINCT_CAPTIONS = ['Tempat/Tgl Lahir', 'Jenis Kelamin', 'Gol. Darah', 'Alamat', 'RT/RW', 'Kel/Desa', 'Kecamatan', 'Agama', 'Status Perkawinan', 'Pekerjaan', 'Kewarganegaraan', 'Berlaku Hingga'];
const NIK_DIGITS = /(?<![0-9])[0-9]{16}(?![0-9])/;
const GOL_DARAH = /g[o0]l[\s.,]*(?:ongan)?[\s.,]*d[a4]r[a4]h/i;

/** The 16 digits of a NIK in a text (spaces, dots and misread letters between them tolerated). */
function nikIn(text: string): string | null {
  const digits = digitise(text).replace(/[\s.-]/g, '');
  return digits.match(NIK_DIGITS)?.[0] ?? null;
}

function findNikLine(text: CardSideText): CardLine | null {
  return text.lines.find((line) => nikIn(line.text) !== null) ?? null;
}

function recognise(text: CardSideText): SideRecognition {
  const found = DISTINCT_CAPTIONS.filter((caption) => phraseScore(text, [caption]) >= 0.8);
  const province = phraseScore(text, ['PROVINSI']) >= 0.85;
  const nik = findNikLine(text) !== null;
  const evidence = [`${found.length}/${DISTINCT_CAPTIONS.length} KTP captions`, province ? 'PROVINSI header' : 'no PROVINSI header', nik ? 'NIK pattern' : 'no 16-digit NIK'];
  // Two of the KTP's own captions with the header or the NIK, or four captions alone, identify the front; each
  // further caption adds confidence. A lone 16-digit number (the 2024 SIM prints the NIK too) never does.
  const score = found.length < 2 ? 0 : Math.min(1, 0.6 + 0.04 * found.length + (province ? 0.1 : 0) + (nik ? 0.1 : 0));
  return { front: score, back: 0, evidence };
}

/** `TOWN, DD-MM-YYYY` from the row's text; as read when no date is printed (mock-ups print `Kota Hilir,13 Maret`). */
function placeAndDate(value: string): string {
  // A date whose dash the recogniser lost (`2408-2008`) is still a date: two, two and four digits.
  const date = findDayMonthYear(value) ?? lenientDate(value);
  if (date === null) return tidy(value);
  // digitise() maps glyph for glyph, so the date's index in the digitised text is its index in the original.
  const start = digitise(value).search(/\d{1,2}\s*[-/.\s]?\s*\d{1,2}\s*[-/.\s]?\s*\d{4}/);
  // A place name holds no digits: one read inside it is a letter misread (`BOG0R`).
  const place = letterise(tidy(value.slice(0, Math.max(0, start))).replace(/[\s,.;:]+$/, ''));
  const dmy = formatDayMonthYear(date, '-');
  return place === '' ? dmy : `${place}, ${dmy}`;
}

/**
 * `RT/RW` as printed, `006/004`: the neighbourhood and the hamlet, three digits each. The slash between them is a
 * thin glyph the recogniser drops (`006004`): six digits alone get it back.
 */
function rtRw(value: string): string {
  const digits = digitise(value).replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? `${digits.slice(0, 3)}/${digits.slice(3)}` : digits;
}

function lenientDate(text: string): ReturnType<typeof findDayMonthYear> {
  const m = digitise(text).match(/(?<!\d)(\d{2})\s*[-/.]?\s*(\d{2})\s*[-/.]?\s*(\d{4})(?!\d)/);
  return m === null ? null : findDayMonthYear(`${m[1]}-${m[2]}-${m[3]}`);
}

/** The printed province with the spaces the recogniser dropped restored from the Kemendagri name it spells. */
function provinceName(text: string): string {
  const read = tidy(text);
  const known = Object.values(NIK_PROVINCES).find((name) => squash(name) === squash(read));
  return known !== undefined && !read.includes(' ') ? known.toUpperCase() : read;
}

/** The header: the `PROVINSI` line and the regency/city line under it. */
function readHeader(text: CardSideText, out: FieldCollector, captionLines: Set<CardLine>): void {
  const province = text.lines.map((line) => ({ line, match: matchCaptionPrefix(line.text, 'PROVINSI') })).find((c) => c.match !== null);
  if (province !== undefined && province.match !== null) {
    out.set('Provinsi', provinceName(stripSeparator(province.match.rest)), { text, line: province.line });
    const kota = linesBelow(text, province.line, { count: 1, maxGap: 1.5, exclude: (l) => captionLines.has(l) || nikIn(l.text) !== null })[0];
    if (kota !== undefined) out.set('Kota', regencyLine(kota.text), { text, line: kota });
    return;
  }
  const kota = text.lines.find((line) => /^\s*(KABUPATEN|KOTA)\b/i.test(line.text) && !captionLines.has(line));
  if (kota !== undefined) out.set('Kota', regencyLine(kota.text), { text, line: kota });
}

/** The regency/city line as printed, with the space after `KOTA`/`KABUPATEN` the recogniser often drops. */
function regencyLine(text: string): string {
  return tidy(text).replace(/^(KOTA|KABUPATEN|KAB\.)(?=[A-Z])/, '$1 ');
}

/** The address row's value and its continuation lines, stopping at the next captioned row. */
function readAddress(text: CardSideText, row: CaptionRow, captionLines: Set<CardLine>, otherValues: Set<CardLine>): { value: string; lines: CardLine[] } {
  const first = row.valueLines[0];
  if (first === undefined) return { value: '', lines: [] };
  // The next captioned row (RT/RW) bounds the address: its value must not be taken for a second address line.
  const nextRow = Math.min(...[...captionLines].filter((l) => l.box.y > bottom(row.captionLine.box) - row.captionLine.box.height * 0.3).map((l) => l.box.y), 1);
  const more = linesBelow(text, first, {
    count: 2,
    maxGap: 0.9,
    exclude: (line) =>
      captionLines.has(line) || otherValues.has(line) || line.box.x < row.captionLine.box.x + 0.05 || line.box.x > right(first.box) || centreY(line.box) > nextRow,
  });
  return { value: streetAbbreviations(tidy([row.value, ...more.map((l) => stripSeparator(l.text))].join(' '))), lines: [first, ...more] };
}


/** Blood group: its own caption box or after the sex on one line (`LAKI-LAKI Gol Darah : B`). */
function readBlood(text: CardSideText, rows: Partial<Record<RowKey, CaptionRow>>): { value: string; line: CardLine } | null {
  const own = rows.GolDarah;
  if (own !== undefined && own.valueLines[0] !== undefined) return { value: normaliseBlood(own.value), line: own.valueLines[0] };
  for (const line of text.lines) {
    const at = line.text.search(GOL_DARAH);
    if (at < 0 && containment(line.text, 'Gol Darah') < 0.85) continue;
    const after = at < 0 ? '' : stripSeparator(line.text.slice(at).replace(GOL_DARAH, ''));
    if (after !== '') return { value: normaliseBlood(after), line };
    // Skipping the printed colon boxed alone (read `T` at 0.5 beside a `-` the recogniser dropped).
    const next = linesRightOf(text, line, { maxDistance: 0.2 }).find((right) => !isColonDebris(right, line));
    if (next !== undefined) return { value: normaliseBlood(stripSeparator(next.text)), line: next };
    // The card prints `-` for an unknown group, a glyph the recogniser often drops: the caption with nothing after.
    return { value: '-', line };
  }
  return own === undefined ? null : { value: '-', line: own.captionLine };
}

/** The issue date under the photo: a date no captioned row claimed, the lowest such; the town is the line above. */
function readIssue(text: CardSideText, out: FieldCollector, usedLines: Set<CardLine>): void {
  const dated = text.lines.filter((line) => !usedLines.has(line) && findDayMonthYear(line.text) !== null);
  const issue = dated.sort((a, b) => b.box.y - a.box.y)[0];
  if (issue === undefined) return;
  out.set('IssuedDate', formatDayMonthYear(findDayMonthYear(issue.text)!, '-'), { text, line: issue });
  const town = text.lines
    .filter((l) => !usedLines.has(l) && l !== issue && bottom(l.box) <= issue.box.y + issue.box.height * 0.3 && issue.box.y - bottom(l.box) < issue.box.height * 1.2)
    .filter((l) => Math.min(right(l.box), right(issue.box)) - Math.max(l.box.x, issue.box.x) > 0 && /^[\p{L} .'-]+$/u.test(l.text.trim()))[0];
  if (town !== undefined) out.setExtra('TempatDikeluarkan', tidy(town.text));
}

/**
 * The marital status's row when its caption was misread past finding (`SatusPerkwnun:BELUMKAWIN`): the one line not
 * yet used whose value after its colon is one of the statuses the card prints; none when no line or several do.
 */
function maritalRow(text: CardSideText, used: ReadonlySet<CardLine>): CaptionRow | undefined {
  const found = text.lines.flatMap((line) => {
    if (used.has(line)) return [];
    const colon = line.text.search(/[:：;]/);
    const value = stripSeparator(colon < 0 ? line.text : line.text.slice(colon));
    return MARITAL_VALUE.test(squash(normaliseMarital(value))) ? [{ line, value }] : [];
  });
  if (found.length !== 1) return undefined;
  const { line, value } = found[0]!;
  return { captionLine: line, score: 0, value, valueLines: [line] };
}

/** The statuses a KTP prints, squashed. */
const MARITAL_VALUE = /^(BELUMKAWIN|KAWIN|CERAIHIDUP|CERAIMATI)$/;

/** How well a side shows the KTP's rows in their printed order, top to bottom: decides a quarter-turned page's way up. */
function rowOrderScore(text: CardSideText): number {
  const captions = findRowCaptions(text, ROW_CAPTIONS);
  const ys = (Object.keys(ROW_CAPTIONS) as RowKey[]).filter((key) => key !== 'GolDarah').map((key) => captions[key]?.line.box.y).filter((y): y is number => y !== undefined);
  return ys.slice(1).filter((y, i) => y > ys[i]!).length;
}

function read(page: CardSideText): CardFields {
  const { text: front, original } = uprightSide(page, rowOrderScore);
  const out = new PageFieldCollector('IndonesiaIDCard', page, original);
  const captions = findRowCaptions(front, ROW_CAPTIONS);
  const captionLines = new Set(Object.values(captions).map((c) => (c as { line: CardLine }).line));
  const rows: Partial<Record<RowKey, CaptionRow>> = {};
  for (const key of Object.keys(captions) as RowKey[]) {
    // The sex's row also prints the blood group: cut its caption off a merged value. No row takes another
    // caption's line (or the blood group's) for its value, which a page cut askew can put on its row.
    const skip = (l: CardLine): boolean => captionLines.has(l) || GOL_DARAH.test(l.text);
    const options = key === 'JenisKelamin' ? { stopAt: GOL_DARAH, skip } : { skip };
    rows[key] = rowValue(front, captions[key]!, options);
  }
  const used = new Set<CardLine>(captionLines);
  for (const row of Object.values(rows)) for (const line of row.valueLines) used.add(line);
  const set = (key: string, value: string, row: CaptionRow | undefined): void => {
    if (row !== undefined && row.valueLines.length > 0) out.set(key, value, { text: front, lines: row.valueLines });
  };

  const nikRow = rows.NIK;
  const nikValue = nikRow === undefined ? null : nikIn(nikRow.value);
  const nikLine = nikValue !== null ? nikRow!.valueLines[0]! : findNikLine(front);
  if (nikLine !== null) {
    out.set('NIK', nikValue ?? nikIn(nikLine.text)!, { text: front, line: nikLine });
    used.add(nikLine);
  }
  set('Nama', tidy(rows.Nama?.value ?? ''), rows.Nama);
  set('TempatTglLahir', placeAndDate(rows.TempatTglLahir?.value ?? ''), rows.TempatTglLahir);
  set('JenisKelamin', normaliseSex(rows.JenisKelamin?.value ?? ''), rows.JenisKelamin);
  const blood = readBlood(front, rows);
  if (blood !== null) {
    out.set('GolDarah', blood.value, { text: front, line: blood.line });
    used.add(blood.line);
  }
  if (rows.Alamat !== undefined) {
    const otherValues = new Set(Object.entries(rows).flatMap(([key, row]) => (key === 'Alamat' ? [] : row.valueLines)));
    const address = readAddress(front, rows.Alamat, captionLines, otherValues);
    for (const line of address.lines) used.add(line);
    out.set('Alamat', address.value, { text: front, lines: address.lines });
  }
  set('RTRW', rtRw(rows.RTRW?.value ?? ''), rows.RTRW);
  set('KelDesa', tidy(rows.KelDesa?.value ?? ''), rows.KelDesa);
  set('Kecamatan', tidy(rows.Kecamatan?.value ?? ''), rows.Kecamatan);
  set('Agama', normaliseReligion(rows.Agama?.value ?? ''), rows.Agama);
  const marital = rows.StatusPerkawinan ?? maritalRow(front, used);
  set('StatusPerkawinan', normaliseMarital(marital?.value ?? ''), marital);
  set('Perkerjaan', normaliseOccupation(rows.Perkerjaan?.value ?? ''), rows.Perkerjaan);
  set('KewargaNegaraan', normaliseCitizenship(rows.KewargaNegaraan?.value ?? ''), rows.KewargaNegaraan);
  const validity = rows.BerlakuHingga?.value ?? '';
  const until = findDayMonthYear(validity);
  set('BerlakuHingga', until !== null ? formatDayMonthYear(until, '-') : isLifetime(validity) ? LIFETIME : tidy(validity), rows.BerlakuHingga);
  readHeader(front, out, captionLines);
  readIssue(front, out, used);
  return out.result();
}

export const ktpTemplate: CardTemplate = {
  structure: 'IndonesiaIDCard',
  nationality: 'IDN',
  cardType: 'ID_CARD',
  cardSubType: 'ID_EKTP',
  sides: ['front'],
  keyFields: ['NIK', 'Nama', 'TempatTglLahir'],
  recognise,
  read({ front }) {
    return front === null ? new FieldCollector('IndonesiaIDCard').result() : read(front);
  },
  validate(read: CardFields, context: TemplateContext): CardRule[] {
    return ktpRules(read, context);
  },
};
