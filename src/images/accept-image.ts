import type { Config } from '../config/schema.js';
import type { Side, SubmittedImage } from '../verification/types.js';
import { decodeBase64Image } from './decode-base64-image.js';
import { fetchImageUrl, type HostLookup } from './fetch-image-url.js';
import { ImageInputError } from './image-input-error.js';
import { readDimensions } from './read-dimensions.js';
import { sniffFormat } from './sniff-format.js';

/** One side's input as the client gave it. */
export interface ImageSource {
  base64?: string;
  url?: string;
}

export interface AcceptImageDeps {
  /** DNS for URL input; the system resolver when absent (tests inject one). */
  lookup?: HostLookup;
}

/** Empty and whitespace-only strings count as absent: some clients send `""` for the input they do not use. */
function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * Turns one side's input into a checked image (decisions.md D6, D8): the URL when one is given (URL wins over
 * Base64, and the Base64 is then not looked at), else the Base64; then format sniffed from the bytes, header
 * dimensions within limits, structure complete. Returns null when the side has no input at all; whether that is
 * allowed is the caller's rule. Refusals are `ImageInputError`s naming the side.
 */
export async function acceptImage(
  side: Side,
  source: ImageSource,
  options: Config['images'],
  deps: AcceptImageDeps = {},
): Promise<SubmittedImage | null> {
  try {
    let bytes: Buffer;
    if (given(source.url)) {
      bytes = await fetchImageUrl(source.url.trim(), {
        timeoutMs: options.urlTimeoutMs,
        maxRedirects: options.urlMaxRedirects,
        maxBytes: options.maxBytes,
        allowList: options.urlAllowList,
        ...(deps.lookup ? { lookup: deps.lookup } : {}),
      });
    } else if (given(source.base64)) {
      bytes = decodeBase64Image(source.base64, { maxBytes: options.maxBytes });
    } else {
      return null;
    }
    const format = sniffFormat(bytes);
    const { width, height } = readDimensions(bytes, format, options);
    return { side, format, width, height, bytes };
  } catch (error) {
    throw error instanceof ImageInputError ? error.withSide(side) : error;
  }
}
