import assert from 'node:assert/strict';
import test from 'node:test';
import type { Quad as OcrQuad } from '../../src/engines/ocr/geometry.js';
import type { Engines } from '../../src/engines/engines.js';
import type { RecognizedText } from '../../src/engines/ocr/ocr-engine.js';
import { carryBoxes, rereadDoubtful, type Cut } from '../../src/pipeline/read-card-side.js';

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

test('boxes carried onto a quarter-turned cut land on the same text, listed from their new top-left', () => {
  // A 630×1000 cut of a card lying on its side: a line of text runs down it at x 100–130, y 200–600.
  const upright: Cut = { quad: [[0, 0], [630, 0], [630, 1000], [0, 1000]], size: { width: 630, height: 1000 } };
  const line: OcrQuad = [{ x: 100, y: 200 }, { x: 130, y: 200 }, { x: 130, y: 600 }, { x: 100, y: 600 }];
  // The same region cut a quarter turn on (corners one place on: its left side becomes the top), as cardShaped does.
  const [a, b, c, d] = upright.quad;
  const turned: Cut = { quad: [d, a, b, c], size: { width: 1000, height: 630 } };
  const [carried] = carryBoxes([line], upright, turned);
  assert.ok(carried !== undefined);
  // Source (x, y) lies at (1000 − y, x) on the turned cut: the line now runs across, x 400–800, y 100–130.
  const xs = carried.map((p) => p.x);
  const ys = carried.map((p) => p.y);
  assert.ok(close(Math.min(...xs), 400) && close(Math.max(...xs), 800), `x ${xs}`);
  assert.ok(close(Math.min(...ys), 100) && close(Math.max(...ys), 130), `y ${ys}`);
  // Ordered as the detector orders its own boxes: top-left first, clockwise, so its first edge runs along the text.
  assert.ok(close(carried[0].x, 400) && close(carried[0].y, 100));
  assert.ok(close(carried[1].x, 800) && close(carried[1].y, 100));
});

test('boxes carried onto a cut of a different size scale with it', () => {
  const page: Cut = { quad: [[10, 20], [1260, 20], [1260, 900], [10, 900]], size: { width: 1250, height: 880 } };
  const card: Cut = { quad: page.quad, size: { width: 1000, height: 630 } };
  const [carried] = carryBoxes([[{ x: 125, y: 88 }, { x: 625, y: 88 }, { x: 625, y: 176 }, { x: 125, y: 176 }]], page, card);
  assert.ok(carried !== undefined);
  assert.ok(close(carried[0].x, 100) && close(carried[0].y, 63));
  assert.ok(close(carried[2].x, 500) && close(carried[2].y, 126));
});

// Re-reading lines wider (rereadDoubtful), with an engine that answers each line as a recogniser would at 1.25×.
const reading = (text: string, confidence: number): RecognizedText => ({
  text,
  confidence,
  chars: [...text].map((char, i) => ({ char, confidence, x: (i + 0.5) / text.length })),
});
const box = (y: number, width: number, height: number): OcrQuad => [{ x: 10, y }, { x: 10 + width, y }, { x: 10 + width, y: y + height }, { x: 10, y: y + height }];
// 44 glyphs in a box 24 heights long: 6 × 24 / 44 ≈ 3.3 recogniser steps a glyph, cramped.
const address = box(10, 576, 24);
const wrongWider = box(40, 576, 24);
const notice = box(70, 576, 24);
// 13 glyphs in a box 12 heights long: 5.5 steps a glyph, room enough.
const roomy = box(100, 288, 24);
// An LTO address (studio, seed session8-fresh, #1): 43 glyphs in a box 590 × 23, about 3.6 steps a glyph, read
// `ACAIA` for `ACACIA` at 0.925.
const acacia = box(130, 590, 23);
const narrow = new Map<OcrQuad, RecognizedText>([
  [address, reading('179MABINIT.BRGY.SANANTONIO,ILOILOCITY,ILOILO', 0.95)],
  [wrongWider, reading('299RIZALST.BRGY.SANJOSE,CALAMBACITY,LAGUNA', 0.93)],
  [notice, reading('4.If found,please return to the nearest office', 0.95)],
  [roomy, reading('REYES, PAOLO A', 0.96)],
  [acacia, reading('980ACAIALANEBRGY.BAGONGSILANG,CEBUCITY,CEBU', 0.925)],
]);
const wide = new Map<OcrQuad, RecognizedText>([
  [address, reading('179MABINIST.BRGY.SANANTONIO,ILOILOCITY,ILOILO', 0.95)],
  // One glyph read differently and a space added, more confidently: no glyph given back.
  [wrongWider, reading('299RIZALST.BRGY.SANJOSE,CALAMEA CITY,LAGUNA', 0.97)],
  [notice, reading('4.If found, please return to the nearest BIR office', 0.99)],
  [roomy, reading('REYES, PAOLO AQ', 0.99)],
  [acacia, reading('980ACACIALANEBRGY.BAGONGSILANG,CEBUCITY,CEBU', 0.93)],
]);
const asked: OcrQuad[] = [];
const engines = {
  ocr: {
    recognize: async (_image: unknown, quads: readonly OcrQuad[], options: { stretch?: number } = {}) => {
      assert.ok((options.stretch ?? 1) > 1, 'only wider re-reads come here');
      asked.push(...quads);
      return quads.map((q) => wide.get(q)!);
    },
  },
} as unknown as Engines;
const page = { width: 1000, height: 630, data: Buffer.alloc(1000 * 630 * 3) };

test('a confident but cramped line of capitals is read wider, and kept where that gives back a dropped glyph', async () => {
  const known = new Map(narrow);
  await rereadDoubtful(engines, page, [address, wrongWider, notice, roomy, acacia], known);
  assert.deepEqual(new Set(asked), new Set([address, wrongWider, acacia]));
  assert.equal(known.get(address)!.text, '179MABINIST.BRGY.SANANTONIO,ILOILOCITY,ILOILO');
  assert.equal(known.get(acacia)!.text, '980ACACIALANEBRGY.BAGONGSILANG,CEBUCITY,CEBU');
  // Read wider, but a glyph changed rather than given back: the first reading stands.
  assert.equal(known.get(wrongWider)!.text, '299RIZALST.BRGY.SANJOSE,CALAMBACITY,LAGUNA');
  // A mixed-case notice and a roomy line are not read again.
  assert.equal(known.get(notice)!.text, '4.If found,please return to the nearest office');
  assert.equal(known.get(roomy)!.text, 'REYES, PAOLO A');
});
