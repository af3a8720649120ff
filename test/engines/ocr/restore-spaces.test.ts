import assert from 'node:assert/strict';
import test from 'node:test';
import { restoreSpaces, inkGaps } from '../../../src/engines/ocr/restore-spaces.js';
import type { RecognizedText } from '../../../src/engines/ocr/ocr-engine.js';

/** A 40 px high line of dark 16 px "glyphs" 3 px apart, with a word gap of `gap` px before glyph `at`. */
function line(glyphs: number, at: number, gap: number): { image: { width: number; height: number; channels: 3; data: Uint8Array }; centres: number[] } {
  const height = 40;
  const starts: number[] = [];
  let x = 10;
  for (let i = 0; i < glyphs; i++) {
    if (i === at) x += gap;
    starts.push(x);
    x += 16 + 3;
  }
  const width = x + 10;
  const data = new Uint8Array(width * height * 3).fill(235);
  for (const start of starts) for (let y = 8; y < 32; y++) for (let dx = 0; dx < 16; dx++) data.fill(20, ((y * width + start + dx) * 3), ((y * width + start + dx) * 3) + 3);
  return { image: { width, height, channels: 3, data }, centres: starts.map((s) => (s + 8) / width) };
}

const quadOf = (width: number, height: number) => [{ x: 0, y: 0 }, { x: width, y: 0 }, { x: width, y: height }, { x: 0, y: height }] as const;

function reading(text: string, centres: number[]): RecognizedText {
  return { text, confidence: 0.99, chars: [...text].map((char, i) => ({ char, confidence: 0.99, x: centres[i]! })) };
}

test('a word gap in the ink puts back the space the recogniser swallowed', () => {
  const { image, centres } = line(6, 3, 14);
  assert.deepEqual(inkGaps(image, quadOf(image.width, image.height)).map((g) => Math.round(g.width * 1000) / 1000), [0.075, 0.075, 0.425, 0.075, 0.075]);
  assert.equal(restoreSpaces(reading('ABCDEF', centres), image, quadOf(image.width, image.height)).text, 'ABC DEF');
});

test('letter spacing is not a word gap; digits need a wider one; CJK never gets spaces', () => {
  const tight = line(6, 3, 0);
  assert.equal(restoreSpaces(reading('ABCDEF', tight.centres), tight.image, quadOf(tight.image.width, tight.image.height)).text, 'ABCDEF');
  const narrow = line(6, 3, 12);
  assert.equal(restoreSpaces(reading('123456', narrow.centres), narrow.image, quadOf(narrow.image.width, narrow.image.height)).text, '123456');
  const wide = line(6, 3, 22);
  assert.equal(restoreSpaces(reading('123456', wide.centres), wide.image, quadOf(wide.image.width, wide.image.height)).text, '123 456');
  assert.equal(restoreSpaces(reading('周天森李智能', wide.centres), wide.image, quadOf(wide.image.width, wide.image.height)).text, '周天森李智能');
});
