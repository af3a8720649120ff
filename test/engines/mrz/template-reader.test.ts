import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { flattenIllumination } from '../../../src/engines/mrz/flatten-illumination.js';
import type { GreyImage } from '../../../src/engines/mrz/ink-band.js';
import { MRZ_CHARACTERS, renderOcrbTemplates, type GlyphTemplates } from '../../../src/engines/mrz/ocrb-templates.js';
import { constrainReading, readLineWithTemplates } from '../../../src/engines/mrz/template-reader.js';
import sharp from 'sharp';
import { TEST_SANS, registerTestSans } from '../ocr/render-text.js';
import { renderMrzPage } from './render-mrz.js';

const LINE = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
let templates: GlyphTemplates;

before(() => {
  templates = renderOcrbTemplates();
  registerTestSans();
});

/** A grey crop of one MRZ line (the second of a TD3 zone, pitch 20 px) cut from a rendered page, optionally blurred. */
async function lineCrop(font?: string, blur = 0): Promise<GreyImage> {
  const { png, zoneLeft, baselines } = renderMrzPage(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', LINE], { pitch: 20, font });
  // Glyphs stand about 21 px above the baseline; the crop keeps 8 px of paper above and below.
  let img = sharp(png).extract({ left: zoneLeft - 20, top: baselines[1]! - 29, width: 44 * 20 + 40, height: 37 });
  if (blur > 0) img = sharp(await img.png().toBuffer()).blur(blur);
  const { data, info } = await img.grayscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

test('the alphabet renders as 37 sparse templates whose mean and spread describe the whole cell', () => {
  assert.equal(templates.glyphs.length, MRZ_CHARACTERS.length);
  assert.equal(templates.bodyHeight, 24);
  const n = templates.cellWidth * templates.cellHeight;
  for (const g of templates.glyphs) {
    const dense = new Float32Array(n);
    g.cells.forEach((cell, k) => (dense[cell] = g.ink[k]!));
    const mean = dense.reduce((s, v) => s + v, 0) / n;
    assert.ok(Math.abs(mean - g.mean) < 1e-6);
    assert.ok(Math.abs(Math.sqrt(dense.reduce((s, v) => s + (v - mean) ** 2, 0)) - g.spread) < 1e-3);
    assert.ok(g.cells.length > 0.05 * n && g.cells.length < 0.5 * n, `ink share ${g.cells.length / n}`);
  }
});

test('an OCR-B line is read exactly, with clear cells and cell centres one pitch apart', async () => {
  const reading = readLineWithTemplates(await lineCrop(), 44, templates);
  assert.ok(reading);
  assert.equal(reading.text, LINE);
  assert.ok(reading.meanScore > 0.9, `mean ${reading.meanScore}`);
  assert.ok(reading.margins.every((m) => m > 0.05));
  const steps = reading.cellCentres.slice(1).map((c, i) => c - reading.cellCentres[i]!);
  assert.ok(steps.every((s) => Math.abs(s - 20) < 2), `pitches ${steps.map((s) => s.toFixed(1)).join(',')}`);
  assert.ok(Math.abs(reading.charHeight - 20 * (0.77 / 0.723)) < 2, `char height ${reading.charHeight}`);
});

test('a blurred line still reads exactly', async () => {
  assert.equal(readLineWithTemplates(await lineCrop(undefined, 1.2), 44, templates)?.text, LINE);
});

test('a line in another font correlates clearly worse: it is not OCR-B', async () => {
  const reading = readLineWithTemplates(await lineCrop(TEST_SANS), 44, templates);
  assert.ok(reading);
  assert.ok(reading.meanScore < 0.88, `mean ${reading.meanScore}`);
  assert.notEqual(reading.text, LINE);
});

test('decoding under a field alphabet picks the best allowed glyph', async () => {
  const reading = readLineWithTemplates(await lineCrop(), 44, templates)!;
  const lettersOnly = constrainReading(reading, () => /^[A-Z<]$/);
  assert.match(lettersOnly.text, /^[A-Z<]{44}$/);
  assert.equal(lettersOnly.text.slice(10, 13), 'UTO');
  assert.equal(constrainReading(reading, () => /^[A-Z0-9<]$/).text, LINE);
});

test('uneven lighting is flattened: a dark shadow over half the line no longer reads as ink', () => {
  const canvas = createCanvas(200, 40);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#e0e0e0';
  ctx.fillRect(0, 0, 200, 40);
  ctx.fillStyle = '#707070';
  ctx.fillRect(100, 0, 100, 40);
  ctx.fillStyle = '#101010';
  ctx.fillRect(40, 10, 4, 20);
  ctx.fillRect(150, 10, 4, 20);
  const rgba = ctx.getImageData(0, 0, 200, 40).data;
  const grey = Uint8Array.from({ length: 200 * 40 }, (_, i) => rgba[i * 4]!);
  const flat = flattenIllumination({ width: 200, height: 40, data: grey }, 5);
  const at = (x: number, y: number): number => flat.data[y * 200 + x]!;
  assert.ok(at(20, 20) > 240 && at(170, 20) > 240, 'paper is white on both sides of the shadow edge');
  assert.ok(at(41, 20) < 60 && at(151, 20) < 60, 'strokes stay dark');
});
