// Template readings of every line of a zone at the format's line length (ICAO 9303: TD1 30, TD2/MRV-B 36,
// TD3/MRV-A 44 characters). Three lines are TD1. For two lines the OCR's longest reading suggests 36 or 44, but
// the OCR drops characters from long filler runs, so when the template cells correlate poorly at that length the
// other one is tried too and the better-matching length kept: at the wrong length the cells fall between glyphs.
// The readings are then decoded under the field alphabets of the format (letters in names, digits in dates).

import { detectMrzFormat, MRZ_LAYOUTS } from '../../documents/mrz/index.js';
import { positionAlphabet } from './field-alphabet.js';
import type { LineCrop } from './line-crop.js';
import { TEMPLATE_TRUST } from './merge-readings.js';
import { toMrzAlphabet } from './mrz-alphabet.js';
import type { GlyphTemplates } from './ocrb-templates.js';
import { constrainReading, readLineWithTemplates, type TemplateLineReading } from './template-reader.js';

export interface ZoneTemplateReading {
  length: number;
  lines: (TemplateLineReading | null)[];
}

/** The line length the OCR's readings point to; the longest reading decides, as readings lose characters. */
export function ocrLineLength(texts: readonly string[]): number {
  if (texts.length === 3) return MRZ_LAYOUTS.TD1.lineLength;
  const longest = Math.max(...texts.map((t) => toMrzAlphabet(t).length));
  return Math.abs(longest - MRZ_LAYOUTS.TD3.lineLength) <= Math.abs(longest - MRZ_LAYOUTS.TD2.lineLength)
    ? MRZ_LAYOUTS.TD3.lineLength
    : MRZ_LAYOUTS.TD2.lineLength;
}

function meanScore(lines: readonly (TemplateLineReading | null)[]): number {
  return lines.reduce((s, l) => s + (l?.meanScore ?? 0), 0) / Math.max(1, lines.length);
}

/** Each line re-decoded under its format's field alphabets, once the lengths tell the format. */
function underFieldAlphabets(lines: (TemplateLineReading | null)[]): (TemplateLineReading | null)[] {
  const texts = lines.map((l) => l?.text ?? '');
  const format = detectMrzFormat(texts);
  if (!format) return lines;
  const allowed = positionAlphabet(format, texts);
  return lines.map((l, line) => l && constrainReading(l, (col) => allowed(line, col)));
}

export function readZoneTemplates(crops: readonly LineCrop[], texts: readonly string[], templates: GlyphTemplates | null): ZoneTemplateReading {
  const first = ocrLineLength(texts);
  const readAt = (length: number): (TemplateLineReading | null)[] =>
    crops.map((c) => (templates ? readLineWithTemplates(c.image, length, templates, { from: c.from, to: c.to }) : null));
  let chosen = { length: first, lines: readAt(first) };
  if (templates && crops.length === 2 && meanScore(chosen.lines) < TEMPLATE_TRUST) {
    const other = first === MRZ_LAYOUTS.TD3.lineLength ? MRZ_LAYOUTS.TD2.lineLength : MRZ_LAYOUTS.TD3.lineLength;
    const atOther = readAt(other);
    if (meanScore(atOther) > meanScore(chosen.lines)) chosen = { length: other, lines: atOther };
  }
  return { length: chosen.length, lines: underFieldAlphabets(chosen.lines) };
}
