// Search for the smallest sets of confusable-character substitutions that satisfy a predicate (a check digit).
// Sets of one change are tried first; sets of two only when no single change works and the caller allows two;
// never more than two, so that a correction is always a small, explainable step.

import { confusableAlternatives } from './confusables.js';
import type { CharClass, Pos } from './field-map.js';

export interface Change {
  pos: Pos;
  from: string;
  to: string;
}

export interface Slot {
  pos: Pos;
  cls: CharClass;
}

export const MAX_CHANGES = 2;

/** A mutable character grid of the MRZ lines, so candidates can be tried without copying strings. */
export class Grid {
  private readonly rows: string[][];

  constructor(lines: readonly string[]) {
    this.rows = lines.map((l) => [...l]);
  }

  get(p: Pos): string {
    return this.rows[p.line]?.[p.col] ?? '';
  }

  set(p: Pos, c: string): void {
    const row = this.rows[p.line];
    if (row && p.col < row.length) row[p.col] = c;
  }

  lines(): string[] {
    return this.rows.map((r) => r.join(''));
  }

  /** Applies `changes`, evaluates `test`, and restores the grid. */
  tryChanges(changes: readonly Change[], test: () => boolean): boolean {
    for (const ch of changes) this.set(ch.pos, ch.to);
    const ok = test();
    for (const ch of changes) this.set(ch.pos, ch.from);
    return ok;
  }
}

function singleChanges(grid: Grid, slot: Slot): Change[] {
  const from = grid.get(slot.pos);
  return confusableAlternatives(from, slot.cls).map((to) => ({ pos: slot.pos, from, to }));
}

/** Every minimal set (size 1, else size 2 when allowed) of substitutions over `slots` for which `accept` holds. */
export function minimalChangeSets(grid: Grid, slots: readonly Slot[], accept: () => boolean, maxChanges = MAX_CHANGES): Change[][] {
  const options = slots.map((s) => singleChanges(grid, s));
  const found: Change[][] = [];
  for (const opts of options) {
    for (const ch of opts) if (grid.tryChanges([ch], accept)) found.push([ch]);
  }
  if (found.length > 0 || Math.min(maxChanges, MAX_CHANGES) < 2) return found;
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      for (const a of options[i]!) {
        for (const b of options[j]!) if (grid.tryChanges([a, b], accept)) found.push([a, b]);
      }
    }
  }
  return found;
}
