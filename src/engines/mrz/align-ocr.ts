// Puts the OCR's characters of one MRZ line into the line's fixed cells. PP-OCR often miscounts long filler
// runs (`<<<<<<`) and sometimes drops or adds a character elsewhere, so a reading of the right length may still be
// shifted in places. With a template reading trusted for the line, the OCR string is aligned to it by edit
// distance (insertions dropped, deletions left as empty cells ''); otherwise a reading of the right length maps
// one to one, and one of another length goes by position: each character to the cell nearest its place along the
// line (cells measured by the template reader), the more confident one kept where two land in one cell.

import type { RecognizedChar } from '../ocr/ocr-engine.js';
import { toMrzAlphabet } from './mrz-alphabet.js';

export interface OcrCell {
  char: string;
  confidence: number;
}

export interface CellGuide {
  /** The template reader's characters, one per cell. */
  text: string;
  /** Cell centres as fractions (0–1) of the span the OCR's positions are measured on. */
  centres: readonly number[];
  /** Whether the template reading is good enough to align the OCR against its characters. */
  trusted: boolean;
}

/** OCR characters mapped to the MRZ alphabet one by one, keeping confidence and position. */
export function mrzChars(chars: readonly RecognizedChar[]): RecognizedChar[] {
  return chars.flatMap((c) => [...toMrzAlphabet(c.char)].map((char) => ({ ...c, char })));
}

const empty = (): OcrCell => ({ char: '', confidence: 0 });

/** Needleman–Wunsch alignment of the OCR characters to the cells' characters (unit costs). */
function alignByText(chars: readonly RecognizedChar[], text: string): OcrCell[] {
  const n = chars.length;
  const m = text.length;
  const cost = Array.from({ length: n + 1 }, (_, i) => Float64Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diagonal = cost[i - 1]![j - 1]! + (chars[i - 1]!.char === text[j - 1] ? 0 : 1);
      cost[i]![j] = Math.min(diagonal, cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1);
    }
  }
  const cells: OcrCell[] = Array.from({ length: m }, empty);
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = cost[i]![j]!;
    if (here === cost[i - 1]![j - 1]! + (chars[i - 1]!.char === text[j - 1] ? 0 : 1)) {
      cells[j - 1] = { char: chars[i - 1]!.char, confidence: chars[i - 1]!.confidence };
      i--;
      j--;
    } else if (here === cost[i - 1]![j]! + 1) {
      i--;
    } else {
      j--;
    }
  }
  return cells;
}

function alignByPosition(chars: readonly RecognizedChar[], centres: readonly number[]): OcrCell[] {
  const cells: OcrCell[] = centres.map(empty);
  for (const c of chars) {
    let nearest = 0;
    for (let i = 1; i < centres.length; i++) if (Math.abs(centres[i]! - c.x) < Math.abs(centres[nearest]! - c.x)) nearest = i;
    if (c.confidence > cells[nearest]!.confidence) cells[nearest] = { char: c.char, confidence: c.confidence };
  }
  return cells;
}

/** Cells of a line of `length` characters, or null when the OCR cannot be placed (wrong length, no guide). */
export function alignOcr(chars: readonly RecognizedChar[], length: number, guide: CellGuide | null): OcrCell[] | null {
  if (guide && guide.trusted && guide.text.length === length) return alignByText(chars, guide.text);
  if (chars.length === length) return chars.map((c) => ({ char: c.char, confidence: c.confidence }));
  if (!guide || guide.centres.length !== length) return null;
  return alignByPosition(chars, guide.centres);
}
