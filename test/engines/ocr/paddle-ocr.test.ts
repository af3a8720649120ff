import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { quadBounds, type Quad } from '../../../src/engines/ocr/geometry.js';
import type { OcrEngine } from '../../../src/engines/ocr/ocr-engine.js';
import { createPaddleOcr } from '../../../src/engines/ocr/paddle-ocr.js';
import type { PixelImage } from '../../../src/engines/ocr/pixel-image.js';
import { renderTextPage, toPixels, type TextLine } from './render-text.js';

const LINES: TextLine[] = [
  { text: 'Date of birth 12 MAR 1985', x: 40, y: 70, size: 30 },
  { text: 'Passport No. X1234567', x: 40, y: 140, size: 30 },
  { text: 'Place of issue BERLIN', x: 40, y: 210, size: 30 },
  { text: 'Holder signature', x: 520, y: 210, size: 30 },
];

/** The engine drops some spaces between words (engine-notes.md): compare without them. */
const squash = (s: string): string => s.replace(/\s+/g, '');

let ocr: OcrEngine;
let page: PixelImage;

before(async () => {
  ocr = await createPaddleOcr({ intraOpThreads: 2 });
  page = await toPixels(renderTextPage(900, 260, LINES));
});
after(async () => {
  await ocr.release();
});

test('detect finds one quad per line, where the line was drawn', async () => {
  const boxes = await ocr.detect(page);
  assert.equal(boxes.length, LINES.length);
  for (const line of LINES) {
    const hit = boxes.find((b) => {
      const r = quadBounds(b.quad);
      return r.x <= line.x + 5 && r.x + r.width > line.x + 100 && r.y < line.y && r.y + r.height > line.y - 15;
    });
    assert.ok(hit, `no box for "${line.text}"`);
    assert.ok(hit.score > 0.6);
  }
});

test('readText reads every line, in reading order, with per-character confidences', async () => {
  const lines = await ocr.readText(page);
  assert.deepEqual(lines.map((l) => squash(l.text)), LINES.map((l) => squash(l.text)));
  for (const l of lines) {
    assert.equal(l.chars.map((c) => c.char).join(''), l.text);
    assert.ok(l.chars.every((c) => c.confidence > 0.5 && c.confidence <= 1 && c.x >= 0 && c.x <= 1));
    assert.ok(l.chars.every((c, i) => i === 0 || c.x > l.chars[i - 1]!.x), 'positions increase along the line');
  }
});

test('recognize reads given quads in the order given, batching more lines than one pass holds', async () => {
  const boxes = (await ocr.detect(page)).map((b) => b.quad);
  const quads = [...boxes, ...boxes].reverse();
  const texts = await ocr.recognize(page, quads);
  assert.equal(texts.length, quads.length);
  const alone = await Promise.all(boxes.map(async (q) => (await ocr.recognize(page, [q]))[0]!.text));
  const expected = [...alone, ...alone].reverse();
  assert.deepEqual(texts.map((t) => t.text), expected, 'each result belongs to the quad at its index');
  assert.deepEqual(new Set(alone.map(squash)), new Set(LINES.map((l) => squash(l.text))));
});

test('a region limits detection; a small maxSide still finds large text', async () => {
  const region = { x: 0, y: 100, width: 900, height: 160 };
  const inRegion = await ocr.readText(page, { region });
  assert.deepEqual(inRegion.map((l) => squash(l.text)), LINES.slice(1).map((l) => squash(l.text)));
  const coarse = await ocr.detect(page, { maxSide: 480 });
  assert.equal(coarse.length, LINES.length);
});

test('rotated, blurred, JPEG-compressed grey text still reads', async () => {
  const degraded = await toPixels(renderTextPage(900, 260, LINES), { rotate: 4, blur: 0.8, jpegQuality: 50 });
  const grey: PixelImage = { width: degraded.width, height: degraded.height, channels: 1, data: new Uint8Array(degraded.width * degraded.height) };
  for (let i = 0; i < grey.data.length; i++) grey.data[i] = degraded.data[i * 3]!;
  const lines = await ocr.readText(grey);
  assert.deepEqual(lines.map((l) => squash(l.text)), LINES.map((l) => squash(l.text)));
});

test('an image without text yields nothing; a buffer too small for its size is a caller error', async () => {
  const blank: PixelImage = { width: 64, height: 64, channels: 3, data: new Uint8Array(64 * 64 * 3).fill(230) };
  assert.deepEqual(await ocr.readText(blank), []);
  await assert.rejects(ocr.detect({ width: 10, height: 10, channels: 3, data: new Uint8Array(5) }), RangeError);
});

test('a small image is enlarged for the detector: text a few pixels high is still found', async () => {
  // A 480×120 image whose line's capitals are about 4 px tall (a passport photographed at 480×360): at its own
  // size the detector finds nothing there.
  const tiny = await toPixels(renderTextPage(480, 120, [{ text: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<', x: 20, y: 60, size: 6 }]));
  const boxes = await ocr.detect(tiny);
  assert.equal(boxes.length, 1);
  const r = quadBounds(boxes[0]!.quad);
  assert.ok(r.x < 30 && r.x + r.width > 100 && r.y < 60 && r.y + r.height > 56, JSON.stringify(r));
  assert.equal((await ocr.detect(tiny, { maxSide: 480 })).length, 0, 'not enlarged (maxSide is its own size): nothing found');
});

test('a lone glyph read from a box that hugs it is read with paper round it (a sex `F` otherwise reads `B` or `E`)', async () => {
  const glyphs = await toPixels(renderTextPage(300, 120, [{ text: 'F', x: 60, y: 80, size: 22 }, { text: 'M', x: 200, y: 80, size: 22 }]));
  // The ink's own bounds, as the detector's box for a glyph it only just found.
  const inkBox = (from: number, to: number): Quad => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < glyphs.height; y++) {
      for (let x = from; x < to; x++) {
        if (glyphs.data[(y * glyphs.width + x) * 3]! < 120) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
      }
    }
    return [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }];
  };
  const read = await ocr.recognize(glyphs, [inkBox(0, 150), inkBox(150, 300)]);
  assert.deepEqual(read.map((r) => r.text), ['F', 'M']);
});
