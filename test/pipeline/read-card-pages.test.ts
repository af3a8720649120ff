import assert from 'node:assert/strict';
import test from 'node:test';
import { textAtEdge } from '../../src/pipeline/read-card-pages.js';
import { cardSide } from '../documents/cards/card-lines.js';

test('a cut whose words run to its edge is taken for an outline cut through the card; stray glyphs there are not', () => {
  const inside = cardSide('front', [
    ['REPUBLIC OF THE PHILIPPINES', 0.3, 0.05, 0.4, 0.05],
    ['SANTOS, JOCELYN CASTILLO', 0.28, 0.5, 0.45, 0.06],
  ]);
  assert.equal(textAtEdge(inside), false);
  const cutShort = cardSide('front', [...inside.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), ['Address', 0.25, 0.96, 0.07, 0.037]]);
  assert.equal(textAtEdge(cutShort), true);
  const stray = cardSide('front', [...inside.lines.map((l): [string, number, number, number, number] => [l.text, l.box.x, l.box.y, l.box.width, l.box.height]), ['5', 0.99, 0.5, 0.01, 0.02]]);
  assert.equal(textAtEdge(stray), false);
});
