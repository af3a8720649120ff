// Corrections proven by check digits. A character changes only when a check digit proves it:
// for each check-digited field that fails, the smallest sets (one change, else two) of confusable substitutions
// inside the field and its check digit that make the check valid (and keep the field plausible) are candidates;
// where the format has a composite check digit, a choice of candidates (one per failing field, plus a
// misread composite digit) is accepted only if it is the single choice that also makes the composite valid.
// Anything ambiguous is left as read. Visas have no composite: a field's correction is accepted when it is
// the field's only minimal candidate.
//
// Two changes are searched only in numeric fields (dates), where a letter is itself proof that something is
// wrong. In alphanumeric fields (document number, personal number, optional data) every character as read is
// legal, so a pair of substitutions that happens to satisfy a mod-10 check digit is weak evidence: on the
// synthetic passport set, one digit misread as another digit inside a document number drew a wrong but
// "valid" correction in about 30 % of cases with pairs allowed and 10 % with single changes only, while the
// single-change limit lost no genuine letter-for-digit correction. Note also that the composite adds no
// evidence for the document number: its characters sit at the same weight phase (7, 3, 1) in both sums.

import { evaluateCheck, readPositions } from './evaluate-check.js';
import { confusableAlternatives } from './confusables.js';
import { Grid, minimalChangeSets, type Change, type Slot } from './change-sets.js';
import { mrzFieldMap, type CheckedField } from './field-map.js';
import { isPlausibleField } from './field-plausibility.js';
import type { Correction, MrzCheckField, MrzFormat } from './types.js';

/** Above this many combinations the choice is ambiguous by any measure; we stop rather than search. */
const MAX_COMBINATIONS = 4096;

interface Tagged {
  change: Change;
  field: MrzCheckField;
}

function maxChanges(cf: CheckedField): number {
  return cf.dataClass === 'numeric' ? 2 : 1;
}

function fieldSlots(cf: CheckedField): Slot[] {
  return [...cf.data.map((pos) => ({ pos, cls: cf.dataClass })), { pos: cf.check, cls: 'numeric' as const }];
}

function isSatisfied(grid: Grid, cf: CheckedField): boolean {
  const lines = grid.lines();
  return evaluateCheck(lines, cf).valid && isPlausibleField(cf.field, readPositions(lines, cf.data));
}

function toCorrection({ change, field }: Tagged): Correction {
  return {
    line: change.pos.line + 1,
    position: change.pos.col,
    from: change.from,
    to: change.to,
    reason: `check-digit:${field}`,
  };
}

function tag(changes: readonly Change[], field: MrzCheckField): Tagged[] {
  return changes.map((change) => ({ change, field }));
}

/** Cartesian product of per-field options, or null when it would exceed MAX_COMBINATIONS. */
function combinations(options: readonly Tagged[][][]): Tagged[][] | null {
  const size = options.reduce((acc, o) => acc * o.length, 1);
  if (size > MAX_COMBINATIONS) return null;
  return options.reduce<Tagged[][]>((acc, opts) => acc.flatMap((prefix) => opts.map((o) => [...prefix, ...o])), [[]]);
}

/** The composite digit's own options: a letter in its place can only be the digit it resembles. */
function compositeDigitOptions(grid: Grid, composite: CheckedField): Tagged[][] {
  const from = grid.get(composite.check);
  if (/^\d$/.test(from)) return [[]];
  const alternatives = confusableAlternatives(from, 'numeric');
  if (alternatives.length === 0) return [[]];
  return alternatives.map((to) => tag([{ pos: composite.check, from, to }], 'composite'));
}

function withComposite(grid: Grid, failing: CheckedField[], composite: CheckedField, compositeOnly: Slot[]): Tagged[] {
  const perField = failing.map((cf) => {
    const sets = minimalChangeSets(grid, fieldSlots(cf), () => isSatisfied(grid, cf), maxChanges(cf));
    return sets.length > 0 ? sets.map((s) => tag(s, cf.field)) : [[]];
  });
  const combos = combinations([...perField, compositeDigitOptions(grid, composite)]);
  if (!combos) return [];
  const compositeValid = (): boolean => evaluateCheck(grid.lines(), composite).valid;
  const accepted = combos.filter((combo) => grid.tryChanges(combo.map((t) => t.change), compositeValid));
  if (accepted.length === 1) return accepted[0]!;
  if (accepted.length === 0 && failing.length === 0) {
    // Every field checks out but the composite does not: the error lies in data only the composite covers.
    const sets = minimalChangeSets(grid, [...compositeOnly, { pos: composite.check, cls: 'numeric' }], compositeValid, 1);
    if (sets.length === 1) return tag(sets[0]!, 'composite');
  }
  return [];
}

function withoutComposite(grid: Grid, failing: CheckedField[]): Tagged[] {
  return failing.flatMap((cf) => {
    const sets = minimalChangeSets(grid, fieldSlots(cf), () => isSatisfied(grid, cf), maxChanges(cf));
    return sets.length === 1 ? tag(sets[0]!, cf.field) : [];
  });
}

/** Applies the corrections a check digit proves; returns the corrected lines and appends to `corrections`. */
export function correctCheckDigits(lines: string[], format: MrzFormat, corrections: Correction[]): string[] {
  const map = mrzFieldMap(format, lines);
  const grid = new Grid(lines);
  const composite = map.checks.find((cf) => cf.field === 'composite');
  const failing = map.checks.filter((cf) => cf.field !== 'composite' && !evaluateCheck(lines, cf).valid);
  const compositeOnly: Slot[] = map.compositeOnly.map((pos) => ({ pos, cls: 'alphanumeric' }));
  const compositeFails = composite !== undefined && !evaluateCheck(lines, composite).valid;
  if (failing.length === 0 && !compositeFails) return lines;
  const chosen = composite ? withComposite(grid, failing, composite, compositeOnly) : withoutComposite(grid, failing);
  for (const t of chosen) grid.set(t.change.pos, t.change.to);
  corrections.push(...chosen.map(toCorrection));
  return grid.lines();
}
