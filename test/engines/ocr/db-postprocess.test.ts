import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DB_DEFAULTS, dbPostprocess } from '../../../src/engines/ocr/db-postprocess.js';
import { quadBounds } from '../../../src/engines/ocr/geometry.js';

function map(width: number, height: number, rects: Array<{ x: number; y: number; w: number; h: number; p: number }>): Float32Array {
  const out = new Float32Array(width * height).fill(0.05);
  for (const r of rects) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) out[y * width + x] = r.p;
  return out;
}

test('each text kernel becomes one box, grown by the unclip distance (area × 1.5 / perimeter)', () => {
  const prob = map(200, 100, [{ x: 20, y: 20, w: 100, h: 10, p: 0.9 }, { x: 30, y: 60, w: 60, h: 8, p: 0.8 }]);
  const boxes = dbPostprocess(prob, 200, 100).sort((a, b) => a.quad[0].y - b.quad[0].y);
  assert.equal(boxes.length, 2);
  const first = quadBounds(boxes[0]!.quad);
  const d = (100 * 10 * DB_DEFAULTS.unclipRatio) / (2 * (100 + 10));
  assert.ok(Math.abs(first.width - (100 + 2 * d)) < 0.01, `width ${first.width}`);
  assert.ok(Math.abs(first.height - (10 + 2 * d)) < 0.01, `height ${first.height}`);
  assert.ok(Math.abs(boxes[0]!.score - 0.9) < 1e-6);
});

test('weak regions (mean below box threshold) and tiny specks are dropped', () => {
  const prob = map(100, 60, [{ x: 10, y: 10, w: 50, h: 8, p: 0.45 }, { x: 10, y: 40, w: 2, h: 2, p: 0.95 }]);
  assert.deepEqual(dbPostprocess(prob, 100, 60), []);
});
