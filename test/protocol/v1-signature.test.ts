import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeForm } from '../../src/protocol/form-decode.js';
import { v1Method, v1Sign, v1StringToSign, verifyV1 } from '../../src/protocol/v1-signature.js';

// Spec §A.7 worked example (invented credentials).
const SECRET_KEY = 'SelfHostedSecretKeyExample0123456';
const HOST = 'faceid.intl.tencentcloudapi.com';
const POST_BODY =
  'Action=GetCardVerificationResult&CardVerificationToken=b607d0ad-edca-4b54-a35d-b72ef254dc11&Language=en-US&Nonce=11886&Region=ap-singapore&SecretId=AKIDSELFHOSTEDEXAMPLE1234567890ABCD&SignatureMethod=HmacSHA256&Timestamp=1717000000&Version=2018-03-01&Signature=P1U3PQ7rCnw0R6%2FbG6x9m6hH%2Fbo7rsFq7kYvpVCFKX8%3D';
const STRING_TO_SIGN =
  'POSTfaceid.intl.tencentcloudapi.com/?Action=GetCardVerificationResult&CardVerificationToken=b607d0ad-edca-4b54-a35d-b72ef254dc11&Language=en-US&Nonce=11886&Region=ap-singapore&SecretId=AKIDSELFHOSTEDEXAMPLE1234567890ABCD&SignatureMethod=HmacSHA256&Timestamp=1717000000&Version=2018-03-01';

test('§A.7 POST HmacSHA256: string to sign and signature', () => {
  const params = decodeForm(POST_BODY);
  const toSign = v1StringToSign('POST', HOST, params);
  assert.equal(toSign, STRING_TO_SIGN);
  assert.equal(v1Sign(SECRET_KEY, toSign, 'HmacSHA256'), 'P1U3PQ7rCnw0R6/bG6x9m6hH/bo7rsFq7kYvpVCFKX8=');
  const signature = params.find(([name]) => name === 'Signature')?.[1] ?? '';
  assert.equal(verifyV1({ method: 'POST', host: HOST, params, signatureMethod: 'HmacSHA256', signature, secretKey: SECRET_KEY }), true);
});

test('§A.7 GET HmacSHA1 with the same parameters', () => {
  const params = decodeForm(POST_BODY.replace('HmacSHA256', 'HmacSHA1'));
  const toSign = v1StringToSign('GET', HOST, params);
  assert.equal(toSign, `GET${STRING_TO_SIGN.slice(4).replace('HmacSHA256', 'HmacSHA1')}`);
  assert.equal(v1Sign(SECRET_KEY, toSign, 'HmacSHA1'), 'XKvvYQ4CkxsA9WUgcYY2rjbruuw=');
  assert.equal(
    verifyV1({ method: 'GET', host: HOST, params, signatureMethod: 'HmacSHA1', signature: 'XKvvYQ4CkxsA9WUgcYY2rjbruuw=', secretKey: SECRET_KEY }),
    true,
  );
});

test('sorting is by name in ASCII order, over decoded values, in any arrival order', () => {
  const params = decodeForm('X.2=b&X.12=a&A=hello+world%21');
  assert.equal(v1StringToSign('GET', 'h', params), 'GETh/?A=hello world!&X.12=a&X.2=b');
});

test('SignatureMethod: only exactly HmacSHA256 selects SHA-256', () => {
  assert.equal(v1Method('HmacSHA256'), 'HmacSHA256');
  assert.equal(v1Method('HmacSHA1'), 'HmacSHA1');
  assert.equal(v1Method(undefined), 'HmacSHA1');
  assert.equal(v1Method('hmacsha256'), 'HmacSHA1');
});

test('verify fails on wrong key, wrong host, tampered parameter, or another encoding of the signature', () => {
  const params = decodeForm(POST_BODY);
  const base = { method: 'POST', host: HOST, params, signatureMethod: 'HmacSHA256', signature: 'P1U3PQ7rCnw0R6/bG6x9m6hH/bo7rsFq7kYvpVCFKX8=', secretKey: SECRET_KEY };
  assert.equal(verifyV1(base), true);
  // Host as sent with a port the client did not sign: tolerated (same endpoint).
  assert.equal(verifyV1({ ...base, host: `${HOST}:443` }), true);
  assert.equal(verifyV1({ ...base, secretKey: 'other' }), false);
  assert.equal(verifyV1({ ...base, host: 'other.example.com' }), false);
  assert.equal(verifyV1({ ...base, method: 'GET' }), false);
  const tampered = params.map(([name, value]) => [name, name === 'Region' ? 'ap-jakarta' : value] as const);
  assert.equal(verifyV1({ ...base, params: tampered }), false);
  // Same bytes, non-canonical Base64 text (no padding): refused, so the replay key stays canonical.
  assert.equal(verifyV1({ ...base, signature: 'P1U3PQ7rCnw0R6/bG6x9m6hH/bo7rsFq7kYvpVCFKX8' }), false);
});
