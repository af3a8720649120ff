/**
 * PhilippinesVoteID — the COMELEC voter's identification card (RA 8189 §25; printed until COMELEC suspended it in
 * favour of PhilSys). Front: "Republic of the Philippines / COMMISSION ON ELECTIONS" and the place of
 * registration, the VIN, then small captions over their values: LAST NAME, FIRST NAME, MIDDLE NAME, DATE OF
 * BIRTH, CIVIL STATUS, CITIZENSHIP, ADDRESS, PRECINCT NO., with the portrait, signature and thumbmark. Back: the
 * §25 notice ("…issued pursuant to Section 25 of Republic Act No. 8189… please return to the nearest Office of the
 * Election Officer"), the Chairman's signature and the VIN again (under its Code 128, which the pipeline's
 * barcode stage reads, not this template).
 *
 * Several Philippine cards print "Republic of the Philippines" (UMID, SSS, TIN, LTO licence): recognition rests on
 * COMELEC's name, this card's own caption set and the 22-character VIN, never on the republic line.
 * Formats (D12): `VIN` as printed with its dashes; `Birthday` as printed, `SEP 21, 1951`; names, civil status,
 * citizenship, address and precinct as printed (upper case). The middle name has no seed key: `extra.MiddleName`.
 */

import { ageOn } from '../../checks/dates.js';
import { validatePhVoterVin } from '../../checks/philippines.js';
import { bottom, centreY, right, type CardLine, type CardSideText } from '../card-text.js';
import type { CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { agreementRule, expiryRule, idNumberRule } from '../card-rules.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { tidyPhilippineAddress } from '../ph-common/ph-provinces.js';
import { isoOf } from '../common/dates.js';
import { afterCaption, leftOfColumn, linesBelow, linesRightOf, phraseScore } from '../find-lines.js';
import { containment, similarity } from '../text-match.js';
import { citizenship, CITIZENSHIPS, civilStatus, CIVIL_STATUSES, findVin, findVoterDate, precinct } from './voter-values.js';

const TITLES = ['COMMISSION ON ELECTIONS'];
const BACK_PHRASES = ["voter's identification card is issued", 'Section 25 of Republic Act No. 8189', 'Office of the Election Officer', 'It is non-transferable'];

const CAPTIONS = {
  LastName: 'LAST NAME',
  FirstName: 'FIRST NAME',
  MiddleName: 'MIDDLE NAME',
  Birthday: 'DATE OF BIRTH',
  CivilStatus: 'CIVIL STATUS',
  Citizenship: 'CITIZENSHIP',
  Address: 'ADDRESS',
  PrecinctNo: 'PRECINCT NO',
} as const;
type CaptionKey = keyof typeof CAPTIONS;
const CAPTION_KEYS = Object.keys(CAPTIONS) as CaptionKey[];
/** The captions no other Philippine card prints together: with the VIN they identify the card without its title. */
const OWN_CAPTIONS = [CAPTIONS.PrecinctNo, CAPTIONS.CivilStatus, CAPTIONS.Citizenship];

/**
 * The caption each line shows, if any: the best-matching caption phrase at >= 0.8, so that `FIRSTNAME` is not
 * taken for `LAST NAME` (they share `…STNAME`). A line holding a caption and its value (`PRECINCT NO. 3727W`)
 * still counts.
 */
function captionOf(line: CardLine): { key: CaptionKey; score: number } | null {
  let best: { key: CaptionKey; score: number } | null = null;
  for (const key of CAPTION_KEYS) {
    const score = containment(line.text, CAPTIONS[key]);
    if (score >= 0.8 && (best === null || score > best.score)) best = { key, score };
  }
  return best;
}

function findCaptions(text: CardSideText): Map<CaptionKey, CardLine> {
  const found = new Map<CaptionKey, { line: CardLine; score: number }>();
  for (const line of text.lines) {
    const caption = captionOf(line);
    if (caption === null) continue;
    const known = found.get(caption.key);
    if (known === undefined || caption.score > known.score) found.set(caption.key, { line, score: caption.score });
  }
  return new Map([...found].map(([key, { line }]) => [key, line]));
}

/**
 * The value of a caption: what follows it on its own line, else the lines printed under it, above the next row of
 * captions (a missed `FILIPINO` must not make the wide address line under the next caption its value).
 */
function valueOf(text: CardSideText, key: CaptionKey, caption: CardLine, count = 1, nextColumnX: number | null = null): { value: string; lines: CardLine[] } | null {
  // A glyph or two the recogniser added to the caption, or the neighbouring caption run into it, is no value.
  const rest = afterCaption(caption.text, CAPTIONS[key]);
  const restIsValue = rest.replace(/[^\p{L}\p{N}]/gu, '').length >= 2 && captionOf({ ...caption, text: rest }) === null;
  if (restIsValue) return { value: rest, lines: [caption] };
  const nextRow = Math.min(1, ...text.lines.filter((l) => l.box.y > bottom(caption.box) && captionOf(l) !== null).map((l) => l.box.y));
  const below = linesBelow(text, caption, { count, maxGap: 1.8, exclude: (line) => captionOf(line) !== null || line.box.y >= nextRow });
  if (below.length === 0) return null;
  // A value run into the next column's (one detector box) keeps only its own words.
  const texts = below.map((l) => (nextColumnX === null ? l.text : leftOfColumn(l, nextColumnX)));
  return { value: tidy(texts.join(' ')), lines: below };
}

/** Where the next column of a caption row starts: the left edge of the nearest caption to the right on its row. */
function nextColumn(captions: Map<CaptionKey, CardLine>, caption: CardLine): number | null {
  const sameRow = [...captions.values()].filter((c) => c !== caption && Math.abs(centreY(c.box) - centreY(caption.box)) < caption.box.height && c.box.x > right(caption.box));
  return sameRow.length === 0 ? null : Math.min(...sameRow.map((c) => c.box.x));
}

/**
 * A closed-vocabulary value (civil status, citizenship) read where its caption did not read (`CM L STATUS`): the
 * one line of the side that is nearly an entry of the vocabulary.
 */
function vocabularyLine(text: CardSideText, snapTo: (value: string) => string, vocabulary: readonly string[]): { value: string; line: CardLine } | null {
  const lines = text.lines.filter((line) => vocabulary.some((entry) => similarity(line.text, entry) >= 0.85));
  return lines.length === 1 ? { value: snapTo(lines[0]!.text), line: lines[0]! } : null;
}

/** The value printed next right of `line` on its row, unless it is a caption. */
function nextOnRow(text: CardSideText, line: CardLine): { value: string; lines: CardLine[] } | null {
  const next = linesRightOf(text, line, { maxDistance: 0.15 })[0];
  return next === undefined || captionOf(next) !== null ? null : { value: next.text, lines: [next] };
}

/** The card's widest lines run a third of it at least: only an address is that long below the names. */
const MIN_ADDRESS_WIDTH = 0.3;

function addressWithoutCaption(text: CardSideText, birthLine: CardLine | null, precinctCaption: CardLine | null): { value: string; lines: CardLine[] } | null {
  if (birthLine === null) return null;
  const top = bottom(birthLine.box);
  const end = precinctCaption?.box.y ?? 1;
  const lines = text.lines.filter((l) => l.box.y >= top && bottom(l.box) <= end + l.box.height * 0.3 && l.box.width >= MIN_ADDRESS_WIDTH && captionOf(l) === null);
  return lines.length === 0 ? null : { value: tidy(lines.slice(0, 2).map((l) => l.text).join(' ').toUpperCase()), lines: lines.slice(0, 2) };
}

function readVin(text: CardSideText): { value: string; line: CardLine } | null {
  for (const line of text.lines) {
    const vin = findVin(line.text);
    if (vin !== null) return { value: vin, line };
  }
  return null;
}

/** Names as printed: letters, spaces, dots, hyphens, apostrophes and Ñ. */
function name(value: string): string {
  return tidy(value.toUpperCase().replace(/[^A-ZÑ .'-]/g, ' '));
}

export const phVoterIdTemplate: CardTemplate = {
  structure: 'PhilippinesVoteID',
  nationality: 'PHL',
  cardType: 'ID_CARD',
  cardSubType: 'PH_VOTER_ID',
  sides: ['front'],
  // The back's linear code: its content is not published by COMELEC; judged only when it holds a VIN-shaped token.
  barcode: { side: 'back', formats: ['Code128', 'Code39'], field: 'VIN', shape: /\d{8}[A-Z0-9]{14}/ },
  keyFields: ['VIN', 'LastName', 'FirstName', 'Birthday'],

  recognise(text): SideRecognition {
    const title = phraseScore(text, TITLES);
    const vin = readVin(text);
    const own = OWN_CAPTIONS.filter((c) => phraseScore(text, [c]) >= 0.8).length;
    const back = phraseScore(text, BACK_PHRASES);
    const evidence = [`title ${title.toFixed(2)}`, vin === null ? 'no VIN' : 'VIN pattern', `voter captions ${own}/${OWN_CAPTIONS.length}`, `back notice ${back.toFixed(2)}`];
    // COMELEC's name identifies the card, but the back's notice ("…authority of the Commission") must not make a
    // front: a side that reads as the back is not scored on its title. Without the title, the VIN beside this
    // card's own captions (precinct, civil status, citizenship) still does.
    const titled = title >= 0.8 && back < 0.8 ? Math.min(1, title * 0.8 + (vin === null ? 0 : 0.1) + (own > 0 ? 0.1 : 0)) : 0;
    const front = Math.max(titled, vin !== null && own >= 2 ? 0.85 : 0);
    return { front, back, evidence };
  },

  read({ front, back }) {
    const out = new FieldCollector('PhilippinesVoteID');
    const backVin = back === null ? null : readVin(back);
    if (backVin !== null) out.setExtra('BackVIN', backVin.value);
    if (front === null) return out.result();

    const vin = readVin(front);
    if (vin !== null) out.set('VIN', vin.value, { text: front, line: vin.line });
    else if (back !== null && backVin !== null) out.set('VIN', backVin.value, { text: back, line: backVin.line });

    const captions = findCaptions(front);
    const value = (key: CaptionKey, count = 1) => {
      const caption = captions.get(key);
      return caption === undefined ? null : valueOf(front, key, caption, count, nextColumn(captions, caption));
    };
    const last = value('LastName');
    if (last !== null) out.set('LastName', name(last.value), { text: front, lines: last.lines });
    // The first name is printed right of the last name on the names row: found there when its caption did not read.
    const first = value('FirstName') ?? (captions.has('FirstName') || last === null ? null : nextOnRow(front, last.lines[0]!));
    if (first !== null) out.set('FirstName', name(first.value), { text: front, lines: first.lines });
    const middle = value('MiddleName');
    if (middle !== null) out.setExtra('MiddleName', name(middle.value));

    const birthValue = value('Birthday');
    const birthLine = birthValue?.lines[0] ?? front.lines.find((l) => findVoterDate(l.text) !== null);
    const birth = birthValue !== null ? findVoterDate(birthValue.value) : birthLine === undefined ? null : findVoterDate(birthLine.text);
    if (birth !== null && birthLine !== undefined) out.set('Birthday', birth.printed, { text: front, line: birthLine });

    const status = value('CivilStatus');
    const statusLine = status === null ? vocabularyLine(front, civilStatus, CIVIL_STATUSES) : null;
    if (status !== null) out.set('CivilStatus', civilStatus(status.value), { text: front, lines: status.lines });
    else if (statusLine !== null) out.set('CivilStatus', statusLine.value, { text: front, line: statusLine.line });
    const nation = value('Citizenship');
    const nationLine = nation === null ? vocabularyLine(front, citizenship, CITIZENSHIPS) : null;
    if (nation !== null) out.set('Citizenship', citizenship(nation.value), { text: front, lines: nation.lines });
    else if (nationLine !== null) out.set('Citizenship', nationLine.value, { text: front, line: nationLine.line });
    // An address runs over two lines on long entries; the precinct caption under it ends it. Without its caption it
    // is the wide line between the birth-date row and the precinct.
    const address = value('Address', 2) ?? (captions.has('Address') ? null : addressWithoutCaption(front, birthLine ?? null, captions.get('PrecinctNo') ?? null));
    if (address !== null) out.set('Address', tidyPhilippineAddress(tidy(address.value.toUpperCase())), { text: front, lines: address.lines });
    const precinctValue = value('PrecinctNo');
    if (precinctValue !== null) out.set('PrecinctNo', precinct(precinctValue.value), { text: front, lines: precinctValue.lines });
    return out.result();
  },

  validate(read, { today }): CardRule[] {
    const f = read.fields;
    const vin = f.VIN ?? '';
    const compact = (v: string | undefined) => (v === undefined || v === '' ? null : v.replace(/[-\s]/g, ''));
    const birth = findVoterDate(f.Birthday ?? '');
    const age = birth === null ? null : ageOn(isoOf(birth.date), today);
    const rules: CardRule[] = [
      idNumberRule('ph.vin.format', 'VIN', vin, validatePhVoterVin(vin), "voter's identification number"),
      // The back prints the VIN again: both sides of one card carry the same number.
      agreementRule('ph.vin.backAgrees', ['VIN'], compact(read.extra.BackVIN), compact(vin), 'VIN on the front and on the back'),
    ];
    // RA 8189 §9: a voter is 18 on election day, and may register before, so a holder is at least 17.
    rules.push(
      age === null
        ? { id: 'ph.voter.age', status: 'skipped', warn: 'InformationVerificationFailed', message: 'no birth date read', fields: ['Birthday'], values: {} }
        : {
            id: 'ph.voter.age',
            status: age >= 17 ? 'pass' : 'warn',
            warn: 'InformationVerificationFailed',
            message: age >= 17 ? 'the holder is of voting age' : 'the holder is too young to be a registered voter',
            fields: ['Birthday'],
            values: { birthday: isoOf(birth!.date), age: String(age), today },
          },
    );
    rules.push(expiryRule('Birthday', null, today, "the voter's ID carries no expiry date"));
    return rules;
  },
};
