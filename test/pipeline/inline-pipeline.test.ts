import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInlinePipeline } from '../../src/pipeline/inline-pipeline.js';
import { policySchema } from '../../src/pipeline/load-policy.js';
import { meanLuma } from '../../src/pipeline/mean-luma.js';
import { solid, submitted } from './test-images.js';

test('the inline pipeline runs in the calling thread with the policy it was given', async () => {
  const policy = policySchema.parse({ version: 'inline-test', image: { minShortSidePx: 1000 } });
  const pipeline = createInlinePipeline({ policy });
  const bytes = await solid(800, 500, { r: 128, g: 128, b: 128 }).png().toBuffer();
  const outcome = await pipeline.run({
    images: [submitted(bytes)],
    requestedNationality: 'SGP',
    requestedCardType: 'AUTO',
  });
  await pipeline.close();
  assert.equal(outcome.policyVersion, 'inline-test');
  const resolution = outcome.checks.find((check) => check.id === 'image.resolution');
  assert.equal(resolution?.status, 'warn', 'threshold taken from the given policy');
  assert.equal(resolution?.threshold, 1000);
  assert.deepEqual(outcome.warnings, ['PoorImageQuality', 'DocumentNotFound']);
  const found = outcome.checks.find((check) => check.id === 'document.found');
  assert.equal(found?.status, 'fail');
});

test('the inline pipeline applies its pixel limit', async () => {
  const pipeline = createInlinePipeline({ maxInputPixels: 1000 });
  const bytes = await solid(800, 500, { r: 128, g: 128, b: 128 }).png().toBuffer();
  const outcome = await pipeline.run({ images: [submitted(bytes)], requestedNationality: 'SGP', requestedCardType: 'AUTO' });
  assert.equal(outcome.checks.find((check) => check.id === 'image.decode')?.status, 'fail');
  assert.throws(() => createInlinePipeline({ maxInputPixels: 0 }), RangeError);
});

test('mean luma uses BT.601 weights', () => {
  const rgb = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);
  const expected = (0.299 * 255 + 0.587 * 255 + 0.114 * 255 + 255) / 4;
  assert.ok(Math.abs(meanLuma(rgb, 4) - expected) < 1e-9);
  assert.equal(meanLuma(new Uint8Array(0), 0), 0);
});

test('mean luma of a large image is sampled but stays accurate', () => {
  const pixels = 3_000_000;
  const rgb = new Uint8Array(pixels * 3);
  // Alternating black and white rows of 1000 pixels: true mean 127.5.
  for (let p = 0; p < pixels; p += 1) {
    const value = Math.floor(p / 1000) % 2 === 0 ? 0 : 255;
    rgb.fill(value, p * 3, p * 3 + 3);
  }
  assert.ok(Math.abs(meanLuma(rgb, pixels) - 127.5) < 1, `${meanLuma(rgb, pixels)}`);
});
