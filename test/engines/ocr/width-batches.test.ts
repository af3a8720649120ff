import assert from 'node:assert/strict';
import { test } from 'node:test';
import { widthBatches } from '../../../src/engines/ocr/ctc-recognizer.js';

const crops = (...widths: number[]) => widths.map((width) => ({ pixels: { width } }));
const widths = (batches: Array<Array<{ pixels: { width: number } }>>) => batches.map((b) => b.map((c) => c.pixels.width));

test('lines of nearly one width share a pass; a wider one starts the next (padding costs as much as a line)', () => {
  assert.deepEqual(widths(widthBatches(crops(100, 110, 119, 130, 400, 420), 8, 1.2)), [[100, 110, 119], [130], [400, 420]]);
});

test('a pass holds at most `size` lines and about 2,560 px of padded width', () => {
  assert.deepEqual(widths(widthBatches(crops(50, 50, 50, 50, 50), 2, 1.2)), [[50, 50], [50, 50], [50]]);
  assert.deepEqual(widths(widthBatches(crops(900, 900, 900, 900), 8, 1.2)), [[900, 900], [900, 900]]);
  assert.deepEqual(widths(widthBatches(crops(3000), 8, 1.2)), [[3000]], 'a line wider than the bound still goes alone');
  assert.deepEqual(widthBatches([], 8, 1.2), []);
});
