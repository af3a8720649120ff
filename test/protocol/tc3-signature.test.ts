import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonicalHeaderCandidates,
  canonicalRequest,
  formatTc3Authorization,
  hashedPayload,
  parseTc3Authorization,
  sha256Hex,
  signingKeys,
  stringToSign,
  tc3Signature,
  utcDate,
  verifyTc3,
  withoutPort,
  type Tc3Authorization,
} from '../../src/protocol/tc3-signature.js';

// Spec §A.6 worked example (invented credentials).
const SECRET_ID = 'AKIDSELFHOSTEDEXAMPLE1234567890ABCD';
const SECRET_KEY = 'SelfHostedSecretKeyExample0123456';
const HOST = 'faceid.intl.tencentcloudapi.com';
const TIMESTAMP = '1717000000';
const BODY = '{"CardVerificationToken":"b607d0ad-edca-4b54-a35d-b72ef254dc11"}';

const PAYLOAD_HASH = '44f2dfa0c6ac45af5bed4171aa5fc47873088f52a5a4fe29195446910b7619f7';
const CANONICAL = [
  'POST',
  '/',
  '',
  'content-type:application/json',
  `host:${HOST}`,
  '',
  'content-type;host',
  PAYLOAD_HASH,
].join('\n');
const CANONICAL_HASH = '739ebe14b589ea7234c0315db98faac8209e65458a706fec8d4655d11ce977dd';
const SIGNATURE = 'e03115243cb5aa60b39215c01a7689ac88cee63ea780e01b4e7aa47d08859aa1';

function auth(overrides: Partial<Tc3Authorization> = {}): Tc3Authorization {
  return {
    secretId: SECRET_ID,
    date: '2024-05-29',
    service: 'faceid',
    signedHeaders: 'content-type;host',
    signedHeaderNames: ['content-type', 'host'],
    signature: SIGNATURE,
    ...overrides,
  };
}

test('§A.6: payload hash, canonical request and its hash', () => {
  assert.equal(sha256Hex(BODY), PAYLOAD_HASH);
  assert.equal(hashedPayload(Buffer.from(BODY), undefined), PAYLOAD_HASH);
  const built = canonicalRequest({
    method: 'POST',
    query: '',
    canonicalHeaders: `content-type:application/json\nhost:${HOST}\n`,
    signedHeaders: 'content-type;host',
    payloadHash: PAYLOAD_HASH,
  });
  assert.equal(built, CANONICAL);
  assert.equal(sha256Hex(built), CANONICAL_HASH);
});

test('§A.6: string to sign, kDate, kService, kSigning and signature', () => {
  const toSign = stringToSign(TIMESTAMP, '2024-05-29', 'faceid', CANONICAL_HASH);
  assert.equal(toSign, `TC3-HMAC-SHA256\n1717000000\n2024-05-29/faceid/tc3_request\n${CANONICAL_HASH}`);
  const keys = signingKeys(SECRET_KEY, '2024-05-29', 'faceid');
  assert.equal(keys.kDate.toString('hex'), '957eed660f8a167f8b55e9012ba22d2eb13e7989c73c740125020218684cb792');
  assert.equal(keys.kService.toString('hex'), '3b7502be64026cb7e65ae4d9060c2f32149b6b51a3da13f460d3d3b1982a9ca4');
  assert.equal(keys.kSigning.toString('hex'), '4918b93ba26b7e82ce883bed8200909cc954263db7d64ea6b1abd0801989a4bd');
  assert.equal(tc3Signature(keys.kSigning, toSign), SIGNATURE);
  assert.equal(
    formatTc3Authorization(SECRET_ID, '2024-05-29', 'faceid', 'content-type;host', SIGNATURE),
    `TC3-HMAC-SHA256 Credential=${SECRET_ID}/2024-05-29/faceid/tc3_request, SignedHeaders=content-type;host, Signature=${SIGNATURE}`,
  );
});

test('§A.6 variant: x-tc-action signed (value lower-cased)', () => {
  const request = canonicalRequest({
    method: 'POST',
    query: '',
    canonicalHeaders: `content-type:application/json\nhost:${HOST}\nx-tc-action:getcardverificationresult\n`,
    signedHeaders: 'content-type;host;x-tc-action',
    payloadHash: PAYLOAD_HASH,
  });
  assert.equal(sha256Hex(request), 'aaebb6898455f8e23290fadba212256110f315650983ef50cb667fa613ba2498');
  const { kSigning } = signingKeys(SECRET_KEY, '2024-05-29', 'faceid');
  const signature = tc3Signature(kSigning, stringToSign(TIMESTAMP, '2024-05-29', 'faceid', sha256Hex(request)));
  assert.equal(signature, '272624c4d440c997c377acd2e4fdde6fee2ba42040d508dff9aae33370395b4d');
  // And the verifier accepts it from headers as a client sends them (X-TC-Action in its original case).
  const result = verifyTc3({
    method: 'POST',
    rawQuery: '',
    headers: { 'content-type': 'application/json', host: HOST, 'x-tc-action': 'GetCardVerificationResult' },
    body: Buffer.from(BODY),
    timestamp: TIMESTAMP,
    auth: auth({
      signedHeaders: 'content-type;host;x-tc-action',
      signedHeaderNames: ['content-type', 'host', 'x-tc-action'],
      signature,
    }),
    secretKey: SECRET_KEY,
  });
  assert.deepEqual(result, { ok: true });
});

test('§A.6 variant: GET with the query hashed as received and an empty payload', () => {
  const query = 'CardVerificationToken=b607d0ad-edca-4b54-a35d-b72ef254dc11';
  const request = canonicalRequest({
    method: 'GET',
    query,
    canonicalHeaders: `content-type:application/x-www-form-urlencoded\nhost:${HOST}\n`,
    signedHeaders: 'content-type;host',
    payloadHash: sha256Hex(''),
  });
  assert.equal(sha256Hex(request), '1363c5a9f36936f1ba23ab45f4ab2c76be3febbf98b4fd1905d039b74ffbeea6');
  const signature = '9bd574f9b30e84ca01e8a80db0d41b16bce8bfda38fc4f537381fe30a36d75de';
  const result = verifyTc3({
    method: 'GET',
    rawQuery: query,
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: HOST },
    body: Buffer.alloc(0),
    timestamp: TIMESTAMP,
    auth: auth({ signature }),
    secretKey: SECRET_KEY,
  });
  assert.deepEqual(result, { ok: true });
});

test('official documentation vectors (35e9c5b0…, 5ffe6a04…, 7019a55b…) and the UTC date rule', () => {
  const payload = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
  const payloadHash = sha256Hex(payload);
  assert.equal(payloadHash, '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
  const base = { method: 'POST', query: '', payloadHash };
  const headers = 'content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n';
  assert.equal(
    sha256Hex(canonicalRequest({ ...base, canonicalHeaders: headers, signedHeaders: 'content-type;host' })),
    '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
  );
  assert.equal(
    sha256Hex(
      canonicalRequest({
        ...base,
        canonicalHeaders: `${headers}x-tc-action:describeinstances\n`,
        signedHeaders: 'content-type;host;x-tc-action',
      }),
    ),
    '7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
  );
  assert.equal(utcDate(1551113065), '2019-02-25');
  assert.equal(utcDate(1717027199), '2024-05-29');
  assert.equal(utcDate(1717027200), '2024-05-30');
});

function verifyWith(headers: Record<string, string>, overrides: Partial<Tc3Authorization> = {}, body = BODY) {
  return verifyTc3({
    method: 'POST',
    rawQuery: '',
    headers,
    body: Buffer.from(body),
    timestamp: TIMESTAMP,
    auth: auth(overrides),
    secretKey: SECRET_KEY,
  });
}

test('verify: §A.6 request passes; host with port (signed without) passes; wrong key or body fails', () => {
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: HOST }), { ok: true });
  // Node.js SDK: Host header carries the port, the signature covers the hostname only (§A.9).
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: `${HOST}:8443` }), { ok: true });
  // Upper-case host as sent; the documented rule lower-cases it.
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: HOST.toUpperCase() }), { ok: true });
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: 'other.example.com' }), { ok: false, reason: 'mismatch' });
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: HOST }, {}, `${BODY} `), { ok: false, reason: 'mismatch' });
  // Content-Type is hashed exactly as sent: a charset suffix is a different header.
  assert.deepEqual(verifyWith({ 'content-type': 'application/json; charset=utf-8', host: HOST }), { ok: false, reason: 'mismatch' });
  const wrongKey = verifyTc3({
    method: 'POST',
    rawQuery: '',
    headers: { 'content-type': 'application/json', host: HOST },
    body: Buffer.from(BODY),
    timestamp: TIMESTAMP,
    auth: auth(),
    secretKey: `${SECRET_KEY}x`,
  });
  assert.deepEqual(wrongKey, { ok: false, reason: 'mismatch' });
});

test('verify: the credential date must be the UTC date of the timestamp', () => {
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: HOST }, { date: '2024-05-30' }), {
    ok: false,
    reason: 'date',
    expected: '2024-05-29',
  });
});

test('verify: the credential-scope service is used as sent (custom endpoint kyc.example.com → kyc)', () => {
  const request = canonicalRequest({
    method: 'POST',
    query: '',
    canonicalHeaders: 'content-type:application/json\nhost:kyc.example.com\n',
    signedHeaders: 'content-type;host',
    payloadHash: PAYLOAD_HASH,
  });
  const { kSigning } = signingKeys(SECRET_KEY, '2024-05-29', 'kyc');
  const signature = tc3Signature(kSigning, stringToSign(TIMESTAMP, '2024-05-29', 'kyc', sha256Hex(request)));
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: 'kyc.example.com:8080' }, { service: 'kyc', signature }), { ok: true });
});

test('verify: X-TC-Content-SHA256: UNSIGNED-PAYLOAD hashes the literal, whatever the body', () => {
  assert.equal(hashedPayload(Buffer.from('anything'), 'UNSIGNED-PAYLOAD'), '438d4109ef0d676b8c2c7ed13cdfcb418e494d53b843d4634ce3b1085f07bb96');
  const request = canonicalRequest({
    method: 'POST',
    query: '',
    canonicalHeaders: `content-type:application/json\nhost:${HOST}\n`,
    signedHeaders: 'content-type;host',
    payloadHash: '438d4109ef0d676b8c2c7ed13cdfcb418e494d53b843d4634ce3b1085f07bb96',
  });
  const { kSigning } = signingKeys(SECRET_KEY, '2024-05-29', 'faceid');
  const signature = tc3Signature(kSigning, stringToSign(TIMESTAMP, '2024-05-29', 'faceid', sha256Hex(request)));
  const headers = { 'content-type': 'application/json', host: HOST, 'x-tc-content-sha256': 'UNSIGNED-PAYLOAD' };
  assert.deepEqual(verifyWith(headers, { signature }, '{"Other":"body"}'), { ok: true });
  assert.deepEqual(verifyWith({ 'content-type': 'application/json', host: HOST }, { signature }), { ok: false, reason: 'mismatch' });
});

test('parse Authorization: with and without space after commas; upper-case hex accepted', () => {
  const header = `TC3-HMAC-SHA256 Credential=${SECRET_ID}/2024-05-29/faceid/tc3_request, SignedHeaders=content-type;host, Signature=${SIGNATURE}`;
  const spaced = parseTc3Authorization(header);
  assert.ok(spaced.ok);
  assert.deepEqual(spaced.value, auth());
  const tight = parseTc3Authorization(header.replace(/, /g, ',').replace(SIGNATURE, SIGNATURE.toUpperCase()));
  assert.ok(tight.ok);
  assert.deepEqual(tight.value, auth());
});

test('parse Authorization: each malformation names its problem', () => {
  const good = `Credential=${SECRET_ID}/2024-05-29/faceid/tc3_request, SignedHeaders=content-type;host, Signature=${SIGNATURE}`;
  const problem = (header: string) => {
    const result = parseTc3Authorization(header);
    return result.ok ? 'ok' : result.problem;
  };
  assert.equal(problem(`TC3-HMAC-SHA1 ${good}`), 'algorithm');
  assert.equal(problem(`Bearer abc`), 'algorithm');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good.replace('tc3_request', 'tc4_request')}`), 'credential');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good.replace('2024-05-29', '20240529')}`), 'credential');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good.replace(`${SECRET_ID}/`, '')}`), 'credential');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good.replace('content-type;host', 'host')}`), 'signedHeaders');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good.replace(SIGNATURE, 'abc')}`), 'format');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good.replace(', SignedHeaders=content-type;host', '')}`), 'format');
  assert.equal(problem(`TC3-HMAC-SHA256 ${good}, junk`), 'format');
});

test('canonical header candidates and port stripping', () => {
  assert.equal(withoutPort('example.com:8080'), 'example.com');
  assert.equal(withoutPort('[::1]:8080'), '[::1]');
  assert.equal(withoutPort('[::1]'), '[::1]');
  assert.equal(withoutPort('example.com'), 'example.com');
  const blocks = canonicalHeaderCandidates(['content-type', 'host'], { 'content-type': 'Application/JSON', host: 'Example.com:81' });
  assert.deepEqual(blocks.sort(), [
    'content-type:Application/JSON\nhost:Example.com\n',
    'content-type:Application/JSON\nhost:Example.com:81\n',
    'content-type:application/json\nhost:example.com\n',
    'content-type:application/json\nhost:example.com:81\n',
  ]);
});
