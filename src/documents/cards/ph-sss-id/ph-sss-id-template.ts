/**
 * PhilippinesSSSID — the Social Security System's plastic member ID (second-generation card, still accepted).
 * Front: "Republic of the Philippines / SOCIAL SECURITY SYSTEM" on the header band, the portrait, `SS No.` over the
 * SS number set large, NAME over the member's name, DATE OF BIRTH over the date, the signature. Back: a PDF417 (read
 * by the pipeline's barcode stage), "This card is the property of the Social Security System…", the President's
 * signature.
 *
 * Formats (D12, the studio's truth): `LicenseNumber` the SS number as printed `12-3456789-0`; `FullName` as printed
 * (`FIRST MIDDLE LAST`); `Birthday` `MM/DD/YYYY`.
 *
 * Not a UMID: the UMID is issued by the SSS too and its back names the SSS, so this template steps aside when the
 * UMID title is read, and its number pattern refuses the tail of a CRN (`0111-2345678-9`).
 */

import { validatePhSss } from '../../checks/philippines.js';
import type { CardLine, CardSideText } from '../card-text.js';
import type { CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { expiryRule, idNumberRule } from '../card-rules.js';
import { FieldCollector } from '../common/field-values.js';
import { digitise, findMonthDayYear, formatMonthDayYear } from '../common/dates.js';
import { phraseScore } from '../find-lines.js';
import { agencyFrontScore, captionLine, captionValue, printedName } from '../ph-common/ph-card-fields.js';
import { similarity } from '../text-match.js';

const TITLES = ['SOCIAL SECURITY SYSTEM'];
const UMID_TITLES = ['UNIFIED MULTI-PURPOSE ID', 'UNIFIED MULTI-PURPOSE IDENTIFICATION'];
const NUMBER_CAPTIONS = ['SS No.', 'SSS No.', 'SS Number'];
const ALL_CAPTIONS = [...NUMBER_CAPTIONS, 'NAME', 'DATE OF BIRTH', 'BIRTHDATE', 'SIGNATURE'];
const BACK_PHRASES = ['This card is the property of the Social Security System', 'surrendered upon demand', 'nearest SSS branch', 'PRESIDENT AND CEO'];

/**
 * `12-3456789-0`, groups read leniently (5–8 middle digits) so a malformed number is reported as printed and
 * `ph.sss.format` judges it; never preceded by a digit or dash (the `…11-2345678-9` tail of a UMID CRN).
 */
const SSS_PATTERN = /(?<![0-9OIlSB-])([0-9OIlSB]{2})\s*[-.]\s*([0-9OIlSB]{5,8})\s*[-.]\s*([0-9OIlSB])(?![0-9])/;

export function readSss(text: CardSideText): { value: string; line: CardLine; withCaption: boolean } | null {
  const caption = captionLine(text, NUMBER_CAPTIONS);
  const near = caption === null ? [] : [{ ...caption.line, text: caption.rest }, ...captionValue(text, caption, { count: 1 })];
  for (const [index, line] of [...near, ...text.lines].entries()) {
    const m = line.text.match(SSS_PATTERN);
    if (m !== null) {
      const source = text.lines.find((l) => l.box === line.box) ?? line;
      return { value: `${digitise(m[1]!)}-${digitise(m[2]!)}-${digitise(m[3]!)}`, line: source, withCaption: index < near.length };
    }
  }
  return null;
}

export const phSssIdTemplate: CardTemplate = {
  structure: 'PhilippinesSSSID',
  nationality: 'PHL',
  cardType: 'ID_CARD',
  cardSubType: 'PH_SSS_ID',
  sides: ['front'],
  // The back's PDF417: SSS does not publish its content; judged only when it holds an SS-number-shaped token.
  barcode: { side: 'back', formats: ['PDF417'], field: 'LicenseNumber', shape: /(?<!\d)\d{10}(?!\d)/ },
  keyFields: ['LicenseNumber', 'FullName'],

  recognise(text): SideRecognition {
    const title = phraseScore(text, TITLES);
    const umid = phraseScore(text, UMID_TITLES);
    const sss = readSss(text);
    const back = phraseScore(text, BACK_PHRASES);
    const evidence = [`SSS title ${title.toFixed(2)}`, sss === null ? 'no SS number' : `SS number pattern${sss.withCaption ? ' under SS No.' : ''}`, `back phrases ${back.toFixed(2)}`];
    if (umid >= 0.8) return { front: 0.3, back: 0, evidence: [...evidence, `UMID title ${umid.toFixed(2)}: not an SSS card`] };
    // Front evidence: the number, or its caption where glare took the number's check digit.
    const numberCaption = captionLine(text, NUMBER_CAPTIONS, { minScore: 1 }) !== null;
    const front = agencyFrontScore(title, sss !== null || numberCaption, back >= 0.8, sss?.withCaption === true);
    return { front, back, evidence };
  },

  read({ front }) {
    const out = new FieldCollector('PhilippinesSSSID');
    if (front === null) return out.result();
    const sss = readSss(front);
    if (sss !== null) out.set('LicenseNumber', sss.value, { text: front, line: sss.line });

    const nameCaption = captionLine(front, ['NAME', 'MEMBER NAME'], { minScore: 1 });
    if (nameCaption !== null) {
      const value = captionValue(front, nameCaption, { count: 1, stopCaptions: ALL_CAPTIONS })[0];
      if (value !== undefined) out.set('FullName', printedName(value.text), { text: front, line: value });
    }
    if (out.get('FullName') === '' && sss !== null) {
      // The caption misread (`NAE`): the first line of letters only, two words or more, below the SS number.
      const value = front.lines.find((l) => l.box.y > sss.line.box.y && /^[\p{Lu} .'-]+$/u.test(l.text.trim()) && l.text.trim().includes(' ') && !ALL_CAPTIONS.some((c) => similarity(l.text, c) >= 0.7));
      if (value !== undefined) out.set('FullName', printedName(value.text), { text: front, line: value });
    }

    const birthCaption = captionLine(front, ['DATE OF BIRTH', 'BIRTHDATE', 'BIRTH DATE']);
    const birthLines = birthCaption === null ? front.lines : [...captionValue(front, birthCaption, { count: 1 }), birthCaption.line, ...front.lines];
    for (const line of birthLines) {
      const date = findMonthDayYear(line.text);
      if (date !== null) {
        out.set('Birthday', formatMonthDayYear(date, '/'), { text: front, line });
        break;
      }
    }
    return out.result();
  },

  validate(read, { today }): CardRule[] {
    const sss = read.fields.LicenseNumber ?? '';
    return [
      idNumberRule('ph.sss.format', 'LicenseNumber', sss, validatePhSss(sss), 'SS number'),
      // The SSS card prints no expiry date.
      expiryRule('LicenseNumber', null, today, 'the SSS card carries no expiry date'),
    ];
  },
};
