/**
 * PhilippinesUMID — the Unified Multi-Purpose ID (SSS/GSIS chip card). Front: "Republic of the Philippines /
 * UNIFIED MULTI-PURPOSE ID", the common reference number `CRN-0111-2345678-9` over the portrait, then the captions
 * SURNAME, GIVEN NAME, MIDDLE NAME, SEX and DATE OF BIRTH on one row, ADDRESS (over two lines). Back: magnetic
 * stripe, signature panel, the non-transferability notice (transactions with SSS, GSIS, PhilHealth and Pag-IBIG)
 * and the CRN again.
 *
 * Formats (D12, the studio's truth): `CRN` without its printed `CRN-` label, `0111-2345678-9`; `Birthday`
 * `YYYY/MM/DD`; `Sex` `M`/`F`; names as printed; `Address` the printed lines joined by one space.
 */

import { validatePhUmidCrn } from '../../checks/philippines.js';
import type { CardLine, CardSideText } from '../card-text.js';
import type { CardRule, CardTemplate, CardZone, SideRecognition } from '../card-template.js';
import { agreementRule, expiryRule, idNumberRule } from '../card-rules.js';
import { FieldCollector } from '../common/field-values.js';
import { digitise, findYearMonthDay, formatYearMonthDay } from '../common/dates.js';
import { phraseScore } from '../find-lines.js';
import { readUmidColumn } from './umid-column.js';
import { agencyFrontScore, captionLine, captionValue, joinLines, printedName } from '../ph-common/ph-card-fields.js';

const TITLES = ['UNIFIED MULTI-PURPOSE ID', 'UNIFIED MULTI-PURPOSE IDENTIFICATION'];
const NAME_CAPTIONS = ['SURNAME', 'GIVEN NAME', 'MIDDLE NAME'];
const ALL_CAPTIONS = [...NAME_CAPTIONS, 'SEX', 'DATE OF BIRTH', 'ADDRESS'];
const BACK_PHRASES = ['AUTHORIZED SIGNATURE', 'This card is non-transferable', 'PhilHealth and Pag-IBIG Fund', 'nearest SSS or GSIS office', 'Unauthorized use is punishable by law'];

/**
 * `CRN-0111-2345678-9`: the label (`CRN`, read `CRN`/`GRN`/`CRM`) then four, 6–9 and one digits, read leniently so a
 * malformed number is reported as printed and `ph.umidCrn.format` judges it.
 */
const CRN_PATTERN = /[CG]R[NM]\s*[-:.]?\s*([0-9OIlSB]{4})\s*[-.]?\s*([0-9OIlSB]{6,9})\s*[-.]\s*([0-9OIlSB])(?![0-9])/i;
/** Without its label (lost to the portrait's edge): the `0111` prefix every CRN issued so far carries. */
const BARE_CRN = /(?<![0-9])(0111)\s*-\s*([0-9OIlSB]{6,9})\s*-\s*([0-9OIlSB])(?![0-9])/;

export function readCrn(text: CardSideText): { value: string; line: CardLine } | null {
  for (const pattern of [CRN_PATTERN, BARE_CRN]) {
    for (const line of text.lines) {
      const m = line.text.match(pattern);
      if (m !== null) return { value: `${digitise(m[1]!)}-${digitise(m[2]!)}-${digitise(m[3]!)}`, line };
    }
  }
  return null;
}

/** The sex zone's margin round the column's edge and before the date, and its width when no column edge was read. */
const SEX_ZONE_MARGIN = 0.01;
const SEX_ZONE_WIDTH = 0.12;

const NAME_KEYS = [['Surname', 'SURNAME'], ['GivenName', 'GIVEN NAME'], ['MiddleName', 'MIDDLE NAME']] as const;

/**
 * Fields the captions did not give, from the column read by position (umid-column.ts). The three names are taken
 * together or not at all, and not when a name the captions did give sits elsewhere in the column's order.
 */
function fillFromColumn(out: FieldCollector, front: CardSideText, birth: CardLine): void {
  const column = readUmidColumn(front, birth, { names: ALL_CAPTIONS, address: ['ADDRESS'] });
  if (column === null) return;
  const names = column.names;
  if (names !== null && NAME_KEYS.every(([key], i) => out.get(key) === '' || out.get(key) === printedName(names[i]!.text))) {
    NAME_KEYS.forEach(([key], i) => {
      if (out.get(key) === '') out.set(key, printedName(names[i]!.text), { text: front, line: names[i]! });
    });
  }
  if (out.get('Sex') === '' && column.sex !== null) out.set('Sex', column.sex.text.trim().toUpperCase(), { text: front, line: column.sex });
  if (out.get('Address') === '' && column.address.length > 0) out.set('Address', joinLines(column.address), { text: front, lines: column.address });
}

function nameUnder(text: CardSideText, caption: string): CardLine | null {
  const found = captionLine(text, [caption], { minScore: 0.85 });
  if (found === null) return null;
  return captionValue(text, found, { count: 1, stopCaptions: ALL_CAPTIONS })[0] ?? null;
}

export const phUmidTemplate: CardTemplate = {
  structure: 'PhilippinesUMID',
  nationality: 'PHL',
  cardType: 'ID_CARD',
  cardSubType: 'PH_UMID',
  sides: ['front'],
  keyFields: ['CRN', 'Surname', 'GivenName'],

  recognise(text): SideRecognition {
    const title = phraseScore(text, TITLES);
    const captions = Math.max(...NAME_CAPTIONS.map((c) => captionLine(text, [c])?.score ?? 0));
    const crn = readCrn(text);
    const back = phraseScore(text, BACK_PHRASES);
    // The back repeats the CRN (and the seal's ring repeats the title), so the front needs its name captions.
    const front = agencyFrontScore(title, captions >= 0.8, back >= 0.8, crn !== null && captions >= 0.8);
    return { front, back, evidence: [`UMID title ${title.toFixed(2)}`, `name captions ${captions.toFixed(2)}`, crn === null ? 'no CRN' : 'CRN pattern', `back phrases ${back.toFixed(2)}`] };
  },

  read({ front, back }) {
    const out = new FieldCollector('PhilippinesUMID');
    if (front === null) return out.result();
    const crn = readCrn(front);
    if (crn !== null) out.set('CRN', crn.value, { text: front, line: crn.line });

    const birthCaption = captionLine(front, ['DATE OF BIRTH', 'BIRTH DATE']);
    const birthLines = birthCaption === null ? front.lines : [...captionValue(front, birthCaption, { count: 1 }), birthCaption.line, ...front.lines];
    let birthLine: CardLine | null = null;
    for (const line of birthLines) {
      const date = findYearMonthDay(line.text);
      if (date !== null) {
        out.set('Birthday', formatYearMonthDay(date, '/'), { text: front, line });
        birthLine = line;
        break;
      }
    }

    for (const [key, caption] of NAME_KEYS) {
      const line = nameUnder(front, caption);
      if (line !== null) out.set(key, printedName(line.text), { text: front, line });
    }

    // SEX and DATE OF BIRTH share a row: their values may come as one line `M 1990/01/31`.
    const sexCaption = captionLine(front, ['SEX'], { minScore: 1 });
    if (sexCaption !== null) {
      const value = captionValue(front, sexCaption, { count: 1 })[0];
      const m = value?.text.toUpperCase().match(/^\s*([MF])\b/);
      if (value !== undefined && m) out.set('Sex', m[1], { text: front, line: value });
    }
    if (out.get('Sex') === '') {
      // The caption unread or its value not under it: a lone `M`/`F` left of the birth date's row.
      const surname = captionLine(front, ['SURNAME']);
      const value = surname === null ? undefined : front.lines.find((l) => /^\s*[MF]\s*$/.test(l.text) && l.box.y > surname.line.box.y && Math.abs(l.box.x - surname.line.box.x) <= 0.06);
      if (value !== undefined) out.set('Sex', value.text.trim(), { text: front, line: value });
    }

    const addressCaption = captionLine(front, ['ADDRESS']);
    if (addressCaption !== null) {
      const lines = captionValue(front, addressCaption, { count: 3, stopCaptions: ALL_CAPTIONS });
      out.set('Address', joinLines(lines), { text: front, lines });
    }

    if (birthLine !== null) fillFromColumn(out, front, birthLine);

    const backCrn = back === null ? null : readCrn(back);
    if (backCrn !== null) out.setExtra('BackCRN', backCrn.value);
    return out.result();
  },

  zonesToRead(read): CardZone[] {
    const birth = read.regions.Birthday;
    if (read.fields.Sex !== '' || birth === undefined) return [];
    // SEX is printed left of DATE OF BIRTH, its value (one glyph, which the detector can miss) on the date's row at
    // the text column's left edge, where the names and the address start.
    const lefts = (['Surname', 'GivenName', 'MiddleName', 'Address'] as const).flatMap((key) => read.regions[key]?.box.x ?? []);
    const left = lefts.length > 0 ? Math.min(...lefts) - SEX_ZONE_MARGIN : birth.box.x - SEX_ZONE_WIDTH;
    const right = birth.box.x - SEX_ZONE_MARGIN;
    if (right - left < SEX_ZONE_MARGIN) return [];
    return [{ field: 'Sex', side: 'front', box: { x: left, y: birth.box.y, width: right - left, height: birth.box.height } }];
  },

  validate(read, { today }): CardRule[] {
    const crn = read.fields.CRN ?? '';
    const digits = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s.replace(/\D/g, ''));
    return [
      idNumberRule('ph.umidCrn.format', 'CRN', crn, validatePhUmidCrn(crn), 'UMID CRN'),
      agreementRule('ph.umidCrn.backAgrees', ['CRN'], digits(read.extra.BackCRN), digits(crn), 'CRN on the back and on the front'),
      // The UMID prints no expiry date.
      expiryRule('CRN', null, today, 'the UMID carries no expiry date'),
    ];
  },
};
