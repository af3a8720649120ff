import type { MrzFields } from '../mrz/index.js';
import { datesIn, editDistance, foldConfusables, lostDigraphs, mrzComparable, mrzForms } from './viz-text.js';

/** One OCR'd line of the visual zone, with its box in page coordinates. */
export interface VizLine {
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

export type VizField = 'surname' | 'givenNames' | 'documentNumber' | 'birthDate' | 'expiryDate' | 'sex';

/**
 * `pass`: the visual zone prints the MRZ value; `mismatch`: it prints a different value in the same place (both
 * are evidence, decisions.md D13 `InformationVerificationFailed`); `skipped`: the value could not be found in the
 * visual zone (a layout we cannot label, placeholder text), which proves nothing either way.
 */
export interface VizComparison {
  field: VizField;
  status: 'pass' | 'mismatch' | 'skipped';
  mrz: string;
  viz: string;
  line: VizLine | null;
}

/** English captions every ICAO 9303 data page carries next to the national language (part 4 §2.2 "labels"). */
const LABELS: Partial<Record<VizField, RegExp>> = {
  surname: /SURNAME|NAMESURNAME/,
  givenNames: /GIVENNAME/,
};

/** A caption line: captions are bilingual ("Nome / Given names") or end in a colon. */
export function isCaption(text: string): boolean {
  return /[/:]/.test(text) || /[a-z]{3}/.test(text);
}

/** The value printed under a caption: the next line below it that starts near the caption's left edge. */
export function valueUnder(lines: readonly VizLine[], caption: VizLine): VizLine | null {
  const below = lines.filter(
    (line) =>
      line !== caption &&
      !isCaption(line.text) &&
      line.box.y > caption.box.y + caption.box.height * 0.5 &&
      line.box.y < caption.box.y + caption.box.height * 4 &&
      Math.abs(line.box.x - caption.box.x) < caption.box.height * 3,
  );
  below.sort((a, b) => a.box.y - b.box.y);
  return below[0] ?? null;
}

function compareName(lines: readonly VizLine[], field: 'surname' | 'givenNames', mrzValue: string): VizComparison {
  const want = mrzComparable(mrzValue);
  const base = { field, mrz: mrzValue };
  if (want === '') return { ...base, status: 'skipped', viz: '', line: null };
  // The MRZ may truncate a long name (part 3 §4.6): the printed name then starts with the MRZ's. A printed `Ü`
  // whose dots the OCR lost reads `U` where the MRZ writes `UE` (lostDigraphs): the same name.
  const agrees = (line: VizLine): boolean =>
    mrzForms(line.text).some((got) => got === want || (got.startsWith(want) && want.length >= 10)) || lostDigraphs(mrzComparable(line.text), want) !== null;
  const exact = lines.find((line) => !isCaption(line.text) && agrees(line));
  if (exact !== undefined) return { ...base, status: 'pass', viz: exact.text, line: exact };
  const label = LABELS[field];
  const caption = label === undefined ? undefined : lines.find((line) => label.test(mrzComparable(line.text)));
  const value = caption === undefined ? null : valueUnder(lines, caption);
  if (value === null) return { ...base, status: 'skipped', viz: '', line: null };
  return { ...base, status: 'mismatch', viz: value.text, line: value };
}

function compareNumber(lines: readonly VizLine[], number: string): VizComparison {
  const base = { field: 'documentNumber' as const, mrz: number };
  if (number === '') return { ...base, status: 'skipped', viz: '', line: null };
  // OCR confuses `I`/`1`, `O`/`0` and the like in the visual zone's font: those never count as a disagreement.
  const folded = foldConfusables(number);
  for (const line of lines) {
    if (foldConfusables(mrzComparable(line.text)).includes(folded)) return { ...base, status: 'pass', viz: line.text, line };
  }
  // A token of the number's shape that differs in one or two characters is the same field printed differently.
  for (const line of lines) {
    const token = mrzComparable(line.text);
    if (token.length === number.length && /\d/.test(token) && editDistance(foldConfusables(token), folded) <= 2) {
      return { ...base, status: 'mismatch', viz: line.text, line };
    }
  }
  return { ...base, status: 'skipped', viz: '', line: null };
}

function compareDate(lines: readonly VizLine[], field: 'birthDate' | 'expiryDate', date: string | null): VizComparison {
  const base = { field, mrz: date ?? '' };
  if (date === null) return { ...base, status: 'skipped', viz: '', line: null };
  const printed = lines.flatMap((line) => datesIn(line.text).map((value) => ({ value, line })));
  const same = printed.find((p) => p.value === date);
  if (same !== undefined) return { ...base, status: 'pass', viz: same.value, line: same.line };
  // Exactly one of year, month or day differs: the same date printed differently, not another date field.
  const [y, m, d] = date.split('-');
  const near = printed.find((p) => {
    const [py, pm, pd] = p.value.split('-');
    return [py === y, pm === m, pd === d].filter(Boolean).length === 2;
  });
  if (near !== undefined) return { ...base, status: 'mismatch', viz: near.value, line: near.line };
  return { ...base, status: 'skipped', viz: '', line: null };
}

function compareSex(lines: readonly VizLine[], sex: string | null): VizComparison {
  const base = { field: 'sex' as const, mrz: sex ?? '' };
  // A sex value stands alone: `F`, or bilingual `F/F`, `M/H`.
  const values = lines.filter((line) => /^\s*[MFX](\s*\/\s*[A-Z])?\s*$/.test(line.text.toUpperCase()));
  if (sex === null || values.length === 0) return { ...base, status: 'skipped', viz: '', line: null };
  const same = values.find((line) => line.text.trim().toUpperCase().startsWith(sex));
  if (same !== undefined) return { ...base, status: 'pass', viz: same.text.trim(), line: same };
  const other = values[0] as VizLine;
  return values.length === 1 ? { ...base, status: 'mismatch', viz: other.text.trim(), line: other } : { ...base, status: 'skipped', viz: '', line: null };
}

/**
 * Compares name, number, dates and sex of the MRZ with the lines OCR'd from the visual zone. A name or sex found
 * "in the wrong place" proves a disagreement only when the visual zone demonstrably describes this holder (its
 * number or a date agrees with the MRZ): specimen and template pages print placeholder names under the captions,
 * and those are `skipped`, never a disagreement.
 */
export function crossCheckViz(lines: readonly VizLine[], mrz: MrzFields): VizComparison[] {
  const anchored = [compareNumber(lines, mrz.documentNumber), compareDate(lines, 'birthDate', mrz.birthDate), compareDate(lines, 'expiryDate', mrz.expiryDate)];
  const corroborated = anchored.some((c) => c.status === 'pass');
  const unanchored = [compareName(lines, 'surname', mrz.surname), compareName(lines, 'givenNames', mrz.givenNames), compareSex(lines, mrz.sex)].map(
    (c): VizComparison => (c.status === 'mismatch' && !corroborated ? { ...c, status: 'skipped' } : c),
  );
  const [surname, givenNames, sex] = unanchored as [VizComparison, VizComparison, VizComparison];
  const [documentNumber, birthDate, expiryDate] = anchored as [VizComparison, VizComparison, VizComparison];
  return [surname, givenNames, documentNumber, birthDate, expiryDate, sex];
}
