import { createHmac } from 'node:crypto';
import { constantTimeEqual } from './constant-time-equal.js';
import { withoutPort } from './tc3-signature.js';

/**
 * Signature v1 (spec §A.7) as pure functions. The string to sign is METHOD + host + `/` + `?` + the decoded
 * parameters other than `Signature`, sorted by name in ASCII order and joined as `name=value` with `&`.
 */

export type V1Method = 'HmacSHA1' | 'HmacSHA256';

export type FormPair = readonly [name: string, value: string];

/** Anything other than exactly `HmacSHA256`, including absence, means HmacSHA1 (spec §A.4). */
export function v1Method(signatureMethod: string | undefined): V1Method {
  return signatureMethod === 'HmacSHA256' ? 'HmacSHA256' : 'HmacSHA1';
}

/** Plain code-unit comparison: ASCII order for ASCII names, so `X.12` sorts before `X.2` (§A.7 step 2). */
function byName(a: FormPair, b: FormPair): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

export function v1StringToSign(method: string, host: string, params: readonly FormPair[]): string {
  const joined = params
    .filter(([name]) => name !== 'Signature')
    .sort(byName)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return `${method}${host}/?${joined}`;
}

/** Base64 of HMAC-SHA1 or HMAC-SHA256 over the UTF-8 string to sign, keyed with the SecretKey. */
export function v1Sign(secretKey: string, toSign: string, method: V1Method): string {
  return createHmac(method === 'HmacSHA256' ? 'sha256' : 'sha1', secretKey)
    .update(toSign, 'utf8')
    .digest('base64');
}

export interface V1VerifyInput {
  method: string;
  /** Host header as sent (the SDKs sign their endpoint, `:port` included when configured). */
  host: string;
  params: readonly FormPair[];
  signatureMethod: string | undefined;
  /** The decoded `Signature` parameter. */
  signature: string;
  secretKey: string;
}

/**
 * Compares the canonical Base64 text exactly (constant time), so an alternative encoding of the same bytes
 * cannot slip past the replay guard, which keys on this string. The host is tried as sent and without its port.
 */
export function verifyV1(input: V1VerifyInput): boolean {
  const method = v1Method(input.signatureMethod);
  const hosts = new Set([input.host, withoutPort(input.host)]);
  let matched = false;
  for (const host of hosts) {
    const expected = v1Sign(input.secretKey, v1StringToSign(input.method, host, input.params), method);
    matched = constantTimeEqual(expected, input.signature) || matched;
  }
  return matched;
}
