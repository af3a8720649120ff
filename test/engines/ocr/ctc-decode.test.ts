import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ctcDecode, type CtcDictionary } from '../../../src/engines/ocr/ctc-decode.js';

// Classes: 0 blank, 1 'A', 2 '<', 3 space (PaddleOCR appends the space after the dictionary).
const dictionary: CtcDictionary = { classes: ['', 'A', '<', ' '] };

/** One row per time step: the winning class gets `p`, the rest share the remainder. */
function probs(steps: Array<[number, number]>): Float32Array {
  const out = new Float32Array(steps.length * 4);
  steps.forEach(([cls, p], t) => {
    for (let c = 0; c < 4; c++) out[t * 4 + c] = c === cls ? p : (1 - p) / 3;
  });
  return out;
}

test('repeats collapse, blanks separate, confidences average over a run, positions are fractions of the line', () => {
  const row = probs([[1, 0.9], [1, 0.7], [0, 0.99], [2, 0.6], [0, 0.99], [2, 0.8], [3, 0.9], [1, 0.5]]);
  const result = ctcDecode({ probs: row, offset: 0, steps: 8, classCount: 4 }, dictionary);
  assert.equal(result.text, 'A<< A');
  assert.deepEqual(result.chars.map((c) => Number(c.confidence.toFixed(2))), [0.8, 0.6, 0.8, 0.9, 0.5]);
  assert.equal(result.chars[0]!.x, 1 / 8, 'run over steps 0–1 centres at 1/8');
  assert.equal(result.chars[4]!.x, 7.5 / 8);
  assert.ok(Math.abs(result.confidence - (0.8 + 0.6 + 0.8 + 0.9 + 0.5) / 5) < 1e-6);
});

test('steps beyond the line (batch padding) are not decoded; an all-blank row is empty', () => {
  const row = probs([[1, 0.9], [0, 0.9], [2, 0.9], [2, 0.9]]);
  assert.equal(ctcDecode({ probs: row, offset: 0, steps: 2, classCount: 4 }, dictionary).text, 'A');
  const blank = ctcDecode({ probs: probs([[0, 0.9], [0, 0.9]]), offset: 0, steps: 2, classCount: 4 }, dictionary);
  assert.deepEqual([blank.text, blank.confidence, blank.chars.length], ['', 0, 0]);
});

test("the space class's best probability between two characters travels with the second (restore-spaces.ts)", () => {
  // 'A', a blank step where the space class reaches 0.3 without winning, then '<'.
  const row = new Float32Array([0.05, 0.9, 0.025, 0.025, 0.6, 0.05, 0.05, 0.3, 0.05, 0.05, 0.85, 0.05]);
  const result = ctcDecode({ probs: row, offset: 0, steps: 3, classCount: 4 }, dictionary);
  assert.equal(result.text, 'A<');
  assert.equal(result.chars[0]!.spaceBefore, 0);
  assert.ok(Math.abs(result.chars[1]!.spaceBefore! - 0.3) < 1e-6);
});
