import sharp from 'sharp';
import type { DecodeFacts, DecodeResult, ImageDecoder } from './image-decoder.js';

export interface SharpImageDecoderOptions {
  /**
   * Largest pixel count libvips may decode. Apply already refused oversized headers before full decode
   * (decisions.md D6); this is the second guard, enforced by the decoder itself on the real stream.
   */
  maxInputPixels: number;
}

/** The colour spaces libvips reports for single-channel (grey) sources. */
const GREY_SPACES = new Set(['b-w', 'grey16']);

/**
 * JPEG/PNG decoding with sharp (libvips). Output is normalised for every later stage: EXIF orientation applied
 * (`rotate()` without an angle), CMYK and 16-bit sources converted to 8-bit sRGB, alpha flattened onto white,
 * grey sources expanded to RGB. `failOn: 'truncated'` refuses cut-off files but tolerates the benign warnings
 * (extraneous bytes before a marker) that real phone cameras produce.
 */
export function createSharpImageDecoder(options: SharpImageDecoderOptions): ImageDecoder {
  const inputOptions = { limitInputPixels: options.maxInputPixels, failOn: 'truncated' as const };
  return {
    async decode(image): Promise<DecodeResult> {
      let facts: DecodeFacts;
      try {
        const meta = await sharp(image.bytes, inputOptions).metadata();
        if (meta.format !== 'jpeg' && meta.format !== 'png') {
          return { ok: false, message: `unsupported image format: ${meta.format ?? 'unknown'}` };
        }
        facts = {
          format: meta.format,
          channels: meta.channels ?? 0,
          depth: meta.depth ?? 'unknown',
          colourSpace: meta.space ?? 'unknown',
          hadAlpha: meta.hasAlpha === true,
          grayscale: GREY_SPACES.has(meta.space ?? ''),
          orientation: meta.orientation ?? null,
          storedWidth: meta.width ?? 0,
          storedHeight: meta.height ?? 0,
        };
        const { data, info } = await sharp(image.bytes, inputOptions)
          .rotate()
          .flatten({ background: '#ffffff' })
          .toColourspace('srgb')
          .raw({ depth: 'uchar' })
          .toBuffer({ resolveWithObject: true });
        if (info.channels !== 3) {
          return { ok: false, message: `decoded to ${info.channels} channels instead of 3` };
        }
        return { ok: true, image: { side: image.side, width: info.width, height: info.height, channels: 3, data, facts } };
      } catch (error) {
        // libvips reports every unreadable input (corrupt data, truncation, pixel limit) as a thrown Error.
        return { ok: false, message: error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error) };
      }
    },
  };
}
