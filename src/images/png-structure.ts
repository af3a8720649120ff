import { crc32 } from './crc32.js';
import { ImageInputError } from './image-input-error.js';
import type { ImageDimensions } from './read-dimensions.js';

/** Signature, then IHDR: length (4) + type (4) + 13 bytes of data + CRC (4). */
const SIGNATURE_LENGTH = 8;
const IHDR_DATA_LENGTH = 13;
/** PNG lengths and dimensions are at most 2^31 - 1 (ISO/IEC 15948 §5.3, §11.2.2). */
const MAX_UINT31 = 0x7fffffff;

/** Allowed bit depths per colour type (ISO/IEC 15948 §11.2.2, Table 11.1). */
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

function isChunkType(bytes: Buffer, at: number): boolean {
  for (let i = at; i < at + 4; i++) {
    const c = bytes[i] ?? 0;
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}

function readHeader(bytes: Buffer, data: number): ImageDimensions {
  const width = bytes.readUInt32BE(data);
  const height = bytes.readUInt32BE(data + 4);
  const [bitDepth, colourType, compression, filter, interlace] = bytes.subarray(data + 8, data + 13);
  if (width === 0 || height === 0) {
    throw new ImageInputError('malformed', 'PNG header declares a zero width or height', { width, height });
  }
  if (width > MAX_UINT31 || height > MAX_UINT31) {
    throw new ImageInputError('malformed', 'PNG header declares a dimension beyond 2^31-1', { width, height });
  }
  const depths = BIT_DEPTHS[colourType ?? -1];
  if (!depths || !depths.includes(bitDepth ?? -1) || compression !== 0 || filter !== 0 || (interlace ?? 2) > 1) {
    throw new ImageInputError('malformed', 'PNG header has invalid colour type, bit depth or method fields');
  }
  return { width, height };
}

/**
 * Walks every chunk from IHDR to IEND without inflating image data. `onHeader` runs as soon as IHDR is read, so
 * dimension limits refuse a decompression bomb before the rest is even looked at. Each chunk must lie inside the
 * buffer and carry a correct CRC (ISO/IEC 15948 §5.3); bytes after IEND are ignored, as decoders do.
 */
export function walkPng(bytes: Buffer, onHeader: (dimensions: ImageDimensions) => void): ImageDimensions {
  let offset = SIGNATURE_LENGTH;
  let header: ImageDimensions | null = null;
  let sawImageData = false;
  for (;;) {
    if (offset + 8 > bytes.length) throw new ImageInputError('truncated', 'PNG ends before its IEND chunk');
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (length > MAX_UINT31 || !isChunkType(bytes, offset + 4)) {
      throw new ImageInputError('malformed', `PNG chunk at offset ${offset} has an invalid length or type`);
    }
    const end = offset + 12 + length;
    if (end > bytes.length) throw new ImageInputError('truncated', `PNG ends inside its ${type} chunk`);
    if (crc32(bytes.subarray(offset + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) {
      throw new ImageInputError('malformed', `PNG chunk ${type} has a wrong CRC`);
    }

    if (header === null) {
      if (type !== 'IHDR' || length !== IHDR_DATA_LENGTH) {
        throw new ImageInputError('malformed', 'PNG does not start with a valid IHDR chunk');
      }
      header = readHeader(bytes, offset + 8);
      onHeader(header);
    } else if (type === 'IDAT') {
      sawImageData = true;
    } else if (type === 'IEND') {
      if (!sawImageData) throw new ImageInputError('malformed', 'PNG has no image data (IDAT)');
      return header;
    }
    offset = end;
  }
}
