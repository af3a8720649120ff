import assert from 'node:assert/strict';
import { test } from 'node:test';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { ImageInputError, type ImageErrorKind } from '../../src/images/image-input-error.js';
import { readDimensions } from '../../src/images/read-dimensions.js';
import type { ImageFormat } from '../../src/images/sniff-format.js';
import {
  baselineJpeg,
  handMadePng,
  ihdr,
  PNG_SIGNATURE,
  pngChunk,
  progressiveExifJpeg,
  realPng,
} from './image-bytes.js';

// decisions.md D6: longest side ≤ 8000 px, total pixels checked before any decode.
const LIMITS = { maxSide: 8000, maxPixels: 8000 * 8000 };

function refuses(bytes: Buffer, format: ImageFormat, kind: ImageErrorKind, limits = LIMITS): void {
  assert.throws(
    () => readDimensions(bytes, format, limits),
    (error: unknown) => error instanceof ImageInputError && error.kind === kind,
  );
}

/** Offset of the first SOFn marker's length field in a sharp-made JPEG (segments before it are walked by length). */
function sofOffset(jpeg: Buffer): number {
  let at = 2;
  for (;;) {
    const marker = jpeg[at + 1] ?? 0;
    if (marker === 0xc0 || marker === 0xc2) return at + 2;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
}

test('reads a baseline JPEG and agrees with sharp', async () => {
  const jpeg = await baselineJpeg(123, 45);
  assert.deepEqual(readDimensions(jpeg, 'jpeg', LIMITS), { width: 123, height: 45 });
  const meta = await sharp(jpeg).metadata();
  assert.equal(meta.width, 123);
  assert.equal(meta.height, 45);
});

test('reads a progressive JPEG that carries an EXIF APP1 segment', async () => {
  const jpeg = await progressiveExifJpeg(77, 301);
  assert.equal(jpeg.toString('latin1', 6, 10), 'Exif');
  assert.equal((await sharp(jpeg).metadata()).isProgressive, true);
  assert.deepEqual(readDimensions(jpeg, 'jpeg', LIMITS), { width: 77, height: 301 });
});

test('reads a PNG from IHDR and walks it to IEND', async () => {
  assert.deepEqual(readDimensions(await realPng(200, 3), 'png', LIMITS), { width: 200, height: 3 });
});

test('JPEG: fill bytes, a maximal APP15 segment, RST markers and trailing bytes after EOI are accepted', async () => {
  const jpeg = await baselineJpeg(32, 16);
  const app15 = Buffer.alloc(2 + 0xffff, 0xff); // 0xFF payload would confuse a marker search; the walk skips it
  app15[0] = 0xff;
  app15[1] = 0xef;
  app15.writeUInt16BE(0xffff, 2);
  const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
  const scanStart = sos + 2 + jpeg.readUInt16BE(sos + 2);
  const withExtras = Buffer.concat([
    jpeg.subarray(0, 2),
    app15,
    Buffer.from([0xff, 0xff, 0xff]), // fill bytes before the next marker (T.81 §B.1.1.2)
    jpeg.subarray(2, scanStart + 10),
    Buffer.from([0xff, 0xd3]), // a restart marker inside the scan
    jpeg.subarray(scanStart + 10),
    Buffer.from('vendor trailer after EOI \xff\xd8 \xff\xc0', 'latin1'),
  ]);
  assert.deepEqual(readDimensions(withExtras, 'jpeg', LIMITS), { width: 32, height: 16 });
});

test('a JPEG cut inside its scan, just before EOI, or inside a segment is refused as truncated', async () => {
  for (const jpeg of [await baselineJpeg(), await progressiveExifJpeg()]) {
    refuses(jpeg.subarray(0, jpeg.length - 2), 'jpeg', 'truncated');
    refuses(jpeg.subarray(0, Math.floor(jpeg.length * 0.8)), 'jpeg', 'truncated');
    refuses(jpeg.subarray(0, Math.floor(jpeg.length * 0.5)), 'jpeg', 'truncated');
    refuses(jpeg.subarray(0, 40), 'jpeg', 'truncated');
    refuses(jpeg.subarray(0, 3), 'jpeg', 'truncated');
  }
});

test('a progressive JPEG cut between two scans is refused', async () => {
  const jpeg = await progressiveExifJpeg();
  const lastSos = jpeg.lastIndexOf(Buffer.from([0xff, 0xda]));
  refuses(jpeg.subarray(0, lastSos), 'jpeg', 'truncated');
});

test('a PNG cut inside IDAT or missing IEND is refused as truncated', async () => {
  const png = await realPng();
  refuses(png.subarray(0, png.length - 12), 'png', 'truncated'); // IEND is the last 12 bytes
  refuses(png.subarray(0, png.length - 13), 'png', 'truncated');
  refuses(png.subarray(0, Math.floor(png.length / 2)), 'png', 'truncated');
  refuses(png.subarray(0, 20), 'png', 'truncated');
});

test('a PNG with a corrupted chunk fails its CRC', async () => {
  const png = Buffer.from(await realPng());
  const at = png.length - 40; // inside IDAT
  png[at] = (png[at] ?? 0) ^ 0x01;
  refuses(png, 'png', 'malformed');
});

test('PNG decompression bomb: a hand-made 30000×30000 header is refused from IHDR alone', () => {
  const header = Buffer.concat([PNG_SIGNATURE, ihdr(30000, 30000)]);
  refuses(header, 'png', 'too-large-dimensions');
  // Within the side limit but over the pixel budget: 7000 × 7000 = 49 Mpx against a 40 Mpx budget.
  refuses(handMadePng(7000, 7000), 'png', 'too-large-dimensions', { maxSide: 8000, maxPixels: 40_000_000 });
  assert.deepEqual(readDimensions(handMadePng(7000, 7000), 'png', LIMITS), { width: 7000, height: 7000 });
});

test('JPEG decompression bomb: a 65000×65000 frame header is refused before its scan is looked at', async () => {
  const jpeg = Buffer.from(await baselineJpeg());
  const sof = sofOffset(jpeg);
  jpeg.writeUInt16BE(65000, sof + 3);
  jpeg.writeUInt16BE(65000, sof + 5);
  refuses(jpeg, 'jpeg', 'too-large-dimensions');
  refuses(jpeg.subarray(0, sof + jpeg.readUInt16BE(sof)), 'jpeg', 'too-large-dimensions'); // header only
});

test('longest side over maxSide is refused even when the pixel count is small', async () => {
  const png = await sharp({ create: { width: 8001, height: 1, channels: 3, background: '#000' } }).png().toBuffer();
  refuses(png, 'png', 'too-large-dimensions');
  const jpeg = await baselineJpeg(100, 20);
  refuses(jpeg, 'jpeg', 'too-large-dimensions', { maxSide: 99, maxPixels: LIMITS.maxPixels });
  assert.deepEqual(readDimensions(jpeg, 'jpeg', { maxSide: 100, maxPixels: 2000 }), { width: 100, height: 20 });
  refuses(jpeg, 'jpeg', 'too-large-dimensions', { maxSide: 100, maxPixels: 1999 });
});

test('zero dimensions are refused', async () => {
  refuses(handMadePng(0, 10), 'png', 'malformed');
  refuses(handMadePng(10, 0), 'png', 'malformed');
  const jpeg = Buffer.from(await baselineJpeg());
  jpeg.writeUInt16BE(0, sofOffset(jpeg) + 3); // Y = 0 (height deferred to DNL)
  refuses(jpeg, 'jpeg', 'malformed');
});

test('structurally wrong files are refused as malformed', () => {
  refuses(Buffer.concat([PNG_SIGNATURE, ihdr(10, 10, 8, 5)]), 'png', 'malformed'); // no colour type 5
  refuses(Buffer.concat([PNG_SIGNATURE, ihdr(10, 10, 16, 3)]), 'png', 'malformed'); // palette is ≤ 8 bit
  refuses(Buffer.concat([PNG_SIGNATURE, ihdr(10, 10), pngChunk('IEND')]), 'png', 'malformed'); // no IDAT
  const idatFirst = [PNG_SIGNATURE, pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(4))), ihdr(1, 1)];
  refuses(Buffer.concat(idatFirst), 'png', 'malformed');
  refuses(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'jpeg', 'malformed'); // SOI EOI: no image
  refuses(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]), 'jpeg', 'malformed'); // scan before frame
});

test('random corruption yields an ImageInputError or a result, never a crash', async () => {
  const samples: Array<[Buffer, ImageFormat]> = [
    [await baselineJpeg(), 'jpeg'],
    [await progressiveExifJpeg(), 'jpeg'],
    [await realPng(), 'png'],
  ];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (const [original, format] of samples) {
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.from(original.subarray(0, 3 + random(original.length)));
      for (let flips = random(4); flips >= 0; flips--) bytes[random(bytes.length)] = random(256);
      try {
        const { width, height } = readDimensions(bytes, format, LIMITS);
        assert.ok(width > 0 && height > 0);
      } catch (error) {
        assert.ok(error instanceof ImageInputError, String(error));
      }
    }
  }
});
