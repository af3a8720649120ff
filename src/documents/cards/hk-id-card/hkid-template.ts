/**
 * HKIDCard — the Hong Kong identity card (smart ID of 2003 and 2018, permanent and non-permanent). Front: the
 * bilingual title, Chinese name, English name (`SURNAME, Given Names`), Chinese Commercial Code under it (the
 * "telex code", four digits per character), `出生日期 Date of Birth` with the sex, the symbol line, `簽發日期 Date
 * of Issue` with the first registration `(MM-YY)` and the current issue `DD-MM-YY`, and the number `A123456(3)`.
 * The back carries no personal data (D11: it only confirms the card).
 *
 * Formats (D12, docs/documents.md): `Birthday` DD-MM-YYYY; `CurrentIssueDate` DD-MM-YY; `FirstIssueDate` MM-YY
 * (the parentheses dropped); `Sex` as printed without the space, `男M`/`女F`; `Permanent` `1`/`0` from the title
 * (`-1` when the title was not read); `IdNum` `A123456(3)`; `TelexCode` the four-digit groups joined by one space.
 * Scripts: `CnName` the traditional Chinese name, `EnName` the romanised name as printed. `CnName` is rebuilt from
 * the telex code where the OCR missed a character its dictionary lacks (chinese-name.ts); the characters as read
 * are kept in the native detail (`CnNameAsRead`).
 */

import { validateHkid } from '../../checks/hkid.js';
import { findCaption, findPattern, linesBelow, phraseScore } from '../find-lines.js';
import type { CardLine, CardSideText } from '../card-text.js';
import type { CardRule, CardTemplate, SideRecognition } from '../card-template.js';
import { agreementRule, dateOrderRule, idNumberRule } from '../card-rules.js';
import { FieldCollector, tidy } from '../common/field-values.js';
import { digitise, findDayMonthYear, formatDayMonthYear, isoOf } from '../common/dates.js';
import { containment } from '../text-match.js';
import { chineseName } from './chinese-name.js';

const PERMANENT_TITLES = ['HONG KONG PERMANENT IDENTITY CARD', '香港永久性居民身份證'];
const OTHER_TITLES = ['HONG KONG IDENTITY CARD', '香港身份證'];
const BACK_PHRASES = ['This card does not by itself confer', 'Director of Immigration', 'return to the Immigration Department', '入境事務處'];

/**
 * `A123456(3)`, tolerant of spaces and of brackets read as `[`, `{` or full-width. Any letter is taken as the
 * check character: the number is reported as printed (D12) and `hkid.checkDigit` judges it.
 */
const ID_PATTERN = /(?<![A-Z])([A-Z]{1,2})\s*([0-9OIlSB]{6})\s*[([{（]\s*([0-9A-Z])\s*[)\]}）]?/;
const TELEX_PATTERN = /^\s*(\d{4}(?:\s*\d{4}){0,7})\s*$/;
const CJK_NAME = /^[\u3400-\u9fff]{1,8}$/;

function readId(text: CardSideText): { value: string; line: CardLine } | null {
  const found = findPattern(text, ID_PATTERN);
  if (found === null) return null;
  const [, prefix, digits, check] = found.match;
  return { value: `${prefix}${digitise(digits!)}(${check})`, line: found.line };
}

function titleScores(text: CardSideText): { permanent: number; other: number } {
  return { permanent: phraseScore(text, PERMANENT_TITLES), other: phraseScore(text, OTHER_TITLES) };
}

/** `CHOW,Tin Sum` → `CHOW, Tin Sum`; given names the recogniser ran together split at their capitals. */
function englishName(line: string): string | null {
  const m = tidy(line).match(/^([A-Z][A-Z' -]*[A-Z])\s*[,.]\s*([A-Z][A-Za-z' -]*)$/);
  if (m === null) return null;
  const given = m[2]!.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\s+/g, ' ').trim();
  return `${m[1]!.trim()}, ${given}`;
}

export const hkidTemplate: CardTemplate = {
  structure: 'HKIDCard',
  nationality: 'HKG',
  cardType: 'ID_CARD',
  cardSubType: 'HKID_2018',
  sides: ['front'],
  keyFields: ['IdNum', 'EnName', 'Birthday'],

  recognise(text): SideRecognition {
    const { permanent, other } = titleScores(text);
    const title = Math.max(permanent, other);
    const id = readId(text);
    const birth = phraseScore(text, ['Date of Birth', '出生日期']);
    const proven = id !== null && validateHkid(id.value).valid;
    const evidence = [`title ${title.toFixed(2)}`, id === null ? 'no HKID number' : proven ? 'HKID number with its check digit' : 'HKID number pattern', `birth caption ${birth.toFixed(2)}`];
    // The title alone identifies the card; without it, the number's distinctive `A123456(3)` pattern next to the
    // bilingual birth caption still does, a little below a clear title; so does the number alone when its check
    // digit holds (a blurred photo whose small title and captions are lost), just above the front threshold.
    const front = Math.max(title >= 0.8 ? Math.min(1, title * 0.85 + (id === null ? 0 : 0.15)) : 0, id !== null && birth >= 0.8 ? 0.8 : 0, proven ? 0.76 : 0);
    return { front, back: phraseScore(text, BACK_PHRASES), evidence };
  },

  read({ front }) {
    const out = new FieldCollector('HKIDCard');
    if (front === null) return out.result();
    const { permanent, other } = titleScores(front);
    out.set('Permanent', permanent >= 0.8 && permanent >= other ? '1' : other >= 0.8 ? '0' : '-1');

    const id = readId(front);
    if (id !== null) out.set('IdNum', id.value, { text: front, line: id.line });

    const titleLines = new Set(front.lines.filter((l) => Math.max(...[...PERMANENT_TITLES, ...OTHER_TITLES].map((t) => containment(l.text, t))) >= 0.8));
    const english = front.lines.map((line) => ({ line, name: englishName(line.text) })).find((c) => c.name !== null && !titleLines.has(c.line));
    if (english !== undefined) out.set('EnName', english.name, { text: front, line: english.line });

    // The Chinese name: the CJK-only line nearest above the English name (the title lines are longer and excluded).
    const chinese = front.lines
      .filter((l) => !titleLines.has(l) && CJK_NAME.test(l.text.replace(/\s+/g, '')) && !/[身份證日期性別]/.test(l.text))
      .filter((l) => english === undefined || l.box.y < english.line.box.y)
      .sort((a, b) => (english === undefined ? a.box.y - b.box.y : b.box.y - a.box.y))[0];
    const telex = front.lines.find((l) => TELEX_PATTERN.test(l.text) && l.text.replace(/\D/g, '').length % 4 === 0 && l.text.replace(/\D/g, '').length >= 8);
    if (telex !== undefined) {
      const digits = telex.text.replace(/\D/g, '');
      out.set('TelexCode', digits.match(/\d{4}/g)!.join(' '), { text: front, line: telex });
    }
    // The characters as read, completed and corrected by the code printed under them (chinese-name.ts).
    const ocrName = chinese === undefined ? '' : chinese.text.replace(/\s+/g, '');
    const name = chineseName(ocrName, out.get('TelexCode'));
    out.setExtra('CnNameAsRead', ocrName);
    if (name.name !== '') out.set('CnName', name.name, chinese === undefined ? (telex === undefined ? undefined : { text: front, line: telex }) : { text: front, line: chinese });

    const birthCaption = findCaption(front, ['Date of Birth', '出生日期']);
    const birthLines = birthCaption === null ? [] : [birthCaption.line, ...linesBelow(front, birthCaption.line, { count: 2 })];
    const birthLine = birthLines.find((l) => findDayMonthYear(l.text) !== null) ?? front.lines.find((l) => /\d{1,2}\s*[-.]\s*\d{1,2}\s*[-.]\s*\d{4}/.test(digitise(l.text)));
    const birth = birthLine === undefined ? null : findDayMonthYear(birthLine.text);
    if (birth !== null && birthLine !== undefined) out.set('Birthday', formatDayMonthYear(birth, '-'), { text: front, line: birthLine });

    // The card prints the pair `女 F` / `男 M`: either half read alone gives the other (the letter, small beside the
    // character, is the one the detector misses most).
    const sex = findPattern(front, /([男女])\s*([MF])\b/) ?? findPattern(front, /^\s*([MF])\s*$/) ?? findPattern(front, /^\s*([男女])\s*$/);
    if (sex !== null) {
      const glyph = sex.match[2] ?? sex.match[1]!;
      const letter = glyph === '女' ? 'F' : glyph === '男' ? 'M' : glyph;
      out.set('Sex', `${letter === 'F' ? '女' : '男'}${letter}`, { text: front, line: sex.line });
    }

    // The symbol line: stars and capital letters only (`***AZ`), under the birth date.
    // Symbols are capitals; the recogniser sometimes reads a small-looking C, O or W in lower case.
    const symbolText = (l: CardLine): string => l.text.replace(/\s+/g, '').toUpperCase();
    const symbol = front.lines.find((l) => /^\*{1,3}[A-Z]{0,4}$/.test(symbolText(l)) || (/^[ACRU][A-Z]{0,3}$/.test(symbolText(l)) && birthLine !== undefined && l.box.y > birthLine.box.y && l.box.y - birthLine.box.y < 0.15));
    if (symbol !== undefined) out.set('Symbol', symbolText(symbol), { text: front, line: symbol });

    const issueCaption = findCaption(front, ['Date of Issue', '簽發日期']);
    const issueLines = issueCaption === null ? front.lines : [issueCaption.line, ...linesBelow(front, issueCaption.line, { count: 3, maxGap: 2.5 })];
    for (const line of issueLines) {
      const text = digitise(line.text);
      const first = text.match(/\(\s*(\d{2})\s*[-.]\s*(\d{2})\s*\)?/);
      if (first !== null && out.get('FirstIssueDate') === '') out.set('FirstIssueDate', `${first[1]}-${first[2]}`, { text: front, line });
      const current = text.replace(/\([^)]*\)?/g, ' ').match(/(?<![\d(])(\d{2})\s*[-.]\s*(\d{2})\s*[-.]\s*(\d{2})(?!\d)/);
      if (current !== null && out.get('CurrentIssueDate') === '') out.set('CurrentIssueDate', `${current[1]}-${current[2]}-${current[3]}`, { text: front, line });
    }
    return out.result();
  },

  validate(read): CardRule[] {
    const f = read.fields;
    const rules: CardRule[] = [idNumberRule('hkid.checkDigit', 'IdNum', f.IdNum ?? '', validateHkid(f.IdNum ?? ''), 'HKID check digit')];
    // The name's characters as read against the characters its telex code names: none in common means the name
    // and the code belong to different people (an edited name), since the OCR reads most characters it knows.
    const asRead = read.extra.CnNameAsRead ?? '';
    const name = chineseName(asRead, f.TelexCode ?? '');
    rules.push(
      asRead === '' || (f.TelexCode ?? '') === ''
        ? { id: 'hkid.telexCode', status: 'skipped', warn: 'InformationVerificationFailed', message: 'the Chinese name or its telex code was not read', fields: ['CnName', 'TelexCode'], values: {} }
        : {
            id: 'hkid.telexCode',
            status: name.agreeing > 0 ? 'pass' : 'warn',
            warn: 'InformationVerificationFailed',
            message: name.agreeing > 0 ? `the telex code names the printed Chinese name (${name.agreeing} of ${name.read} characters read agree)` : 'the telex code names other characters than the printed Chinese name',
            fields: ['CnName', 'TelexCode'],
            values: { printed: asRead, fromCode: name.name },
          },
    );
    // Symbols (Immigration Department): A, right of abode, is what makes a permanent resident; C (stay limited) and
    // U (stay unconditional) are non-permanent. R (right to land) is not judged: it is held on either card.
    const letters = (f.Symbol ?? '').replace(/\*/g, '');
    const permanentBySymbol = letters.startsWith('A') ? '1' : /^[CU]/.test(letters) ? '0' : null;
    rules.push(agreementRule('hkid.symbolPermanence', ['Symbol', 'Permanent'], permanentBySymbol, f.Permanent === '-1' ? null : (f.Permanent ?? null), 'symbol line and card title on permanence'));
    const birth = findDayMonthYear(f.Birthday ?? '');
    const issue = (f.CurrentIssueDate ?? '').match(/^(\d{2})-(\d{2})-(\d{2})$/);
    const issued = issue === null ? null : `20${issue[3]}-${issue[2]}-${issue[1]}`;
    rules.push(dateOrderRule('hkid.issueAfterBirth', ['Birthday', 'CurrentIssueDate'], birth === null ? null : isoOf(birth), issued, ['the date of birth', 'the issue date']));
    return rules;
  },
};
