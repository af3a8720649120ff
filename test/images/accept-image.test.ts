import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { configSchema, type Config } from '../../src/config/schema.js';
import { acceptImage } from '../../src/images/accept-image.js';
import { ImageInputError } from '../../src/images/image-input-error.js';
import { baselineJpeg, handMadePng, realPng } from './image-bytes.js';

const defaults: Config['images'] = configSchema.parse({}).images;
const local: Config['images'] = { ...defaults, urlAllowList: ['127.0.0.1'] };
let png: Buffer;
let server: http.Server;
let origin: string;

before(async () => {
  png = await realPng(40, 20);
  server = http.createServer((_req, res) => res.end(png));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function refusal(promise: Promise<unknown>): Promise<ImageInputError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ImageInputError, String(error));
    return error;
  }
  assert.fail('expected a refusal');
}

test('Base64 input becomes a checked SubmittedImage', async () => {
  const jpeg = await baselineJpeg(90, 60);
  const image = await acceptImage('front', { base64: jpeg.toString('base64') }, defaults);
  assert.deepEqual(image, { side: 'front', format: 'jpeg', width: 90, height: 60, bytes: jpeg });
});

test('a data-URL prefix is stripped; the declared type is not trusted (decisions.md D6)', async () => {
  const image = await acceptImage('back', { base64: `data:image/jpeg;base64,${png.toString('base64')}` }, defaults);
  assert.equal(image?.format, 'png');
  assert.equal(image?.side, 'back');
});

test('no input, or only empty strings, is null: the caller decides whether the side is required', async () => {
  assert.equal(await acceptImage('back', {}, defaults), null);
  assert.equal(await acceptImage('back', { base64: '', url: '  ' }, defaults), null);
});

test('URL input is downloaded and checked', async () => {
  const image = await acceptImage('front', { url: `${origin}/card.png` }, local);
  assert.deepEqual(image, { side: 'front', format: 'png', width: 40, height: 20, bytes: png });
});

test('URL wins over Base64 when both are given (decisions.md D8)', async () => {
  const fromUrl = await acceptImage('front', { url: `${origin}/card.png`, base64: '*** not base64 ***' }, local);
  assert.equal(fromUrl?.format, 'png');
  const jpeg = (await baselineJpeg()).toString('base64');
  const refused = await refusal(acceptImage('front', { url: `${origin}/card.png`, base64: jpeg }, defaults));
  assert.equal(refused.kind, 'url-refused'); // the valid Base64 is not fallen back to
  const fromBase64 = await acceptImage('front', { url: '', base64: jpeg }, defaults);
  assert.equal(fromBase64?.format, 'jpeg');
});

test('refusals name the side they were submitted for', async () => {
  const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).gif().toBuffer();
  const error = await refusal(acceptImage('back', { base64: gif.toString('base64') }, defaults));
  assert.equal(error.kind, 'not-an-image');
  assert.deepEqual(error.detail, { format: 'gif', side: 'back' });
});

test('every check applies: size, structure and dimensions from the configured limits', async () => {
  const jpeg = await baselineJpeg(300, 100);
  const b64 = jpeg.toString('base64');
  const tooBig = await refusal(acceptImage('front', { base64: b64 }, { ...defaults, maxBytes: b64.length - 1 }));
  assert.equal(tooBig.kind, 'too-many-bytes');
  const cutBase64 = jpeg.subarray(0, jpeg.length - 100).toString('base64');
  const cut = await refusal(acceptImage('front', { base64: cutBase64 }, defaults));
  assert.equal(cut.kind, 'truncated');
  const bomb = await refusal(acceptImage('front', { base64: handMadePng(30000, 30000).toString('base64') }, defaults));
  assert.equal(bomb.kind, 'too-large-dimensions');
  const wide = await refusal(acceptImage('front', { base64: b64 }, { ...defaults, maxSide: 299 }));
  assert.deepEqual(wide.detail, { limit: 299, actual: 300, width: 300, height: 100, side: 'front' });
});
