import { request } from 'node:http';
import { canonicalRequest, formatTc3Authorization, sha256Hex, signingKeys, stringToSign, tc3Signature, utcDate } from '../../src/protocol/tc3-signature.js';
import type { Key } from './sdk-clients.js';

/**
 * A raw HTTP client for cases no SDK can produce (an old timestamp, a replay, a missing region, an oversized
 * body, another HTTP method). It signs TC3 like the SDKs do; the SDK tests judge the signing itself.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function httpRequest(
  endpoint: string,
  opts: { method: string; path?: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<RawResponse> {
  const [host, port] = endpoint.split(':');
  return new Promise((resolve, reject) => {
    const req = request({ host, port: Number(port), method: opts.method, path: opts.path ?? '/', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface Tc3Request {
  action: string;
  params?: Record<string, unknown>;
  /** Exact body bytes, overriding `params`. */
  rawBody?: string;
  timestamp?: number;
  region?: string | null;
  version?: string;
  language?: string;
  extraHeaders?: Record<string, string>;
}

/** Builds and sends a TC3-HMAC-SHA256 POST JSON request as the SDKs do. */
export function tc3Post(endpoint: string, key: Key, r: Tc3Request): Promise<RawResponse> {
  const body = r.rawBody ?? JSON.stringify(r.params ?? {});
  const timestamp = r.timestamp ?? Math.floor(Date.now() / 1000);
  const date = utcDate(timestamp);
  const contentType = 'application/json';
  const canonical = canonicalRequest({
    method: 'POST',
    query: '',
    canonicalHeaders: `content-type:${contentType}\nhost:${endpoint}\n`,
    signedHeaders: 'content-type;host',
    payloadHash: sha256Hex(body),
  });
  const { kSigning } = signingKeys(key.SecretKey, date, 'faceid');
  const signature = tc3Signature(kSigning, stringToSign(String(timestamp), date, 'faceid', sha256Hex(canonical)));
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-TC-Action': r.action,
    'X-TC-Version': r.version ?? '2018-03-01',
    'X-TC-Timestamp': String(timestamp),
    Authorization: formatTc3Authorization(key.SecretId, date, 'faceid', 'content-type;host', signature),
    ...r.extraHeaders,
  };
  if (r.region !== null) headers['X-TC-Region'] = r.region ?? 'ap-singapore';
  if (r.language) headers['X-TC-Language'] = r.language;
  return httpRequest(endpoint, { method: 'POST', headers, body });
}

/** The response body with its RequestId (and any token) replaced, for golden comparison of exact bytes. */
export function normalised(body: string): string {
  return body
    .replace(/"RequestId":"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/, '"RequestId":"<RequestId>"')
    .replace(/"CardVerificationToken":"[0-9a-f-]{36}"/, '"CardVerificationToken":"<Token>"');
}
