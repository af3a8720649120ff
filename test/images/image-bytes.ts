import zlib from 'node:zlib';
import sharp from 'sharp';

/** Test helpers that build real images with sharp and hand-made headers with correct CRCs. */

export function pngChunk(type: string, data: Buffer = Buffer.alloc(0)): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** IHDR data: 8-bit RGB, no interlace, unless told otherwise. */
export function ihdr(width: number, height: number, bitDepth = 8, colourType = 2): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = bitDepth;
  data[9] = colourType;
  return pngChunk('IHDR', data);
}

/** A complete hand-made PNG whose IDAT need not match the header (the walk never inflates it). */
export function handMadePng(width: number, height: number): Buffer {
  const idat = pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(16)));
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height), idat, pngChunk('IEND')]);
}

/** Noise makes the entropy-coded data rich in 0xFF (stuffed as FF00), which exercises the scan walk. */
function noise(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = seed >> 16;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

export function baselineJpeg(width = 64, height = 48): Promise<Buffer> {
  return noise(width, height).jpeg({ quality: 90 }).toBuffer();
}

export function progressiveExifJpeg(width = 64, height = 48): Promise<Buffer> {
  return noise(width, height)
    .jpeg({ progressive: true, quality: 90 })
    .withExif({ IFD0: { Copyright: 'cardverify test', ImageDescription: 'x'.repeat(2000) } })
    .toBuffer();
}

export function realPng(width = 64, height = 48): Promise<Buffer> {
  return noise(width, height).png().toBuffer();
}
