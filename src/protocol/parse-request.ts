import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, type Language } from './errors.js';
import { decodeForm, unflatten } from './form-decode.js';
import { headerValue } from './tc3-signature.js';
import type { FormPair } from './v1-signature.js';

/**
 * From the raw bytes and headers of one request: the signature style, the common parameters as sent (spec §A.3,
 * §A.4), the language, and the action's own parameters (§A.2, §A.10). Nothing here is validated beyond what
 * decoding needs; common-params.ts decides what is missing.
 */

export interface RawRequest {
  method: string;
  /** `req.url` as received: path and raw query string. */
  rawUrl: string;
  /** Node's lower-cased headers. */
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type SignatureStyle = 'tc3' | 'v1';

/** Names that are common parameters in v1 (§A.4); never action parameters, whatever the style. */
export const COMMON_PARAM_NAMES: ReadonlySet<string> = new Set([
  'Action',
  'Version',
  'Region',
  'Timestamp',
  'Nonce',
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Token',
  'Language',
  'RequestClient',
]);

interface ParsedBase {
  method: 'GET' | 'POST';
  /** Host header as sent, '' when absent. */
  host: string;
  language: Language;
  /** Common parameters as sent; an empty value counts as absent. */
  action: string | undefined;
  version: string | undefined;
  region: string | undefined;
  timestamp: string | undefined;
  token: string | undefined;
}

export interface Tc3Request extends ParsedBase {
  style: 'tc3';
  authorization: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface V1Request extends ParsedBase {
  style: 'v1';
  /** Every decoded parameter in the client's order, common ones included: all of them are signed (§A.7). */
  params: FormPair[];
  secretId: string | undefined;
  signature: string | undefined;
  nonce: string | undefined;
  signatureMethod: string | undefined;
}

export type ParsedRequest = Tc3Request | V1Request;

/**
 * TC3 when an `Authorization` header is present; otherwise v1 from the query (GET) or the form body (POST). A POST
 * that is neither TC3-signed nor form-encoded can carry no v1 parameters: it lacks `Authorization` (spec §J step 2).
 */
export function signatureStyle(raw: Pick<RawRequest, 'method' | 'headers'>): SignatureStyle {
  if (present(headerValue(raw.headers, 'authorization')) !== undefined) return 'tc3';
  if (raw.method === 'POST' && !isFormContentType(raw.headers)) {
    throw new ApiError('MissingParameter', { variant: 'authorization' });
  }
  return 'v1';
}

/** Only `zh-CN` switches the language; anything else, absent or empty (Go may send `X-TC-Language: `), is en-US. */
export function requestLanguage(headers: IncomingHttpHeaders, v1Language?: string): Language {
  const chosen = present(headerValue(headers, 'x-tc-language')) ?? v1Language;
  return chosen === 'zh-CN' ? 'zh-CN' : 'en-US';
}

export function parseRequest(raw: RawRequest & { method: 'GET' | 'POST' }, style: SignatureStyle): ParsedRequest {
  const host = headerValue(raw.headers, 'host') ?? '';
  if (style === 'tc3') {
    const h = (name: string): string | undefined => present(headerValue(raw.headers, name));
    return {
      style,
      method: raw.method,
      host,
      language: requestLanguage(raw.headers),
      action: h('x-tc-action'),
      version: h('x-tc-version'),
      region: h('x-tc-region'),
      timestamp: h('x-tc-timestamp'),
      token: h('x-tc-token'),
      authorization: h('authorization') ?? '',
      rawQuery: rawQuery(raw.rawUrl),
      headers: raw.headers,
      body: raw.body,
    };
  }
  // v1: GET parameters come only from the query, POST only from the body; a POST's query is ignored (§A.2).
  const params = decodeForm(raw.method === 'GET' ? rawQuery(raw.rawUrl) : raw.body.toString('utf8'));
  const p = (name: string): string | undefined => present(params.find(([key]) => key === name)?.[1]);
  return {
    style,
    method: raw.method,
    host,
    language: requestLanguage(raw.headers, p('Language')),
    action: p('Action'),
    version: p('Version'),
    region: p('Region'),
    timestamp: p('Timestamp'),
    token: p('Token') ?? present(headerValue(raw.headers, 'x-tc-token')),
    params,
    secretId: p('SecretId'),
    signature: p('Signature'),
    nonce: p('Nonce'),
    signatureMethod: p('SignatureMethod'),
  };
}

/**
 * The action's own parameters. TC3 POST: the JSON object body (a form body is tolerated). TC3 GET: the query,
 * minus any common parameters a client left in it (Go strips only some, §A.3). v1: every parameter that is not
 * common, un-flattened. Called after authentication, so unauthenticated bodies are never parsed as JSON.
 */
export function actionParams(request: ParsedRequest): Record<string, unknown> {
  if (request.style === 'v1') return unflatten(withoutCommon(request.params));
  if (request.method === 'GET') return unflatten(withoutCommon(decodeForm(request.rawQuery)));
  if (isFormContentType(request.headers)) return unflatten(withoutCommon(decodeForm(request.body.toString('utf8'))));
  return parseJsonObject(request.body);
}

function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ApiError('InvalidParameter', { variant: 'json' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('InvalidParameter', { variant: 'json' });
  }
  return value as Record<string, unknown>;
}

function withoutCommon(pairs: readonly FormPair[]): FormPair[] {
  return pairs.filter(([name]) => !COMMON_PARAM_NAMES.has(name));
}

/** The bytes after the first `?`, exactly as received (TC3 hashes them unchanged, §A.5 step 4.3). */
export function rawQuery(rawUrl: string): string {
  const mark = rawUrl.indexOf('?');
  return mark < 0 ? '' : rawUrl.slice(mark + 1);
}

function isFormContentType(headers: IncomingHttpHeaders): boolean {
  const media = (headerValue(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  return media === 'application/x-www-form-urlencoded';
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
