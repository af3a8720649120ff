// ICAO filler rule for the name field, which has no check digit (ICAO 9303 part 3 §4.6): the primary and
// secondary identifiers are separated by `<<`, components inside each by a single `<`, and the rest of the
// field is filler. So once the secondary identifier has ended (the next `<<` after the separator, or at once
// when it is empty), everything up to the end of the line is filler. OCR often reads some of that filler as
// K, C, E or L. In that zone, when it is mostly `<` and every other character is one of those lookalikes
// standing alone, they are set back to `<`. Anything else in the zone (a real letter run) is left alone.

import { FILLER_LOOKALIKES } from './confusables.js';
import { MRZ_LAYOUTS } from './layouts.js';
import type { Correction, MrzFormat } from './types.js';

/** Share of the filler zone that must already read as `<` for the rule to apply. */
const MIN_FILLER_SHARE = 0.6;

/** Start (within the name field) of the zone that ICAO reserves for filler, or -1 when none can be told. */
function fillerZoneStart(field: string): number {
  const separator = field.indexOf('<<');
  if (separator <= 0) return -1;
  const secondary = separator + 2;
  if (field.charAt(secondary) === '<') return secondary;
  return field.indexOf('<<', secondary);
}

function isCleanable(zone: string): boolean {
  const fillers = [...zone].filter((c) => c === '<').length;
  if (zone.length === 0 || fillers === zone.length || fillers / zone.length < MIN_FILLER_SHARE) return false;
  return [...zone].every((c, i) => {
    if (c === '<') return true;
    const isolated = (zone[i - 1] ?? '<') === '<' && (zone[i + 1] ?? '<') === '<';
    return FILLER_LOOKALIKES.has(c) && isolated;
  });
}

/** Applies the filler rule to the name line; returns the lines and appends each change to `corrections`. */
export function applyFillerRule(lines: string[], format: MrzFormat, corrections: Correction[]): string[] {
  const { nameLine, nameStart } = MRZ_LAYOUTS[format];
  const line = lines[nameLine];
  if (line === undefined) return lines;
  const field = line.slice(nameStart);
  const zoneStart = fillerZoneStart(field);
  if (zoneStart < 0 || !isCleanable(field.slice(zoneStart))) return lines;
  const chars = [...line];
  for (let col = nameStart + zoneStart; col < chars.length; col++) {
    const from = chars[col]!;
    if (from === '<') continue;
    chars[col] = '<';
    corrections.push({ line: nameLine + 1, position: col, from, to: '<', reason: 'filler-rule' });
  }
  return lines.map((l, i) => (i === nameLine ? chars.join('') : l));
}
