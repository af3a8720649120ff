/**
 * MLIDCard — the Malaysian MyKad and its sister cards (MyPR, MyKAS, MyTentera) from the National Registration
 * Department (JPN). Front: the title box `KAD PENGENALAN` / `MALAYSIA`, the card's own mark (`MyKad`, `MyPR`, …),
 * the number `YYMMDD-PB-###G`, the chip, the portrait, then bottom left the name and the address lines — no
 * captions at all — and bottom right the citizenship (`WARGANEGARA`), the religion for Muslims (`ISLAM`) and the sex
 * (`LELAKI` / `PEREMPUAN`). Back: the Director-General's signature (`KETUA PENGARAH PENDAFTARAN NEGARA`) and the
 * number again with the card version (`-01`).
 *
 * Formats (D12, studio my-kad.ts header): `ID` `YYMMDD-PB-###G`; `Sex` as printed; `Address` the printed lines
 * joined by single spaces; `Type` the card's mark (`MyKad`, `MyPR`, `MyKAS`, `MyTentera`); `Birthday` is not
 * printed on a MyKad, so it is the birth date the number encodes, `YYYY-MM-DD` (a printed `TARIKH LAHIR`, on a
 * variant that has one, wins and is then checked against the number).
 */

import { birthDateFromYymmdd } from '../../checks/dates.js';
import { myKadSex } from '../../checks/mykad.js';
import { MYKAD_PLACES } from '../../checks/mykad-places.js';
import type { CardLine, CardSideText } from '../card-text.js';
import type { CardFields, CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { agreementRule } from '../card-rules.js';
import { findCaption, linesBelow, linesRightOf, phraseScore } from '../find-lines.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { findDayMonthYear, isoOf } from '../common/dates.js';
import { containment, similarity, squash } from '../text-match.js';
import { findMyKadNumber } from './mykad-number.js';
import { snapState } from './my-states.js';

const TITLES = ['KAD PENGENALAN MALAYSIA', 'KAD PENGENALAN'];
const BACK_PHRASES = ['KETUA PENGARAH PENDAFTARAN NEGARA', 'KETUA PENGARAH', 'PENDAFTARAN NEGARA'];
const SEXES = { LELAKI: 'M', PEREMPUAN: 'F' } as const;
/** The printed marks of the JPN card family, as `Type` reports them. */
const MARKS = ['MyKad', 'MyPR', 'MyKAS', 'MyTentera'] as const;
/** Wording that names the card when its mark is not read: permanent and temporary residents, the armed forces. */
const MARK_PHRASES: ReadonlyArray<[string, (typeof MARKS)[number]]> = [
  ['PEMASTAUTIN TETAP', 'MyPR'],
  ['PEMASTAUTIN SEMENTARA', 'MyKAS'],
  ['ANGKATAN TENTERA', 'MyTentera'],
  ['WARGANEGARA', 'MyKad'],
];
/** Words printed on the front outside the name and address block (status, religion, sex, title, marks). */
const NOT_NAME_OR_ADDRESS = ['WARGANEGARA', 'BUKAN WARGANEGARA', 'PEMASTAUTIN', 'ISLAM', 'LELAKI', 'PEREMPUAN', 'KAD PENGENALAN', 'MALAYSIA', ...MARKS];
/**
 * Patronymic links the recogniser misreads, restored. The Malay link for a daughter is printed `BINTI` (or `BT`);
 * `BINT` is that word with its narrow final `I` dropped (the MyKad specimen, a 640 px photo, read `MARNSAH BINT
 * OMAR`), never a spelling the card prints.
 */
function patronymic(name: string, id: string | null): string {
  let out = name.replace(/(?<=^|\s)BINT(?=\s)/g, 'BINTI');
  // `A/L` (anak lelaki, son of) and `A/P` (anak perempuan, daughter of) with the slash lost (`GANESAN AL
  // SUBRAMANIAM`): restored only where the number's last digit gives the holder that sex (odd: male), and not in
  // a name of Arab descent (`SYED`, `SHARIFAH`), where a separate `AL` is the article.
  const last = id === null ? Number.NaN : Number(id.slice(-1));
  if (Number.isNaN(last) || /\b(?:SYED|SYARIFAH|SHARIFAH|SHARIFF?)\b/.test(out)) return out;
  if (last % 2 === 1) out = out.replace(/(?<=\s)AL(?=\s)/g, 'A/L');
  else out = out.replace(/(?<=\s)AP(?=\s)/g, 'A/P');
  return out;
}

/** Malay and Indian patronymic links: a name line ending in one continues on the next line. */
const NAME_LINK = /(?:^|\s)(?:BIN|BINTI|BINT|BT|A\/L|A\/P|AL|AP|@)$/;
const NAME_LINK_START = /^(?:BIN|BINTI|BINT|BT|A\/L|A\/P|@)\s/;

/** The card's mark (`MyKad`, …) read as its own word; null when absent or ambiguous (`MYKAS` is one glyph from `MYKAD`). */
function readMark(text: CardSideText): { mark: (typeof MARKS)[number]; line: CardLine; score: number } | null {
  let best: { mark: (typeof MARKS)[number]; line: CardLine; score: number } | null = null;
  let runnerUp = 0;
  for (const line of text.lines) {
    for (const mark of MARKS) {
      // The mark stands alone: compare the whole line, so `MALAYSIA` or an address never passes for it.
      const score = similarity(line.text, mark);
      if (best === null || score > best.score) {
        if (best !== null && best.mark !== mark) runnerUp = Math.max(runnerUp, best.score);
        best = { mark, line, score };
      } else if (mark !== best.mark) runnerUp = Math.max(runnerUp, score);
    }
  }
  return best !== null && best.score >= 0.8 && best.score > runnerUp ? best : null;
}

function bestSex(text: CardSideText): { printed: keyof typeof SEXES; line: CardLine } | null {
  let best: { printed: keyof typeof SEXES; line: CardLine; score: number } | null = null;
  for (const line of text.lines) {
    for (const printed of Object.keys(SEXES) as (keyof typeof SEXES)[]) {
      const score = containment(line.text, printed);
      if (score >= 0.8 && (best === null || score > best.score)) best = { printed, line, score };
    }
  }
  return best;
}

function isKeywordLine(line: CardLine): boolean {
  const letters = squash(line.text);
  return NOT_NAME_OR_ADDRESS.some((word) => similarity(letters, word) >= 0.8 || (squash(word).length >= 7 && containment(line.text, word) >= 0.85 && letters.length <= squash(word).length + 6));
}

/**
 * The caption-less block bottom left: name first, then the address. The card prints it flush with the number's
 * left edge, below the chip, so the block is the column of lines starting where the number starts (within half
 * the number's width: perspective slants the edge), below it by more than the chip's clearance. Positions are
 * taken relative to the number, not to the page, so a photo holding both sides of the card still reads. The
 * status, religion and sex stand in the right column and are excluded by position and by their words.
 */
function nameAndAddressBlock(text: CardSideText, numberLine: CardLine | null): CardLine[] {
  const left = numberLine === null ? 0.05 : numberLine.box.x;
  const tolerance = numberLine === null ? 0.3 : Math.max(0.04, numberLine.box.width * 0.5);
  const top = numberLine === null ? 0.45 : numberLine.box.y + numberLine.box.height * 2;
  const candidates = text.lines
    .filter((line) => line !== numberLine && line.box.y > top && Math.abs(line.box.x - left) <= tolerance)
    // Guilloche and portrait texture read as low-confidence fragments; the printed block reads clearly.
    .filter((line) => line.confidence >= 0.5 && !isKeywordLine(line) && /\p{L}{2}|\d/u.test(line.text))
    .sort((a, b) => a.box.y - b.box.y);
  // One block: a gap of more than about three line heights ends it (a stray reading above the name stays out).
  const block: CardLine[] = [];
  for (const line of candidates) {
    const previous = block[block.length - 1];
    if (previous !== undefined && line.box.y - (previous.box.y + previous.box.height) > 3 * Math.max(line.box.height, previous.box.height)) {
      if (block.length === 1) block.length = 0;
      else break;
    }
    block.push(line);
  }
  // The name comes first and has a word of three letters at least: a fragment (`D0`) is not a name.
  while (block.length > 0 && !/\p{L}{3}/u.test(block[0]!.text)) block.shift();
  return block;
}

/** How many of the block's first lines make the name: a second line when the first ends in (or it starts with) a patronymic link. */
function nameLineCount(block: readonly CardLine[]): number {
  if (block.length < 3) return Math.min(1, block.length);
  const first = tidy(block[0]!.text).toUpperCase();
  const second = tidy(block[1]!.text).toUpperCase();
  const addressLike = /\d/.test(second);
  return !addressLike && (NAME_LINK.test(first) || NAME_LINK_START.test(second)) ? 2 : 1;
}

/** A printed date of birth (`TARIKH LAHIR`), which the MyKad itself does not carry. */
function printedBirthday(text: CardSideText): { iso: string; line: CardLine } | null {
  const caption = findCaption(text, ['TARIKH LAHIR']);
  if (caption === null) return null;
  for (const line of [caption.line, ...linesRightOf(text, caption.line), ...linesBelow(text, caption.line, { count: 1 })]) {
    const date = findDayMonthYear(line.text);
    if (date !== null) return { iso: isoOf(date), line };
  }
  return null;
}

function frontScore(text: CardSideText): { front: number; evidence: string[] } {
  const title = phraseScore(text, TITLES);
  const mark = readMark(text);
  const number = findMyKadNumber(text, false);
  const status = phraseScore(text, ['WARGANEGARA', ...Object.keys(SEXES)]);
  const evidence = [`title ${title.toFixed(2)}`, mark === null ? 'no card mark' : `mark ${mark.mark}`, number === null ? 'no MyKad number' : 'MyKad number pattern', `status/sex words ${status.toFixed(2)}`];
  // The title or the card's mark names the card; otherwise the `YYMMDD-PB-###G` number beside a Malay status or
  // sex word still does, a little below.
  const front = Math.max(
    title >= 0.8 ? Math.min(1, title * 0.85 + (number === null ? 0 : 0.15)) : 0,
    mark !== null ? Math.min(1, 0.8 + (number === null ? 0 : 0.15)) : 0,
    number !== null && status >= 0.8 ? 0.8 : 0,
  );
  return { front, evidence };
}

export const myKadTemplate: CardTemplate = {
  structure: 'MLIDCard',
  nationality: 'MYS',
  cardType: 'ID_CARD',
  cardSubType: 'MY_MYKAD',
  sides: ['front'],
  keyFields: ['ID', 'Name'],

  recognise(text): SideRecognition {
    const { front, evidence } = frontScore(text);
    const backNumber = findMyKadNumber(text, true);
    const back = Math.max(phraseScore(text, BACK_PHRASES) * 0.9, backNumber === null ? 0 : 0.85);
    return { front, back, evidence: [...evidence, backNumber === null ? 'no versioned number' : 'versioned MyKad number'] };
  },

  read({ front, back }, { today }) {
    const out = new FieldCollector('MLIDCard');
    if (back !== null) {
      const backNumber = findMyKadNumber(back, true) ?? findMyKadNumber(back, false);
      // No seed key: the back's number is kept for the front/back agreement rule and the native detail.
      if (backNumber !== null) out.setExtra('BackID', `${backNumber.value}${backNumber.suffix === null ? '' : `-${backNumber.suffix}`}`);
    }
    if (front === null) return out.result();

    const number = findMyKadNumber(front, false);
    if (number !== null) out.set('ID', number.value, { text: front, line: number.line });

    const block = nameAndAddressBlock(front, number?.line ?? null);
    const nameLines = block.slice(0, nameLineCount(block));
    const addressLines = block.slice(nameLines.length);
    if (nameLines.length > 0) out.set('Name', patronymic(tidy(nameLines.map((l) => l.text).join(' ')), number?.value ?? null), { text: front, lines: nameLines });
    if (addressLines.length > 0) out.set('Address', snapState(tidy(addressLines.map((l) => l.text).join(' '))), { text: front, lines: addressLines });

    const sex = bestSex(front);
    if (sex !== null) out.set('Sex', sex.printed, { text: front, line: sex.line });

    const mark = readMark(front);
    if (mark !== null) out.set('Type', mark.mark, { text: front, line: mark.line });
    else {
      const phrase = MARK_PHRASES.find(([words]) => findCaption(front, [words]) !== null);
      if (phrase !== undefined) out.set('Type', phrase[1], { text: front, line: findCaption(front, [phrase[0]])!.line });
    }

    const printed = printedBirthday(front);
    if (printed !== null) {
      out.set('Birthday', printed.iso, { text: front, line: printed.line });
      out.setExtra('BirthdaySource', 'printed');
    } else if (number !== null) {
      const encoded = birthDateFromYymmdd(number.value.slice(0, 6), today);
      if (encoded !== null) {
        out.set('Birthday', encoded, { text: front, line: number.line });
        out.setExtra('BirthdaySource', 'number');
      }
    }
    return out.result();
  },

  validate(read: CardFields, { today }): CardRule[] {
    const f = read.fields;
    const id = f.ID ?? '';
    const m = id.match(/^(\d{6})-(\d{2})-(\d{4})$/);
    const rules: CardRule[] = [];

    // Birth date: the number's YYMMDD must be a real day, and agree with a printed date of birth where there is one.
    const encoded = m === null ? null : birthDateFromYymmdd(m[1]!, today);
    if (m === null) rules.push({ id: 'mykad.birthDate', status: 'skipped', warn: 'InformationVerificationFailed', message: 'no MyKad number read', fields: ['ID'], values: {} });
    else if (encoded === null) {
      rules.push({ id: 'mykad.birthDate', status: 'warn', warn: 'InformationVerificationFailed', message: `the number's ${m[1]} is not a real YYMMDD date`, fields: ['ID'], values: { ID: id } });
    } else if (read.extra.BirthdaySource === 'printed') {
      rules.push(agreementRule('mykad.birthDate', ['ID', 'Birthday'], encoded, f.Birthday ?? '', "number's birth date and printed date of birth"));
    } else {
      rules.push({ id: 'mykad.birthDate', status: 'pass', warn: 'InformationVerificationFailed', message: `the number encodes a real birth date (${encoded}); the card prints none to compare`, fields: ['ID'], values: { encoded } });
    }

    // Place of birth: a state code or a foreign-country code the JPN has allotted (checks/mykad-places.ts).
    const place = m === null ? undefined : MYKAD_PLACES.get(m[2]!);
    rules.push(
      m === null
        ? { id: 'mykad.placeCode', status: 'skipped', warn: 'InformationVerificationFailed', message: 'no MyKad number read', fields: ['ID'], values: {} }
        : {
            id: 'mykad.placeCode',
            status: place === undefined ? 'warn' : 'pass',
            warn: 'InformationVerificationFailed',
            message: place === undefined ? `place-of-birth code ${m[2]} is not allotted` : `place of birth ${m[2]}: ${place.name}`,
            fields: ['ID'],
            values: { placeCode: m[2]! },
          },
    );

    // Sex: the last digit is odd for men, even for women (JPN).
    const printedSex = SEXES[(f.Sex ?? '') as keyof typeof SEXES] ?? null;
    rules.push(agreementRule('mykad.sex', ['ID', 'Sex'], m === null ? null : myKadSex(Number(m[3]!.charAt(3))), printedSex, "number's sex digit and printed sex"));

    rules.push(backNumberRule(id, read.extra.BackID ?? ''));
    return rules;
  },
};

/**
 * The back repeats the number with the card version (`-01`). A different number there is either a misreading or
 * the back of another person's card: both are reported, the sides of different cards as `FrontBackMismatch` (D13)
 * when the numbers differ in more digits than a misreading explains.
 */
function backNumberRule(front: string, back: string): CardRule {
  const fields = ['ID'];
  if (front === '' || back === '') return { id: 'mykad.backNumber', status: 'skipped', warn: 'InformationVerificationFailed', message: 'the number was not read on both sides', fields, values: {} };
  const backBase = back.replace(/-\d{2}$/, '');
  if (backBase === front) return { id: 'mykad.backNumber', status: 'pass', warn: 'InformationVerificationFailed', message: 'front and back numbers agree', fields, values: { front, back } };
  // One or two digits off is how the recogniser misreads; a number differing in most places belongs to someone else.
  const differing = [...front].filter((c, i) => c !== backBase[i]).length + Math.abs(front.length - backBase.length);
  const anotherCard = differing > 2;
  return {
    id: 'mykad.backNumber',
    status: 'warn',
    warn: anotherCard ? 'FrontBackMismatch' : 'InformationVerificationFailed',
    message: anotherCard ? 'the back carries another card number: sides of different cards' : 'front and back numbers disagree',
    fields,
    values: { front, back },
  };
}
