import type { Side } from '../verification/types.js';

/**
 * What the decoder learned about the submitted file before normalising it. Kept as information for later stages
 * (a grayscale source is a photocopy signal, an EXIF rotation explains swapped dimensions); no value judgement here.
 */
export interface DecodeFacts {
  format: 'jpeg' | 'png';
  /** Channels of the source file, alpha included (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA or CMYK). */
  channels: number;
  /** Sample depth of the source file as libvips names it: `uchar` (8-bit), `ushort` (16-bit), ... */
  depth: string;
  /** Colour space of the source file as libvips names it: `srgb`, `cmyk`, `b-w`, `grey16`, `rgb16`, ... */
  colourSpace: string;
  /** The source had an alpha channel; it was flattened onto white. */
  hadAlpha: boolean;
  /** The source was single-channel (grey) before conversion to RGB. */
  grayscale: boolean;
  /** EXIF orientation tag 1–8, already applied to the pixels; null when the file had none. */
  orientation: number | null;
  /** Dimensions stored in the file, before the EXIF orientation was applied. */
  storedWidth: number;
  storedHeight: number;
}

/** Normalised pixels: 8-bit sRGB, 3 interleaved channels, upright (EXIF orientation applied), no alpha. */
export interface DecodedImage {
  side: Side;
  width: number;
  height: number;
  channels: 3;
  /** `width * height * 3` bytes, row-major RGB. */
  data: Buffer;
  facts: DecodeFacts;
}

/**
 * A file that cannot be decoded is an answer about the image, not a fault of the service: it comes back as data
 * and becomes a failed `image.decode` check (architecture.md "Errors").
 */
export type DecodeResult = { ok: true; image: DecodedImage } | { ok: false; message: string };

export interface ImageDecoder {
  decode(image: { side: Side; format: 'jpeg' | 'png'; bytes: Buffer }): Promise<DecodeResult>;
}
