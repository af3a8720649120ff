import { ImageInputError } from './image-input-error.js';

/**
 * `data:image/<subtype>[;param=value]*;base64,` (decisions.md D6; spec §D.4: Tencent's own pages both strip and send
 * it). Anything else starting with `data:` is refused rather than guessed at.
 */
const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+(?:;[a-z0-9.+-]+=[^;,]*)*;base64,/i;

const EQUALS = 0x3d;

/** Any character outside the standard alphabet and padding (a negated class scans ~10x faster than an anchored one). */
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/** Standard alphabet (RFC 4648 §4) only; the URL-safe alphabet is refused so a mangled payload is not "repaired". */
function isAlphabet(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x2b || // +
    c === 0x2f // /
  );
}

/** ASCII whitespace that MIME-wrapped or pretty-printed Base64 carries (spec §D.4: clients send newlines). */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c;
}

export interface DecodeBase64Options {
  /** Most Base64 characters (padding included, prefix and whitespace excluded) accepted; D6: 5 MB. */
  maxBytes: number;
}

/**
 * Decodes Base64 image input. The size limit is applied to the Base64 text before any byte is decoded (D6 counts
 * "after Base64 encoding"), and the scan stops at the first character past the limit.
 * Missing trailing padding is tolerated; padding anywhere but the end is not.
 */
export function decodeBase64Image(input: string, options: DecodeBase64Options): Buffer {
  let start = 0;
  while (start < input.length && isWhitespace(input.charCodeAt(start))) start++;
  if (input.slice(start, start + 5).toLowerCase() === 'data:') {
    const prefix = DATA_URL_PREFIX.exec(input.slice(start, start + 256));
    if (!prefix) {
      throw new ImageInputError('bad-base64', 'a data URL must have the form data:image/<type>;base64,<data>');
    }
    start += prefix[0].length;
  }

  const body = start === 0 ? input : input.slice(start);
  // Fast path: unwrapped Base64 within the limit is checked by native scans (measured on 1 MB: ~1 ms against
  // ~9 ms for the character loop below, which remains for wrapped input and gives every error its message).
  if (body.length <= options.maxBytes && !NOT_BASE64.test(body)) {
    const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
    // Padding only at the very end: an '=' before the final one or two is malformed.
    const firstPad = body.indexOf('=');
    if (firstPad === -1 || firstPad === body.length - padding) {
      return checkedDecode(body, body.length, padding);
    }
  }

  let count = 0;
  let padding = 0;
  for (let i = start; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isWhitespace(c)) continue;
    if (c === EQUALS) {
      padding++;
    } else if (!isAlphabet(c) || padding > 0) {
      throw new ImageInputError(
        'bad-base64',
        padding > 0 ? 'Base64 data continues after its padding' : `invalid Base64 character at offset ${i}`,
      );
    }
    count++;
    if (count > options.maxBytes) {
      throw new ImageInputError('too-many-bytes', `image exceeds ${options.maxBytes} bytes of Base64`, {
        limit: options.maxBytes,
      });
    }
  }

  return checkedDecode(body, count, padding);
}

/** Length rules shared by both paths, then Node's decoder (which skips the whitespace already validated). */
function checkedDecode(body: string, count: number, padding: number): Buffer {
  if (count === 0) throw new ImageInputError('empty', 'image data is empty');
  const data = count - padding;
  // A final quantum of one character cannot carry a byte; more than two '=' or padding that does not complete
  // a quantum is malformed (RFC 4648 §3.2, §4).
  if (data % 4 === 1 || padding > 2 || (padding > 0 && count % 4 !== 0) || data === 0) {
    throw new ImageInputError('bad-base64', 'Base64 data has an impossible length or padding');
  }
  return Buffer.from(body, 'base64');
}
