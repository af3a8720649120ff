import assert from 'node:assert/strict';
import test from 'node:test';
import type { Quad as OcrQuad } from '../../src/engines/ocr/geometry.js';
import { carryBoxes, type Cut } from '../../src/pipeline/read-card-side.js';

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
