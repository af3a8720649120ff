// Greedy CTC decoding of the PP-OCR recogniser output (PaddleOCR CTCLabelDecode): per time step the most
// probable class; runs of one class collapse to one character; class 0 is the CTC blank. Classes 1..n are the
// dictionary lines in order and class n+1 is the space (PaddleOCR use_space_char).

import { readFileSync } from 'node:fs';
import type { RecognizedText } from './ocr-engine.js';

export interface CtcDictionary {
  /** Index = class id; index 0 (blank) is ''. */
  classes: readonly string[];
}

export function loadCtcDictionary(path: string): CtcDictionary {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return { classes: ['', ...lines, ' '] };
}

export interface CtcRow {
  /** Probabilities, `steps × classes`, row-major. */
  probs: Float32Array;
  /** Offset of this line's first step in `probs`. */
  offset: number;
  /** Steps that cover the line's own pixels (steps over batch padding are not decoded). */
  steps: number;
  classCount: number;
}

export function ctcDecode(row: CtcRow, dictionary: CtcDictionary): RecognizedText {
  const { probs, offset, steps, classCount } = row;
  const chars: RecognizedText['chars'] = [];
  let prev = 0;
  let runStart = 0;
  let runSum = 0;
  // The space class is the dictionary's last (PaddleOCR use_space_char); its best probability since the last
  // emitted character is kept with the next one.
  const spaceClass = dictionary.classes.length - 1;
  let spaceMax = 0;
  const flush = (end: number): void => {
    if (prev === 0) return;
    const char = dictionary.classes[prev] ?? '';
    if (char === '') return;
    chars.push({ char, confidence: runSum / (end - runStart), x: Math.min(1, (runStart + end) / 2 / Math.max(1, steps)), spaceBefore: chars.length === 0 ? 0 : spaceMax });
    spaceMax = 0;
  };
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classCount;
    let best = 0;
    let bestP = probs[base]!;
    for (let c = 1; c < classCount; c++) {
      const p = probs[base + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== prev) {
      flush(t);
      prev = best;
      runStart = t;
      runSum = 0;
    }
    runSum += bestP;
    // After the flush: step t belongs to what follows the character just emitted.
    if (spaceClass < classCount) spaceMax = Math.max(spaceMax, probs[base + spaceClass]!);
  }
  flush(steps);
  const text = chars.map((c) => c.char).join('');
  const confidence = chars.length === 0 ? 0 : chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
  return { text, confidence, chars };
}
