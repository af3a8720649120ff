// Chooses, cell by cell where the OCR and the template reader disagree, which reading to keep. Check digits
// decide first (ICAO 9303 part 3 §4.9): over the disagreeing cells that a check digit covers, every way of taking
// each cell from one reader or the other is tried, and the one that makes the most check digits valid wins (ties
// go to the cells' preferred readers). Each reader only proposes its own reading, so a mix is accepted on the
// same evidence as either reading whole: a document number read `0…0` by the OCR and `D…O` by the template,
// both failing, is `D…0` when that alone satisfies the check. Cells no check digit covers take their preferred
// reader (cell-preference.ts). Every choice is logged.

import { evaluateCheck } from '../../documents/mrz/evaluate-check.js';
import { mrzFieldMap, type CheckedField } from '../../documents/mrz/field-map.js';
import { detectMrzFormat } from '../../documents/mrz/index.js';
import type { OcrCell } from './align-ocr.js';
import { preferredReader, type Preference } from './cell-preference.js';
import { positionAlphabet } from './field-alphabet.js';
import type { MrzLineReader, MrzLineSource, MrzReaderChoice, MrzReaderName } from './mrz-reading.js';
import type { TemplateLineReading } from './template-reader.js';

/** Mean cell correlation above which a line's template reading is good enough to align the OCR against it. */
export const TEMPLATE_TRUST = 0.7;
/** Checked cells searched jointly (2^12 combinations); beyond that, each field's cells go one way together. */
const MAX_JOINT_CELLS = 12;
/** A field's cells searched jointly when there are too many for the whole line (2^8 combinations a field and pass). */
const MAX_FIELD_CELLS = 8;

export interface LineEvidence {
  /** OCR reading in the MRZ alphabet, as read. */
  ocrText: string;
  /** OCR characters in the line's cells, or null when they could not be aligned. */
  ocrCells: OcrCell[] | null;
  template: TemplateLineReading | null;
}

export interface MergedMrz {
  lines: string[];
  sources: MrzLineSource[];
  choices: MrzReaderChoice[];
}

interface Cell {
  line: number;
  col: number;
  /** The check-digited field covering the cell (the composite only when nothing else does), or `unchecked`. */
  field: string;
  preference: Preference;
}

export function isTrusted(t: TemplateLineReading | null): t is TemplateLineReading {
  return t !== null && t.meanScore >= TEMPLATE_TRUST;
}

function fieldOf(checks: readonly CheckedField[], line: number, col: number): string {
  const covers = (c: CheckedField): boolean => [...c.data, c.check].some((p) => p.line === line && p.col === col);
  return checks.find((c) => c.field !== 'composite' && covers(c))?.field ?? (checks.some(covers) ? 'composite' : 'unchecked');
}

/** The readings of each line in full: where the OCR has nothing for a cell, the template's character fills it. */
function fullReadings(evidence: readonly LineEvidence[]): { ocr: (string | null)[]; template: (string | null)[] } {
  return {
    ocr: evidence.map((ev) => (ev.ocrCells ? ev.ocrCells.map((c, i) => c.char || ev.template?.text[i] || '').join('') : null)),
    template: evidence.map((ev) => ev.template?.text ?? null),
  };
}

export function mergeReadings(evidence: readonly LineEvidence[]): MergedMrz {
  const read = fullReadings(evidence);
  const sources: MrzLineSource[] = evidence.map((ev, i) => ({
    line: i + 1,
    reader: read.ocr[i] && read.template[i] ? 'agreed' : 'ocr',
    ocr: ev.ocrText,
    template: ev.template?.text ?? null,
    templateScore: ev.template?.meanScore ?? null,
  }));
  // A line only one side could place in cells is that side's: the template's when trusted, else the OCR text
  // as read (line-length repair in correctMrz may still fix it).
  const base = evidence.map((ev, i) => {
    if (read.ocr[i] && read.template[i]) return read.ocr[i]!;
    if (read.template[i] && (isTrusted(ev.template) || !ev.ocrText)) {
      sources[i]!.reader = 'template';
      return read.template[i]!;
    }
    return read.ocr[i] ?? ev.ocrText;
  });
  const format = detectMrzFormat(base);
  const checks = format ? mrzFieldMap(format, base).checks : [];
  const alphabet = format ? positionAlphabet(format, base) : null;
  const cells: Cell[] = [];
  evidence.forEach((ev, line) => {
    const [a, b] = [read.ocr[line], read.template[line]];
    if (!a || !b) return;
    for (let col = 0; col < a.length; col++) {
      if (a[col] === b[col]) continue;
      const preference = preferredReader({ ocr: ev.ocrCells?.[col], template: ev.template, col, allowed: alphabet?.(line, col) ?? null });
      cells.push({ line, col, field: fieldOf(checks, line, col), preference });
    }
  });
  const take = (lines: readonly string[], chosen: ReadonlyMap<Cell, MrzReaderName>): string[] => {
    const rows = lines.map((l) => [...l]);
    for (const [c, reader] of chosen) rows[c.line]![c.col] = (reader === 'ocr' ? read.ocr : read.template)[c.line]![c.col]!;
    return rows.map((r) => r.join(''));
  };
  const validChecks = (lines: readonly string[]): number => checks.filter((c) => evaluateCheck(lines, c).valid).length;

  // Checked cells: the combination with the most valid check digits, then the most cells on their preferred side.
  const checked = cells.filter((c) => c.field !== 'unchecked');
  const score = (choice: ReadonlyMap<Cell, MrzReaderName>): number =>
    validChecks(take(base, choice)) * 1000 + checked.filter((c) => choice.get(c) === c.preference.reader).length;
  /** The best way to set `units` (each cell of a unit from the same reader), every other cell as in `given`. */
  const bestOf = (units: readonly Cell[][], given: ReadonlyMap<Cell, MrzReaderName>): { score: number; choice: Map<Cell, MrzReaderName> } => {
    let found = { score: -Infinity, choice: new Map(given) };
    for (let mask = 0; mask < 1 << units.length; mask++) {
      const choice = new Map(given);
      units.forEach((unit, i) => unit.forEach((c) => choice.set(c, (mask >> i) & 1 ? 'template' : 'ocr')));
      const value = score(choice);
      if (value > found.score) found = { score: value, choice };
    }
    return found;
  };
  let best: { score: number; choice: Map<Cell, MrzReaderName> };
  if (checked.length <= MAX_JOINT_CELLS) best = bestOf(checked.map((c) => [c]), new Map());
  else {
    // Too many cells to search jointly: each field's cells are searched jointly in turn, the others held (a check
    // digit proves its own field; only the composite ties them). Taking a field's cells all from one reader failed
    // where each reader misread one of them (a number's `J` read `]`, its `2` read `R` by the template).
    best = { score: -Infinity, choice: new Map(checked.map((c) => [c, c.preference.reader])) };
    for (let pass = 0; pass < 2; pass++) {
      for (const group of byField(checked)) best = bestOf(group.length <= MAX_FIELD_CELLS ? group.map((c) => [c]) : [group], best.choice);
    }
  }
  const chosenValid = validChecks(take(base, best.choice));
  const decisions = new Map<Cell, Preference>();
  for (const c of checked) {
    const reader = best.choice.get(c)!;
    // Decided by a check digit when taking the cell from the other reader would lose a valid check.
    const flipped = new Map(best.choice).set(c, reader === 'ocr' ? 'template' : 'ocr');
    decisions.set(c, { reader, reason: validChecks(take(base, flipped)) < chosenValid ? 'check-digit' : c.preference.reason });
  }
  for (const c of cells) if (c.field === 'unchecked') decisions.set(c, c.preference);

  const lines = take(base, new Map([...decisions].map(([c, d]) => [c, d.reader])));
  const choices = logChoices(decisions, read);
  for (const source of sources) {
    const readers = new Set(choices.filter((c) => c.line === source.line).map((c) => c.reader));
    if (readers.size > 0) source.reader = (readers.size > 1 ? 'mixed' : [...readers][0]!) satisfies MrzLineReader;
  }
  return { lines, sources, choices };
}

function byField(cells: readonly Cell[]): Cell[][] {
  const groups = new Map<string, Cell[]>();
  for (const c of cells) groups.set(c.field, [...(groups.get(c.field) ?? []), c]);
  return [...groups.values()];
}

/** One log entry per line, field, reader and reason, with the columns it covers. */
function logChoices(decisions: ReadonlyMap<Cell, Preference>, read: ReturnType<typeof fullReadings>): MrzReaderChoice[] {
  const entries = new Map<string, MrzReaderChoice>();
  for (const [c, d] of decisions) {
    const key = `${c.line}|${c.field === 'unchecked' ? `unchecked@${c.col}` : c.field}|${d.reader}|${d.reason}`;
    const entry = entries.get(key) ?? { line: c.line + 1, columns: [], field: c.field, reader: d.reader, ocr: '', template: '', reason: d.reason };
    entry.columns.push(c.col);
    entry.ocr += read.ocr[c.line]![c.col];
    entry.template += read.template[c.line]![c.col];
    entries.set(key, entry);
  }
  return [...entries.values()];
}
