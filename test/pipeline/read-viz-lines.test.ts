import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { VizComparison, VizLine } from '../../src/documents/passport/cross-check-viz.js';
import type { Quad } from '../../src/engines/ocr/geometry.js';
import type { OcrEngine } from '../../src/engines/ocr/ocr-engine.js';
import { readingOrder, readVizLines, settled } from '../../src/pipeline/read-viz-lines.js';

const image = { width: 100, height: 100, channels: 3 as const, data: new Uint8Array(100 * 100 * 3) };

/** A box at (x, y) of this height; its text is looked up by its top-left corner. */
function box(x: number, y: number, height: number): Quad {
  return [
    { x, y },
    { x: x + 40, y },
    { x: x + 40, y: y + height },
    { x, y: y + height },
  ];
}

/** An OCR engine that reads each quad as the text given for its top-left corner and counts what it recognised. */
function fakeOcr(texts: Map<string, string>): { ocr: OcrEngine; recognised: string[] } {
  const recognised: string[] = [];
  const ocr: OcrEngine = {
    detect: () => Promise.reject(new Error('not used')),
    readText: () => Promise.reject(new Error('not used')),
    release: () => Promise.resolve(),
    recognize: (_image, quads) => {
      const out = quads.map((q) => texts.get(`${q[0].x},${q[0].y}`) ?? '');
      recognised.push(...out);
      return Promise.resolve(out.map((text) => ({ text, confidence: 1, chars: [] })));
    },
  };
  return { ocr, recognised };
}

const comparison = (status: VizComparison['status'], mrz = 'X'): VizComparison => ({ field: 'sex', status, mrz, viz: '', line: null });

test('settled: every comparison passes or has no MRZ value to compare', () => {
  assert.equal(settled([comparison('pass'), comparison('skipped', '')]), true);
  assert.equal(settled([comparison('pass'), comparison('skipped')]), false);
  assert.equal(settled([comparison('mismatch')]), false);
});

test('reading order: rows top to bottom, a row left to right', () => {
  const line = (text: string, x: number, y: number): VizLine => ({ text, box: { x, y, width: 40, height: 10 } });
  const ordered = readingOrder([line('c', 0, 40), line('b', 50, 1), line('a', 0, 0)]);
  assert.deepEqual(ordered.map((l) => l.text), ['a', 'b', 'c']);
});

test('tall lines are read first and reading stops once the cross-check is settled', async () => {
  // Seven small captions and one tall value line: the value settles the check, the captions are never read.
  const texts = new Map<string, string>([['0,90', 'VALUE']]);
  const quads: Quad[] = [];
  for (let i = 0; i < 7; i++) {
    texts.set(`0,${i * 10}`, `caption ${i}`);
    quads.push(box(0, i * 10, 8));
  }
  quads.push(box(0, 90, 20));
  const { ocr, recognised } = fakeOcr(texts);
  const lines = await readVizLines(ocr, image, quads, (read) => [comparison(read.some((l) => l.text === 'VALUE') ? 'pass' : 'skipped')]);
  assert.equal(recognised[0], 'VALUE');
  assert.ok(recognised.length < quads.length, `read ${recognised.length} of ${quads.length}`);
  assert.ok(lines.some((l) => l.text === 'VALUE'));
});

test('an unsettled cross-check reads every line, in reading order, dropping empty readings', async () => {
  const texts = new Map<string, string>();
  const quads: Quad[] = [];
  for (let i = 0; i < 9; i++) {
    texts.set(`0,${i * 10}`, i === 4 ? '' : `line ${i}`);
    quads.push(box(0, i * 10, 8 + (i % 3)));
  }
  const { ocr, recognised } = fakeOcr(texts);
  const lines = await readVizLines(ocr, image, quads, () => [comparison('mismatch')]);
  assert.equal(recognised.length, 9);
  assert.deepEqual(
    lines.map((l) => l.text),
    [0, 1, 2, 3, 5, 6, 7, 8].map((i) => `line ${i}`),
  );
});
