// Cleans OCR'd MRZ lines (already mapped to the MRZ alphabet) in three steps, logging every changed character:
// 1. line lengths repaired where the difference is clearly filler (line-length.ts);
// 2. the name field's filler zone cleaned by the ICAO filler rule (filler-rule.ts);
// 3. characters corrected only where a check digit proves them (check-digit-corrections.ts).
// Whitespace is removed and letters are upper-cased first; those are not MRZ characters and are not logged.

import { correctCheckDigits } from './check-digit-corrections.js';
import { applyFillerRule } from './filler-rule.js';
import { detectMrzFormat, guessMrzFormat } from './layouts.js';
import { normaliseLineLengths } from './line-length.js';
import { parseMrz } from './parse-mrz.js';
import type { Correction, MrzParseResult, ParseOptions } from './types.js';

export interface MrzCorrectionResult {
  lines: string[];
  corrections: Correction[];
  parse: MrzParseResult;
}

export function correctMrz(lines: string[], options: ParseOptions = {}): MrzCorrectionResult {
  const corrections: Correction[] = [];
  let current = lines.map((l) => l.replace(/\s+/g, '').toUpperCase()).filter((l) => l.length > 0);
  const guessed = guessMrzFormat(current);
  if (guessed) {
    current = normaliseLineLengths(current, guessed, corrections);
    const format = detectMrzFormat(current);
    if (format) {
      current = applyFillerRule(current, format, corrections);
      current = correctCheckDigits(current, format, corrections);
    }
  }
  return { lines: current, corrections, parse: parseMrz(current, options) };
}
