import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { ImageInputError } from '../../src/images/image-input-error.js';
import { sniffFormat } from '../../src/images/sniff-format.js';

const canvas = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } });

function notAnImage(bytes: Buffer, format?: string): void {
  assert.throws(
    () => sniffFormat(bytes),
    (error: unknown) =>
      error instanceof ImageInputError && error.kind === 'not-an-image' && error.detail.format === format,
  );
}

test('JPEG and PNG are recognised from their magic bytes (decisions.md D6)', async () => {
  assert.equal(sniffFormat(await canvas().jpeg().toBuffer()), 'jpeg');
  assert.equal(sniffFormat(await canvas().png().toBuffer()), 'png');
});

test('other image formats are refused and named', async () => {
  notAnImage(await canvas().gif().toBuffer(), 'gif'); // spec §D.4: GIF explicitly unsupported
  notAnImage(await canvas().webp().toBuffer(), 'webp');
  notAnImage(await canvas().tiff().toBuffer(), 'tiff');
  notAnImage(Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]), 'bmp');
  notAnImage(Buffer.from('%PDF-1.7\n'), 'pdf');
});

test('random bytes, near misses and tiny buffers are refused', () => {
  notAnImage(Buffer.alloc(0));
  notAnImage(Buffer.from([0xff, 0xd8])); // SOI without a following marker
  notAnImage(Buffer.from([0xff, 0xd8, 0x00, 0x00]));
  notAnImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])); // PNG signature cut short
  notAnImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
  notAnImage(Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x11]));
});
