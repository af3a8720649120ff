import { emptyStructure } from '../../seed-shapes.js';
import type { StructureName } from '../../../verification/types.js';
import type { CardLine, CardSideText } from '../card-text.js';
import type { CardFields, FieldRegion } from '../card-template.js';

/**
 * Collects a template's fields as it reads them: every seed key starts `""` (D10) and each value is recorded
 * with the side and box it was read from, the evidence regions of later checks.
 */
export class FieldCollector {
  private readonly fields: Record<string, string>;
  private readonly regions: Partial<Record<string, FieldRegion>> = {};
  private readonly extra: Record<string, string> = {};

  constructor(structure: StructureName) {
    const empty = emptyStructure(structure);
    this.fields = Object.fromEntries(Object.entries(empty).map(([key, value]) => [key, typeof value === 'string' ? value : '']));
  }

  set(key: string, value: string | null | undefined, from?: { text: CardSideText; line: CardLine } | { text: CardSideText; lines: CardLine[] }): void {
    if (!(key in this.fields)) throw new RangeError(`${key} is not a key of this seed member`);
    if (value === null || value === undefined || value.trim() === '') return;
    this.fields[key] = value.trim();
    if (from === undefined) return;
    const lines = 'line' in from ? [from.line] : from.lines;
    if (lines.length === 0) return;
    const x = Math.min(...lines.map((l) => l.box.x));
    const y = Math.min(...lines.map((l) => l.box.y));
    const width = Math.max(...lines.map((l) => l.box.x + l.box.width)) - x;
    const height = Math.max(...lines.map((l) => l.box.y + l.box.height)) - y;
    this.regions[key] = { side: from.text.side, box: { x, y, width, height } };
  }

  get(key: string): string {
    return this.fields[key] ?? '';
  }

  /** A value the card prints that has no seed key (a native-script name): kept for the native detail (D18). */
  setExtra(key: string, value: string): void {
    if (value.trim() !== '') this.extra[key] = value.trim();
  }

  result(): CardFields {
    return { fields: { ...this.fields }, regions: { ...this.regions }, extra: { ...this.extra } };
  }
}

/** Collapses runs of spaces and trims; the recogniser sometimes doubles a space between boxes it joined. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
