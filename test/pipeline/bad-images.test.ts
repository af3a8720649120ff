import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { createEngines, type Engines } from '../../src/engines/engines.js';
import { loadPolicy } from '../../src/pipeline/load-policy.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import type { VerificationOutcome } from '../../src/verification/types.js';
import { submitted } from './test-images.js';

// Issue 3 "no crash and no hang on bad images": each gets a clear result. Models load once for the file.
const policy = loadPolicy();
let engines: Engines;
before(async () => {
  engines = await createEngines({ maxInputPixels: 8000 * 8000 });
});
after(async () => {
  await engines.ocr.release();
});

async function verify(bytes: Buffer, format: 'jpeg' | 'png'): Promise<VerificationOutcome> {
  return runPipeline({ images: [submitted(bytes, { format })], requestedNationality: 'AUTO', requestedCardType: 'AUTO' }, { engines, policy });
}

function noise(width: number, height: number, channels: 3 | 4 = 3): Buffer {
  const data = Buffer.alloc(width * height * channels);
  let state = 12345;
  for (let i = 0; i < data.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    data[i] = state >>> 24;
  }
  return data;
}

function assertNoDocument(outcome: VerificationOutcome): void {
  assert.equal(outcome.verdict, 'rejected');
  assert.ok(outcome.warnings.includes('DocumentNotFound'), outcome.warnings.join(','));
  assert.equal(outcome.structure, null);
  assert.equal(outcome.fields, null);
}

test('an image of noise → DocumentNotFound, Rejected', async () => {
  const bytes = await sharp(noise(640, 480), { raw: { width: 640, height: 480, channels: 3 } }).jpeg().toBuffer();
  assertNoDocument(await verify(bytes, 'jpeg'));
});

test('a 1×1 image → a clear result (too small, nothing found)', async () => {
  const bytes = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#808080' } }).png().toBuffer();
  const outcome = await verify(bytes, 'png');
  assertNoDocument(outcome);
  assert.equal(outcome.checks.find((c) => c.id === 'image.resolution')?.status, 'warn');
});

test('a huge image (7000×5000) is handled with bounded work', async () => {
  const bytes = await sharp({ create: { width: 7000, height: 5000, channels: 3, background: '#6a7a8a' } }).jpeg().toBuffer();
  assertNoDocument(await verify(bytes, 'jpeg'));
});

test('CMYK, 16-bit and alpha images decode and end with a clear result', async () => {
  const cmyk = await sharp({ create: { width: 500, height: 400, channels: 3, background: '#c08040' } }).toColourspace('cmyk').jpeg().toBuffer();
  const sixteen = await sharp({ create: { width: 500, height: 400, channels: 3, background: '#406080' } }).toColourspace('rgb16').png().toBuffer();
  const alpha = await sharp(noise(400, 300, 4), { raw: { width: 400, height: 300, channels: 4 } }).png().toBuffer();
  for (const [bytes, format, space] of [[cmyk, 'jpeg', 'cmyk'], [sixteen, 'png', 'rgb16'], [alpha, 'png', 'srgb']] as const) {
    const outcome = await verify(bytes, format);
    const decode = outcome.checks.find((c) => c.id === 'image.decode');
    assert.equal(decode?.status, 'pass', space);
    assert.equal(decode?.evidence.values?.colourSpace, space);
    assertNoDocument(outcome);
  }
});

test('a document-free photo-like scene (a plain object on a desk) → DocumentNotFound', async () => {
  const desk = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#7a5a3a' } })
    .composite([{ input: await sharp({ create: { width: 300, height: 300, channels: 3, background: '#d0d0d0' } }).png().toBuffer(), left: 450, top: 300 }])
    .jpeg()
    .toBuffer();
  const outcome = await verify(desk, 'jpeg');
  assert.equal(outcome.verdict, 'rejected');
  assert.equal(outcome.structure, null);
  assert.ok(outcome.warnings.includes('DocumentNotFound') || outcome.warnings.includes('UnsupportedDocument'), outcome.warnings.join(','));
});
