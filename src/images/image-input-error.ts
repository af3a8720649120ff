import type { Side } from '../verification/types.js';

/**
 * Why a submitted image was refused (decisions.md D6). Domain vocabulary only: the action layer maps each kind to
 * a wire code, so nothing here knows Tencent's error names.
 *
 * - `empty`: no bytes at all (Base64 input that is only a prefix or whitespace, or a 2xx download with no body).
 * - `too-many-bytes`: over `maxBytes`; for Base64 input counted on the Base64 text, for URL input on the bytes
 *   downloaded (D6: 5 MB). `detail.limit` names the limit.
 * - `bad-base64`: a character outside the standard Base64 alphabet, misplaced padding, an impossible length, or a
 *   `data:` prefix that is not `data:image/...;base64,`.
 * - `not-an-image`: the bytes are neither JPEG nor PNG (sniffed from magic bytes; `detail.format` names a
 *   recognised other format such as `gif`).
 * - `truncated`: the file ends before its structure does (PNG without IEND, JPEG cut inside a segment or a scan).
 * - `malformed`: the structure is wrong in a way a decoder would refuse (bad PNG CRC, impossible JPEG marker,
 *   zero width or height, invalid IHDR values).
 * - `too-large-dimensions`: longest side over `maxSide` or width × height over `maxPixels` (the decompression-bomb
 *   guard, checked from the header before any pixel is decoded).
 * - `url-invalid`: not a parseable absolute URL, or a scheme other than http/https (also for a redirect target).
 * - `url-refused`: the host is, or resolves to, a loopback/private/link-local/other non-public address that the
 *   operator did not allow-list.
 * - `download-failed`: DNS failure, connection error, non-2xx status, or more redirects than allowed.
 * - `download-timeout`: the whole download (DNS, redirects, body) did not finish within `timeoutMs`.
 */
export type ImageErrorKind =
  | 'empty'
  | 'too-many-bytes'
  | 'bad-base64'
  | 'not-an-image'
  | 'truncated'
  | 'malformed'
  | 'too-large-dimensions'
  | 'url-invalid'
  | 'url-refused'
  | 'download-failed'
  | 'download-timeout';

/** Facts for messages and logs. Never holds image bytes or a full URL (logs say ids, not values). */
export interface ImageErrorDetail {
  /** Which side the image was submitted for; set by `acceptImage`. */
  side?: Side;
  /** The limit that was exceeded (bytes, pixels or redirects, per kind). */
  limit?: number;
  /** The measured value that exceeded it, when known. */
  actual?: number;
  /** A recognised but unsupported format (`gif`, `webp`, ...). */
  format?: string;
  /** Width and height read from the header. */
  width?: number;
  height?: number;
  /** HTTP status of a failed download. */
  status?: number;
  /** The refused address and the name of the range it fell in. */
  address?: string;
  range?: string;
}

export class ImageInputError extends Error {
  override readonly name = 'ImageInputError';

  constructor(
    readonly kind: ImageErrorKind,
    message: string,
    readonly detail: Readonly<ImageErrorDetail> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The same error, naming the side it was submitted for. */
  withSide(side: Side): ImageInputError {
    return new ImageInputError(this.kind, this.message, { ...this.detail, side }, { cause: this.cause });
  }
}
