// Fixed line lengths (ICAO 9303 parts 4–7: 30, 36 or 44 characters). A line of the wrong length is repaired
// only where the difference is clearly filler:
// - the name line (no check digit): trailing `<` beyond the length are dropped, and a line that ends in filler
//   is padded with `<` (the name field is left-aligned and filled to the end);
// - a data line: `<` are inserted into, or removed from, one run of fillers (or the end of the line), and the
//   repair is kept only when it is the single such repair after which every check digit touching that line
//   is valid.
// Differences of more than MAX_LENGTH_FIX characters are left alone.

import { evaluateCheck } from './evaluate-check.js';
import { mrzFieldMap } from './field-map.js';
import { MRZ_LAYOUTS } from './layouts.js';
import type { Correction, MrzFormat } from './types.js';

const MAX_LENGTH_FIX = 3;

interface Repair {
  line: string;
  corrections: Correction[];
}

function fillerRuns(line: string): Array<{ start: number; length: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  for (const m of line.matchAll(/<+/g)) runs.push({ start: m.index, length: m[0].length });
  return runs;
}

function insertAt(line: string, lineNo: number, at: number, count: number): Repair {
  const corrections = Array.from({ length: count }, (_, i): Correction => ({ line: lineNo, position: at + i, from: '', to: '<', reason: 'line-length' }));
  return { line: line.slice(0, at) + '<'.repeat(count) + line.slice(at), corrections };
}

function removeAt(line: string, lineNo: number, at: number, count: number): Repair {
  const corrections = Array.from({ length: count }, (_, i): Correction => ({ line: lineNo, position: at + i, from: '<', to: '', reason: 'line-length' }));
  return { line: line.slice(0, at) + line.slice(at + count), corrections };
}

function nameLineRepair(line: string, lineNo: number, length: number): Repair | null {
  if (line.length > length && /^<+$/.test(line.slice(length))) return removeAt(line, lineNo, length, line.length - length);
  if (line.length < length && line.endsWith('<')) return insertAt(line, lineNo, line.length, length - line.length);
  return null;
}

function dataLineRepairs(line: string, lineNo: number, length: number): Repair[] {
  const diff = length - line.length;
  const candidates =
    diff > 0
      ? [...fillerRuns(line).map((r) => insertAt(line, lineNo, r.start, diff)), insertAt(line, lineNo, line.length, diff)]
      : fillerRuns(line).filter((r) => r.length >= -diff).map((r) => removeAt(line, lineNo, r.start, -diff));
  const unique = new Map<string, Repair>();
  for (const c of candidates) if (!unique.has(c.line)) unique.set(c.line, c);
  return [...unique.values()];
}

function checksOnLineValid(lines: string[], format: MrzFormat, index: number): boolean {
  const touching = mrzFieldMap(format, lines).checks.filter((cf) => [...cf.data, cf.check].some((p) => p.line === index));
  return touching.length > 0 && touching.every((cf) => evaluateCheck(lines, cf).valid);
}

/** Repairs line lengths where the repair is clearly filler; appends each inserted or removed `<`. */
export function normaliseLineLengths(lines: string[], format: MrzFormat, corrections: Correction[]): string[] {
  const { lineLength, nameLine } = MRZ_LAYOUTS[format];
  const current = [...lines];
  for (let index = 0; index < current.length; index++) {
    const line = current[index]!;
    const diff = Math.abs(line.length - lineLength);
    if (diff === 0 || diff > MAX_LENGTH_FIX) continue;
    const lineNo = index + 1;
    const withLine = (replacement: string): string[] => current.map((l, i) => (i === index ? replacement : l));
    const repairs =
      index === nameLine
        ? [nameLineRepair(line, lineNo, lineLength)].filter((r): r is Repair => r !== null)
        : dataLineRepairs(line, lineNo, lineLength).filter((r) => checksOnLineValid(withLine(r.line), format, index));
    if (repairs.length !== 1) continue;
    current[index] = repairs[0]!.line;
    corrections.push(...repairs[0]!.corrections);
  }
  return current;
}
