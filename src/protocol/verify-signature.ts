import type { Credential } from './common-params.js';
import { ApiError } from './errors.js';
import { verifyTc3 } from './tc3-signature.js';
import { verifyV1 } from './v1-signature.js';

/**
 * Verifies a request's signature with the looked-up SecretKey (spec §A.5, §A.7) and names the request for the
 * replay guard (decisions.md D3, spec §A.8). Throws `AuthFailure.SignatureFailure` on any mismatch.
 *
 * Replay keys: v1 is (SecretId, Nonce, Timestamp, Signature); the Signature is included because the Node.js
 * SDK's 16-bit nonce collides between different requests of the same second. TC3 has no nonce: the signature
 * itself, which covers timestamp, body (or UNSIGNED-PAYLOAD) and query. Both keys use the verified, canonical
 * signature text, so an alternative encoding of the same signature is the same key.
 */
export function verifySignature(credential: Credential, secretKey: string): { replayKey: string } {
  if (credential.style === 'tc3') {
    const result = verifyTc3({
      method: credential.method,
      rawQuery: credential.rawQuery,
      headers: credential.headers,
      body: credential.body,
      timestamp: credential.timestamp,
      auth: credential.auth,
      secretKey,
    });
    if (!result.ok) {
      throw result.reason === 'date'
        ? new ApiError('AuthFailure.SignatureFailure', { variant: 'date', date: credential.auth.date, expected: result.expected })
        : new ApiError('AuthFailure.SignatureFailure');
    }
    return { replayKey: `tc3\n${credential.auth.signature}` };
  }
  const ok = verifyV1({
    method: credential.method,
    host: credential.host,
    params: credential.params,
    signatureMethod: credential.signatureMethod,
    signature: credential.signature,
    secretKey,
  });
  if (!ok) throw new ApiError('AuthFailure.SignatureFailure');
  return {
    replayKey: ['v1', credential.secretId, credential.nonce, credential.timestamp, credential.signature].join('\n'),
  };
}
