import assert from 'node:assert/strict';
import test from 'node:test';
import type { Quad } from '../../src/engines/ocr/geometry.js';
import { directionGroups, groupQuad } from '../../src/pipeline/text-cluster-cut.js';

/** A text line box of `length` × `height` centred at (cx, cy), its long side at `angle` (radians). */
function line(cx: number, cy: number, length: number, height: number, angle: number): Quad {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const at = (u: number, v: number) => ({ x: cx + u * c - v * s, y: cy + u * s + v * c });
  return [at(-length / 2, -height / 2), at(length / 2, -height / 2), at(length / 2, height / 2), at(-length / 2, height / 2)];
}

test('lines group by direction, largest group first; short boxes have no direction', () => {
  const sheet = Array.from({ length: 8 }, (_, i) => line(300, 100 + i * 40, 400, 20, 0.01 * (i % 3)));
  const card = Array.from({ length: 5 }, (_, i) => line(800 + i * 30, 400, 200, 18, Math.PI / 2 + 0.02));
  const dots = [line(50, 50, 20, 18, 0.7)];
  const groups = directionGroups([...sheet, ...card, ...dots]);
  assert.equal(groups.length, 2);
  assert.equal(groups[0]!.lines.length, 8);
  assert.equal(groups[1]!.lines.length, 5);
  assert.ok(Math.abs(groups[1]!.angle - Math.PI / 2) < 0.1);
});

test('a group is cut along its own direction with margins round its text', () => {
  // Five lines running down the page (a card turned a quarter): the cut's top edge runs down too.
  const card = Array.from({ length: 5 }, (_, i) => line(800 + i * 30, 400, 200, 18, Math.PI / 2));
  const { corners, width, height } = groupQuad(card, Math.PI / 2);
  assert.ok(width > 200 && width < 260, `along the text: ${width}`);
  assert.ok(height > 138 && height < 200, `across the lines: ${height}`);
  const [tl, tr] = corners;
  assert.ok(Math.abs(tr![0] - tl![0]) < 1e-6 && tr![1] > tl![1], 'the top edge follows the text downwards');
});
