import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from './errors.js';
import type { ParsedRequest } from './parse-request.js';
import { parseTc3Authorization, type Tc3Authorization } from './tc3-signature.js';
import type { FormPair } from './v1-signature.js';

/**
 * The common parameters every request must carry (spec §A.4), checked in a fixed order so that a request missing
 * several always gets the same answer: Action, Version, Timestamp, then the credential (v1: Nonce, SecretId,
 * Signature; TC3: the `Authorization` header). Region is checked later by the gateway (decisions.md D4, spec §J).
 */

/** What a TC3 signature is verified over. */
export interface Tc3Credential {
  style: 'tc3';
  secretId: string;
  auth: Tc3Authorization;
  method: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  timestamp: string;
}

/** What a v1 signature is verified over. */
export interface V1Credential {
  style: 'v1';
  secretId: string;
  method: string;
  host: string;
  params: readonly FormPair[];
  nonce: string;
  signature: string;
  signatureMethod: string | undefined;
  timestamp: string;
}

export type Credential = Tc3Credential | V1Credential;

export interface CommonParams {
  action: string;
  version: string;
  /** Unix seconds. */
  timestamp: number;
  region: string | undefined;
  token: string | undefined;
  credential: Credential;
}

export function requireCommonParams(request: ParsedRequest): CommonParams {
  const action = required(request.action, 'Action');
  const version = required(request.version, 'Version');
  const timestampText = required(request.timestamp, 'Timestamp');
  const credential = request.style === 'tc3' ? tc3Credential(request, timestampText) : v1Credential(request, timestampText);
  // Decimal Unix seconds; eleven digits reach the year 5138, more is not a clock.
  if (!/^\d{1,11}$/.test(timestampText)) throw new ApiError('InvalidParameterValue', { name: 'Timestamp' });
  return {
    action,
    version,
    timestamp: Number(timestampText),
    region: request.region,
    token: request.token,
    credential,
  };
}

function tc3Credential(request: Extract<ParsedRequest, { style: 'tc3' }>, timestamp: string): Tc3Credential {
  const parsed = parseTc3Authorization(request.authorization);
  if (!parsed.ok) {
    throw parsed.problem === 'format'
      ? new ApiError('AuthFailure.InvalidAuthorization')
      : new ApiError('AuthFailure.InvalidAuthorization', { variant: parsed.problem });
  }
  return {
    style: 'tc3',
    secretId: parsed.value.secretId,
    auth: parsed.value,
    method: request.method,
    rawQuery: request.rawQuery,
    headers: request.headers,
    body: request.body,
    timestamp,
  };
}

function v1Credential(request: Extract<ParsedRequest, { style: 'v1' }>, timestamp: string): V1Credential {
  const nonce = required(request.nonce, 'Nonce');
  const secretId = required(request.secretId, 'SecretId');
  const signature = required(request.signature, 'Signature');
  return {
    style: 'v1',
    secretId,
    method: request.method,
    host: request.host,
    params: request.params,
    nonce,
    signature,
    signatureMethod: request.signatureMethod,
    timestamp,
  };
}

function required(value: string | undefined, name: string): string {
  if (value === undefined) throw new ApiError('MissingParameter', { name });
  return value;
}

/**
 * The SecretId syntax cardverify accepts: 1 to 128 printable ASCII characters, no spaces. Anything else cannot be
 * one of our keys and gets `AuthFailure.InvalidSecretId` without a key-store round trip.
 */
export function isWellFormedSecretId(secretId: string): boolean {
  return /^[\x21-\x7e]{1,128}$/.test(secretId);
}
