import { createHash, createHmac } from 'node:crypto';
import { constantTimeEqual } from './constant-time-equal.js';

/**
 * TC3-HMAC-SHA256 (spec §A.5) as pure functions: parse the `Authorization` header, build the canonical request,
 * derive the signing key, verify. Verification tries every tolerance of spec §A.9 (decisions.md D2): the host
 * with and without port, header values as sent and lower-cased, the credential-scope service as the client sent
 * it, the query string exactly as received, and `X-TC-Content-SHA256: UNSIGNED-PAYLOAD`.
 */

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';
export const TC3_TERMINATOR = 'tc3_request';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface Tc3Authorization {
  secretId: string;
  /** `YYYY-MM-DD` from the credential scope. */
  date: string;
  /** Service from the credential scope, as sent (Node.js derives it from the endpoint's first label, §A.9). */
  service: string;
  /** The `SignedHeaders` value exactly as sent; it is part of the canonical request. */
  signedHeaders: string;
  /** Lower-cased header names, in the client's order. */
  signedHeaderNames: string[];
  /** Lower-case hex. */
  signature: string;
}

export type Tc3ParseProblem = 'algorithm' | 'credential' | 'signedHeaders' | 'format';

export type Tc3ParseResult = { ok: true; value: Tc3Authorization } | { ok: false; problem: Tc3ParseProblem };

/** Parses `TC3-HMAC-SHA256 Credential=…/date/service/tc3_request, SignedHeaders=…, Signature=…` (`,` with or without space). */
export function parseTc3Authorization(header: string): Tc3ParseResult {
  const text = header.trim();
  if (!text.startsWith(`${TC3_ALGORITHM} `)) return { ok: false, problem: 'algorithm' };
  const fields = new Map<string, string>();
  for (const part of text.slice(TC3_ALGORITHM.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, problem: 'format' };
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (credential === undefined || signedHeaders === undefined || signature === undefined) {
    return { ok: false, problem: 'format' };
  }
  // Split from the right: the last three members are fixed, whatever precedes them is the SecretId.
  const scope = credential.split('/');
  const terminator = scope.pop();
  const service = scope.pop();
  const date = scope.pop();
  const secretId = scope.join('/');
  if (terminator !== TC3_TERMINATOR || !service || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !secretId) {
    return { ok: false, problem: 'credential' };
  }
  const signedHeaderNames = signedHeaders.split(';').map((name) => name.trim().toLowerCase());
  if (signedHeaderNames.some((name) => name === '') || !signedHeaderNames.includes('content-type') || !signedHeaderNames.includes('host')) {
    return { ok: false, problem: 'signedHeaders' };
  }
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) return { ok: false, problem: 'format' };
  return {
    ok: true,
    value: { secretId, date, service, signedHeaders, signedHeaderNames, signature: signature.toLowerCase() },
  };
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** HashedRequestPayload (§A.5 step 4.6): the body's hash, or the hash of the literal `UNSIGNED-PAYLOAD`. */
export function hashedPayload(body: Buffer, contentSha256Header: string | undefined): string {
  return contentSha256Header?.trim() === UNSIGNED_PAYLOAD ? sha256Hex(UNSIGNED_PAYLOAD) : sha256Hex(body);
}

/** The UTC calendar date of a Unix timestamp, `YYYY-MM-DD` (§A.5 step 2: local dates fail around midnight). */
export function utcDate(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}

export interface CanonicalRequestParts {
  method: string;
  /** Raw query string (bytes after `?`), exactly as received. */
  query: string;
  /** `name:value\n` lines, one per signed header. */
  canonicalHeaders: string;
  signedHeaders: string;
  payloadHash: string;
}

/** §A.5 step 4; CanonicalURI is always `/` (Go keeps `/` even behind a path prefix). */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  return [parts.method, '/', parts.query, parts.canonicalHeaders, parts.signedHeaders, parts.payloadHash].join('\n');
}

export function stringToSign(timestamp: string, date: string, service: string, canonicalRequestHash: string): string {
  return [TC3_ALGORITHM, timestamp, `${date}/${service}/${TC3_TERMINATOR}`, canonicalRequestHash].join('\n');
}

export interface SigningKeys {
  kDate: Buffer;
  kService: Buffer;
  kSigning: Buffer;
}

/** §A.5 step 6: raw 32-byte digests chained from `"TC3" + SecretKey`. */
export function signingKeys(secretKey: string, date: string, service: string): SigningKeys {
  const kDate = createHmac('sha256', `TC3${secretKey}`).update(date).digest();
  const kService = createHmac('sha256', kDate).update(service).digest();
  const kSigning = createHmac('sha256', kService).update(TC3_TERMINATOR).digest();
  return { kDate, kService, kSigning };
}

export function tc3Signature(kSigning: Buffer, toSign: string): string {
  return createHmac('sha256', kSigning).update(toSign).digest('hex');
}

export interface Tc3VerifyInput {
  method: string;
  rawQuery: string;
  headers: HeaderBag;
  body: Buffer;
  /** `X-TC-Timestamp` exactly as sent (it enters the string to sign verbatim). */
  timestamp: string;
  auth: Tc3Authorization;
  secretKey: string;
}

export type Tc3VerifyResult = { ok: true } | { ok: false; reason: 'mismatch' } | { ok: false; reason: 'date'; expected: string };

export function verifyTc3(input: Tc3VerifyInput): Tc3VerifyResult {
  const { auth } = input;
  const seconds = Number(input.timestamp);
  if (!/^\d{1,11}$/.test(input.timestamp)) return { ok: false, reason: 'mismatch' };
  const expected = utcDate(seconds);
  if (auth.date !== expected) return { ok: false, reason: 'date', expected };
  const payloadHash = hashedPayload(input.body, headerValue(input.headers, 'x-tc-content-sha256'));
  const { kSigning } = signingKeys(input.secretKey, auth.date, auth.service);
  let matched = false;
  for (const canonicalHeaders of canonicalHeaderCandidates(auth.signedHeaderNames, input.headers)) {
    const request = canonicalRequest({
      method: input.method,
      query: input.rawQuery,
      canonicalHeaders,
      signedHeaders: auth.signedHeaders,
      payloadHash,
    });
    const signature = tc3Signature(kSigning, stringToSign(input.timestamp, auth.date, auth.service, sha256Hex(request)));
    // No early exit: every candidate costs the same whether or not an earlier one matched.
    matched = constantTimeEqual(signature, auth.signature) || matched;
  }
  return matched ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/**
 * The canonical-header blocks a genuine client may have signed: values lower-cased (the documented rule) or as
 * sent (the Node.js SDK signs its Content-Type unchanged), each with the Host header as sent and without its port
 * (the Node.js SDK signs the hostname only while sending `host:port`, §A.9).
 */
export function canonicalHeaderCandidates(names: readonly string[], headers: HeaderBag): string[] {
  const host = headerValue(headers, 'host') ?? '';
  const hosts = [host, withoutPort(host)];
  const blocks = new Set<string>();
  for (const lower of [true, false]) {
    for (const hostValue of hosts) {
      const lines = names.map((name) => {
        const value = name === 'host' ? hostValue : (headerValue(headers, name) ?? '');
        return `${name}:${lower ? value.toLowerCase() : value}\n`;
      });
      blocks.add(lines.join(''));
    }
  }
  return [...blocks];
}

/** A header's trimmed value; repeated headers are joined with `,` as HTTP allows. */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return (typeof value === 'string' ? value : value.join(',')).trim();
}

/** `host:8080` → `host`, `[::1]:8080` → `[::1]`; a bare IPv6 literal or a host without port is returned as is. */
export function withoutPort(host: string): string {
  const match = /^(\[[^\]]*\]|[^:]*):\d+$/.exec(host);
  return match?.[1] ?? host;
}

/** Formats the header a client sends; used by tests and tools that sign requests. */
export function formatTc3Authorization(secretId: string, date: string, service: string, signedHeaders: string, signature: string): string {
  return `${TC3_ALGORITHM} Credential=${secretId}/${date}/${service}/${TC3_TERMINATOR}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
