import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBase64Image } from '../../src/images/decode-base64-image.js';
import { ImageInputError, type ImageErrorKind } from '../../src/images/image-input-error.js';

const BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xfb, 0xef]);
const B64 = BYTES.toString('base64'); // 13 bytes: one '=' of padding
const LIMIT = { maxBytes: 5 * 1024 * 1024 }; // decisions.md D6

function refuses(input: string, kind: ImageErrorKind, options = LIMIT): ImageInputError {
  try {
    decodeBase64Image(input, options);
  } catch (error) {
    assert.ok(error instanceof ImageInputError, String(error));
    assert.equal(error.kind, kind, error.message);
    return error;
  }
  assert.fail(`expected a ${kind} refusal`);
}

test('decodes plain Base64', () => {
  assert.deepEqual(decodeBase64Image(B64, LIMIT), BYTES);
});

test('accepts and strips a data-URL prefix (D6), whatever the declared image type', () => {
  const prefixes = ['data:image/jpeg;base64,', 'data:image/jpg;base64,', 'DATA:IMAGE/PNG;BASE64,'];
  for (const prefix of [...prefixes, 'data:image/svg+xml;charset=utf-8;base64,']) {
    assert.deepEqual(decodeBase64Image(prefix + B64, LIMIT), BYTES, prefix);
  }
});

test('tolerates whitespace and MIME line breaks', () => {
  const wrapped = `  ${B64.slice(0, 4)}\r\n${B64.slice(4, 10)}\n\t${B64.slice(10)} \n`;
  assert.deepEqual(decodeBase64Image(wrapped, LIMIT), BYTES);
  assert.deepEqual(decodeBase64Image(`data:image/png;base64,\n${B64}`, LIMIT), BYTES);
});

test('tolerates missing padding', () => {
  assert.deepEqual(decodeBase64Image(B64.replace(/=+$/, ''), LIMIT), BYTES);
});

test('refuses characters outside the standard alphabet', () => {
  refuses(B64.slice(0, 5) + '*' + B64.slice(5), 'bad-base64');
  refuses(B64.replace(/\+|\//g, '-') + '-_', 'bad-base64'); // URL-safe alphabet
  refuses(B64.slice(0, 8) + '\u00e9' + B64.slice(8), 'bad-base64');
  refuses(B64.slice(0, 8) + '\u00a0' + B64.slice(8), 'bad-base64'); // non-ASCII whitespace
});

test('refuses misplaced padding and impossible lengths', () => {
  refuses(B64.slice(0, 4) + '=' + B64.slice(4), 'bad-base64'); // data after padding
  refuses('QUJD===', 'bad-base64');
  refuses('QUJDR', 'bad-base64'); // a lone final character carries no byte
  refuses('QUJD=', 'bad-base64'); // padding that does not complete a quantum
});

test('refuses data URLs that are not data:image/...;base64,', () => {
  refuses(`data:text/plain;base64,${B64}`, 'bad-base64');
  refuses(`data:image/png,${B64}`, 'bad-base64');
});

test('refuses empty input', () => {
  refuses('', 'empty');
  refuses(' \n ', 'empty');
  refuses('data:image/png;base64,', 'empty');
  refuses('====', 'bad-base64');
});

test('the size limit counts Base64 characters, before decoding, excluding prefix and whitespace (D6)', () => {
  const exactly = 'QUJD'.repeat(25); // 100 characters
  assert.equal(decodeBase64Image(exactly, { maxBytes: 100 }).length, 75);
  const wrapped = `data:image/png;base64,${exactly.replace(/(.{10})/g, '$1\n')}`;
  assert.equal(decodeBase64Image(wrapped, { maxBytes: 100 }).length, 75);
  const error = refuses(exactly + 'QUJD', 'too-many-bytes', { maxBytes: 100 });
  assert.equal(error.detail.limit, 100);
  // Invalid characters past the limit are never reached: the size refusal comes first.
  refuses('QUJD'.repeat(26) + '***', 'too-many-bytes', { maxBytes: 100 });
});

test('the 5 MB default admits a 5 MB Base64 payload and refuses one character more', () => {
  const max = 5 * 1024 * 1024;
  const payload = 'A'.repeat(max);
  assert.equal(decodeBase64Image(payload, LIMIT).length, (max / 4) * 3);
  refuses(payload + 'AAAA', 'too-many-bytes');
});
