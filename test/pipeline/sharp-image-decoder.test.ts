import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { createSharpImageDecoder } from '../../src/engines/sharp-image-decoder.js';
import type { DecodedImage } from '../../src/engines/image-decoder.js';
import { corruptPng, markedCorner, pixel, solid } from './test-images.js';

const decoder = createSharpImageDecoder({ maxInputPixels: 8000 * 8000 });

async function decoded(bytes: Buffer, format: 'jpeg' | 'png' = 'png'): Promise<DecodedImage> {
  const result = await decoder.decode({ side: 'front', format, bytes });
  assert.ok(result.ok, result.ok ? '' : result.message);
  assert.equal(result.image.data.length, result.image.width * result.image.height * 3, '8-bit RGB, 3 channels');
  return result.image;
}

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} not within ${tolerance} of ${expected}`);
}

test('EXIF orientation 6 is applied: dimensions swap and the stored top-left corner ends top-right', async () => {
  const bytes = await (await markedCorner(400, 300)).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
  const image = await decoded(bytes, 'jpeg');
  assert.equal(image.facts.orientation, 6);
  assert.deepEqual([image.facts.storedWidth, image.facts.storedHeight], [400, 300]);
  assert.deepEqual([image.width, image.height], [300, 400]);
  // Orientation 6 means "rotate 90° clockwise to display": the stored top-left goes to the top-right.
  const topRight = pixel(image.data, image.width, image.width - 5, 5);
  const topLeft = pixel(image.data, image.width, 5, 5);
  assert.ok(topRight.r > 180 && topRight.b < 80, `top-right should be red, got ${JSON.stringify(topRight)}`);
  assert.ok(topLeft.b > 180 && topLeft.r < 80, `top-left should be blue, got ${JSON.stringify(topLeft)}`);
});

test('a JPEG without EXIF orientation keeps its dimensions and reports none', async () => {
  const image = await decoded(await solid(400, 300, { r: 1, g: 2, b: 3 }).jpeg().toBuffer(), 'jpeg');
  assert.equal(image.facts.orientation, null);
  assert.deepEqual([image.width, image.height], [400, 300]);
});

test('CMYK JPEG is converted to sRGB', async () => {
  const bytes = await solid(320, 320, { r: 200, g: 100, b: 50 }).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer();
  const image = await decoded(bytes, 'jpeg');
  assert.equal(image.facts.colourSpace, 'cmyk');
  assert.equal(image.facts.channels, 4);
  const centre = pixel(image.data, image.width, 160, 160);
  near(centre.r, 200, 30, 'red');
  near(centre.g, 100, 30, 'green');
  near(centre.b, 50, 40, 'blue');
});

test('16-bit PNG is reduced to 8 bits per sample with the same colour', async () => {
  const bytes = await solid(320, 320, { r: 200, g: 100, b: 50 }).toColourspace('rgb16').png().toBuffer();
  const image = await decoded(bytes);
  assert.equal(image.facts.depth, 'ushort');
  assert.deepEqual(pixel(image.data, image.width, 10, 10), { r: 200, g: 100, b: 50 });
});

test('alpha is flattened onto white and recorded', async () => {
  const transparent = await sharp({
    create: { width: 320, height: 320, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .png()
    .toBuffer();
  const clear = await decoded(transparent);
  assert.equal(clear.facts.hadAlpha, true);
  assert.deepEqual(pixel(clear.data, clear.width, 10, 10), { r: 255, g: 255, b: 255 });

  const halfBlack = await sharp({
    create: { width: 320, height: 320, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
  const half = await decoded(halfBlack);
  near(pixel(half.data, half.width, 10, 10).r, 128, 3, 'half-transparent black over white');
});

test('grayscale sources are expanded to RGB and recorded as grayscale', async () => {
  for (const [space, format] of [
    ['b-w', 'png'],
    ['grey16', 'png'],
    ['b-w', 'jpeg'],
  ] as const) {
    const base = solid(320, 320, { r: 128, g: 128, b: 128 }).toColourspace(space);
    const bytes = await (format === 'png' ? base.png() : base.jpeg()).toBuffer();
    const image = await decoded(bytes, format);
    assert.equal(image.facts.grayscale, true, `${space} ${format}`);
    assert.equal(image.facts.channels, 1, `${space} ${format}`);
    const p = pixel(image.data, image.width, 10, 10);
    assert.ok(p.r === p.g && p.g === p.b, `${space} ${format}: equal channels`);
    near(p.r, 128, 2, `${space} ${format}`);
  }
  const colour = await decoded(await solid(320, 320, { r: 128, g: 128, b: 128 }).png().toBuffer());
  assert.equal(colour.facts.grayscale, false, 'a three-channel source is not reported as grayscale');
});

test('a body whose header reads but whose data is corrupt is a decode failure, not an exception', async () => {
  const bytes = await corruptPng();
  const header = await sharp(bytes).metadata();
  assert.deepEqual([header.width, header.height], [400, 300], 'the header itself is valid');
  const result = await decoder.decode({ side: 'back', format: 'png', bytes });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.message.length > 0);
});

test('a truncated JPEG is refused', async () => {
  const full = await solid(400, 300, { r: 90, g: 90, b: 90 }).jpeg().toBuffer();
  const result = await decoder.decode({ side: 'front', format: 'jpeg', bytes: full.subarray(0, full.length >> 1) });
  assert.equal(result.ok, false);
});

test('the pixel limit is a second guard against decompression bombs', async () => {
  const small = createSharpImageDecoder({ maxInputPixels: 400 * 300 - 1 });
  const bytes = await solid(400, 300, { r: 90, g: 90, b: 90 }).png().toBuffer();
  const result = await small.decode({ side: 'front', format: 'png', bytes });
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /pixel/i);
  const exact = await createSharpImageDecoder({ maxInputPixels: 400 * 300 }).decode({ side: 'front', format: 'png', bytes });
  assert.equal(exact.ok, true);
});
