import { ImageInputError } from './image-input-error.js';

export type ImageFormat = 'jpeg' | 'png';

/** PNG signature (ISO/IEC 15948 §5.2). */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** JPEG: SOI followed by the 0xFF that starts the next marker (ITU-T T.81 §B.1.1.3). */
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/** Formats people commonly send instead, named only to make the refusal helpful (spec §D.4: GIF unsupported). */
const OTHER_FORMATS: ReadonlyArray<{ name: string; matches: (b: Buffer) => boolean }> = [
  { name: 'gif', matches: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    name: 'webp',
    matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { name: 'bmp', matches: (b) => b.subarray(0, 2).toString('latin1') === 'BM' },
  {
    name: 'tiff',
    matches: (b) => ['II*\u0000', 'MM\u0000*'].includes(b.subarray(0, 4).toString('latin1')),
  },
  {
    name: 'heif',
    matches: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
  },
  { name: 'pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/**
 * JPEG or PNG from magic bytes only; names, Content-Type and data-URL subtypes are never trusted (decisions.md D6).
 */
export function sniffFormat(bytes: Buffer): ImageFormat {
  if (bytes.length >= PNG_SIGNATURE.length && bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    return 'png';
  }
  if (bytes.length >= JPEG_SIGNATURE.length && bytes.subarray(0, JPEG_SIGNATURE.length).equals(JPEG_SIGNATURE)) {
    return 'jpeg';
  }
  const other = OTHER_FORMATS.find((f) => f.matches(bytes));
  throw new ImageInputError(
    'not-an-image',
    other ? `${other.name.toUpperCase()} images are not supported; send JPEG or PNG` : 'not a JPEG or PNG image',
    other ? { format: other.name } : {},
  );
}
