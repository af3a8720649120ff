/**
 * PhilippinesTinID — the BIR taxpayer identification card (board card, valid for life). Front: "Republic of the
 * Philippines / Department of Finance / BUREAU OF INTERNAL REVENUE", the TIN set large after its `TIN` caption, then
 * NAME, ADDRESS (wrapped over two lines), DATE OF BIRTH and DATE ISSUED (older cards: `BIRTHDATE`, `ISSUE DATE`),
 * the glued photo and signature. Back: the reminders ("This card is not transferable…", "Your TIN must be
 * indicated…"), the Commissioner's signature and the TIN again.
 *
 * Formats (D12, the studio's truth): `LicenseNumber` the TIN as printed, groups joined by `-`
 * (`123-456-789-000`); `FullName` as printed (`FIRST MIDDLE LAST`); `Address` the printed lines joined by one
 * space; `Birthday` and `IssueDate` `MM/DD/YYYY`.
 */

import { validatePhTin } from '../../checks/philippines.js';
import { centreX, centreY, type CardLine, type CardSideText } from '../card-text.js';
import type { CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { agreementRule, dateOrderRule, expiryRule, idNumberRule } from '../card-rules.js';
import { FieldCollector } from '../common/field-values.js';
import { digitise, findMonthDayYear, formatMonthDayYear, isoOf } from '../common/dates.js';
import { linesBelow, linesRightOf, phraseScore } from '../find-lines.js';
import { similarity } from '../text-match.js';
import { agencyFrontScore, captionLine, captionValue, joinLines, printedName } from '../ph-common/ph-card-fields.js';

const TITLES = ['BUREAU OF INTERNAL REVENUE'];
const NAME_CAPTIONS = ['NAME', "TAXPAYER'S NAME"];
const BIRTH_CAPTIONS = ['DATE OF BIRTH', 'BIRTHDATE', 'BIRTH DATE'];
const ISSUE_CAPTIONS = ['DATE ISSUED', 'ISSUE DATE', 'DATE OF ISSUE'];
const ALL_CAPTIONS = ['TIN', 'NAME', 'ADDRESS', ...BIRTH_CAPTIONS, ...ISSUE_CAPTIONS, 'SIGNATURE'];
const BACK_PHRASES = ['This card is not transferable', 'Your TIN must be indicated in all returns', 'COMMISSIONER OF INTERNAL REVENUE', 'Revenue District Office', 'punishable under the Tax Code'];

/**
 * The TIN after its caption: three groups of digits and an optional branch code, read leniently (groups of 2–4)
 * so a malformed number is reported as printed and `ph.tin.format` judges it. `T1N`/`TlN` are the caption misread.
 */
const TIN_WITH_CAPTION = /T[I1lL]N\s*(?:NO\.?)?\s*[:.]?\s*([0-9OIlSB]{2,4}(?:\s*[-.\s]\s*[0-9OIlSB]{2,4}){2,3})(?![0-9])/i;
/** A TIN on its own line (its caption read as a separate box): strict grouping, so no date or phone is taken. */
const TIN_ALONE = /^\s*([0-9OIlSB]{3}\s*-\s*[0-9OIlSB]{2,4}\s*-\s*[0-9OIlSB]{2,4}(?:\s*-\s*[0-9OIlSB]{3})?)\s*$/;

function formatTin(raw: string): string {
  return digitise(raw).replace(/\s*[-.\s]\s*/g, '-');
}

/** The TIN on a side (front or back) and the line it was read from. */
export function readTin(text: CardSideText): { value: string; line: CardLine } | null {
  for (const line of text.lines) {
    const m = line.text.match(TIN_WITH_CAPTION);
    if (m !== null) return { value: formatTin(m[1]!), line };
  }
  // `TIN` and its number as two boxes: the number right of the caption, else a TIN-shaped line.
  const caption = text.lines.find((l) => /^\s*T[I1l]N\s*[:.]?\s*$/i.test(l.text));
  const right = caption === undefined ? [] : linesRightOf(text, caption, { maxDistance: 0.2 });
  for (const line of [...right, ...text.lines]) {
    const m = line.text.match(TIN_ALONE);
    if (m !== null) return { value: formatTin(m[1]!), line };
  }
  return null;
}

function dateUnder(text: CardSideText, phrases: readonly string[]): { printed: string; line: CardLine } | null {
  const caption = captionLine(text, phrases);
  if (caption === null) return null;
  for (const line of [...captionValue(text, caption, { count: 1 }), caption.line]) {
    const date = findMonthDayYear(line === caption.line ? line.text : columnText(line, caption.line));
    if (date !== null) return { printed: formatMonthDayYear(date, '/'), line };
  }
  return null;
}

/**
 * Two captions of one row over one merged value line (`02/09/1991 12/05/2016`): the date whose position in the
 * line (its characters taken as evenly spaced across the box) is nearest the caption's centre.
 */
function columnText(line: CardLine, caption: CardLine): string {
  const dates = [...digitise(line.text).matchAll(/\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}/g)];
  if (dates.length < 2) return line.text;
  const x = (index: number): number => line.box.x + (index / Math.max(1, line.text.length)) * line.box.width;
  const target = centreX(caption.box);
  const nearest = dates.sort((a, b) => Math.abs(x(a.index! + a[0].length / 2) - target) - Math.abs(x(b.index! + b[0].length / 2) - target))[0]!;
  return nearest[0];
}

/** Two date lines side by side on one row, left to right; null unless exactly two. */
function datesRow(text: CardSideText): [{ printed: string; line: CardLine }, { printed: string; line: CardLine }] | null {
  const dated = text.lines.flatMap((line) => {
    const date = findMonthDayYear(line.text);
    return date === null ? [] : [{ printed: formatMonthDayYear(date, '/'), line }];
  });
  if (dated.length !== 2) return null;
  const [a, b] = dated.sort((x, y) => x.line.box.x - y.line.box.x) as [(typeof dated)[number], (typeof dated)[number]];
  return Math.abs(centreY(a.line.box) - centreY(b.line.box)) < a.line.box.height ? [a, b] : null;
}

/** Lines read below this confidence on a TIN card are garbled captions, not values (values print larger and bolder). */
const GARBLED_CAPTION_CONFIDENCE = 0.75;

/**
 * Whether another line sits on the same row to its right (the birth and issue captions and dates come in pairs,
 * birth left). Only to its right: print round a card cut from the frame (a sheet of text under it, left of the
 * card's column) is no partner of an address line.
 */
function sharesRow(text: CardSideText, line: CardLine): boolean {
  const y = centreY(line.box);
  return text.lines.some((other) => other !== line && other.box.x > line.box.x && Math.abs(centreY(other.box) - y) < line.box.height * 0.5);
}

/**
 * Without its caption (read too poorly to match), the name is the first line under the TIN that is words only:
 * letters, spaces, dots and hyphens, two words at least.
 */
function nameBelowTin(text: CardSideText, tinLine: CardLine | null): CardLine | undefined {
  if (tinLine === null) return undefined;
  return text.lines
    .filter((l) => l.box.y > tinLine.box.y + tinLine.box.height * 0.5 && l.box.y - tinLine.box.y < 0.25)
    .filter((l) => /^[A-ZÑ.' -]+$/.test(l.text.trim()) && l.text.trim().split(/\s+/).length >= 2 && l.confidence >= GARBLED_CAPTION_CONFIDENCE)
    .sort((a, b) => a.box.y - b.box.y)[0];
}

/** A caption is printed smaller than the values: an address line is at least this share of the tallest one. */
const CAPTION_HEIGHT_RATIO = 0.75;

/**
 * Without its caption (read as `DOREYS`), the address is what lies between the name and the row of the two date
 * captions, aligned with the name: the lines under the name up to the first that shares its row with another or
 * holds a date, less the garbled caption itself (read poorly, printed smaller, or still like ADDRESS).
 */
function addressBelowName(text: CardSideText, name: CardLine): CardLine[] {
  const block: CardLine[] = [];
  for (const line of linesBelow(text, name, { count: 5 })) {
    if (findMonthDayYear(line.text) !== null || sharesRow(text, line)) break;
    block.push(line);
  }
  const tallest = Math.max(0, ...block.map((l) => l.box.height));
  return block.filter((l) => l.confidence >= GARBLED_CAPTION_CONFIDENCE && l.box.height >= tallest * CAPTION_HEIGHT_RATIO && similarity(l.text, 'ADDRESS') < 0.6).slice(0, 3);
}

export const phTinIdTemplate: CardTemplate = {
  structure: 'PhilippinesTinID',
  nationality: 'PHL',
  cardType: 'ID_CARD',
  cardSubType: 'PH_TIN_ID',
  sides: ['front'],
  keyFields: ['LicenseNumber', 'FullName'],

  recognise(text): SideRecognition {
    const title = phraseScore(text, TITLES);
    const tin = readTin(text);
    const captions = Math.max(phraseScore(text, ['DATE ISSUED', 'ISSUE DATE']), captionLine(text, ['NAME', 'ADDRESS'], { minScore: 1 }) === null ? 0 : 1);
    const back = phraseScore(text, BACK_PHRASES);
    const backLooking = back >= 0.8;
    // The back repeats the TIN, so the number is front evidence only when the front's captions are read too.
    const front = agencyFrontScore(title, captions >= 0.8, backLooking, tin !== null && captions >= 0.8);
    return { front, back, evidence: [`BIR title ${title.toFixed(2)}`, `front captions ${captions.toFixed(2)}`, tin === null ? 'no TIN' : 'TIN pattern', `back phrases ${back.toFixed(2)}`] };
  },

  read({ front, back }) {
    const out = new FieldCollector('PhilippinesTinID');
    if (front === null) return out.result();
    const tin = readTin(front);
    if (tin !== null) out.set('LicenseNumber', tin.value, { text: front, line: tin.line });

    const nameCaption = captionLine(front, NAME_CAPTIONS, { minScore: 1 });
    const name = nameCaption !== null ? captionValue(front, nameCaption, { count: 1, stopCaptions: ALL_CAPTIONS })[0] : nameBelowTin(front, tin?.line ?? null);
    if (name !== undefined) out.set('FullName', printedName(name.text), { text: front, line: name });

    const addressCaption = captionLine(front, ['ADDRESS', 'REGISTERED ADDRESS']);
    if (addressCaption !== null) {
      // A caption the OCR garbled (`OATT OF RT` for DATE OF BIRTH) is not an address line: those read poorly, and
      // the date captions share their row with a second caption.
      const lines = captionValue(front, addressCaption, { count: 3, stopCaptions: ALL_CAPTIONS }).filter(
        (l) => findMonthDayYear(l.text) === null && l.confidence >= GARBLED_CAPTION_CONFIDENCE && !sharesRow(front, l),
      );
      out.set('Address', joinLines(lines), { text: front, lines });
    } else if (name !== undefined) {
      const lines = addressBelowName(front, name);
      if (lines.length > 0) out.set('Address', joinLines(lines), { text: front, lines });
    }

    // Under their captions; with the captions unread, the card's one row of two dates: birth left, issue right.
    const row = datesRow(front);
    const birth = dateUnder(front, BIRTH_CAPTIONS) ?? row?.[0] ?? null;
    if (birth !== null) out.set('Birthday', birth.printed, { text: front, line: birth.line });
    const issued = dateUnder(front, ISSUE_CAPTIONS) ?? row?.[1] ?? null;
    if (issued !== null) out.set('IssueDate', issued.printed, { text: front, line: issued.line });

    // The back's TIN is kept for the agreement rule (native detail, D18).
    const backTin = back === null ? null : readTin(back);
    if (backTin !== null) out.setExtra('BackTIN', backTin.value);
    return out.result();
  },

  validate(read, { today }): CardRule[] {
    const f = read.fields;
    const tin = f.LicenseNumber ?? '';
    const rules: CardRule[] = [idNumberRule('ph.tin.format', 'LicenseNumber', tin, validatePhTin(tin), 'TIN')];
    const digits = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s.replace(/\D/g, ''));
    rules.push(agreementRule('ph.tin.backAgrees', ['LicenseNumber'], digits(read.extra.BackTIN), digits(tin), 'TIN on the back and on the front'));
    const birth = findMonthDayYear(f.Birthday ?? '');
    const issued = findMonthDayYear(f.IssueDate ?? '');
    rules.push(dateOrderRule('ph.tin.issuedAfterBirth', ['Birthday', 'IssueDate'], birth === null ? null : isoOf(birth), issued === null ? null : isoOf(issued), ['the date of birth', 'the issue date']));
    // The TIN card is valid for life (BIR): nothing to expire.
    rules.push(expiryRule('IssueDate', null, today, 'the TIN card carries no expiry date'));
    return rules;
  },
};

