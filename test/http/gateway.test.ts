import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { test } from 'node:test';
import { createGateway, type ActionContext, type GatewayDeps, type RawRequest } from '../../src/http/gateway.js';
import { ApiError } from '../../src/protocol/errors.js';
import {
  canonicalRequest,
  formatTc3Authorization,
  sha256Hex,
  signingKeys,
  stringToSign,
  tc3Signature,
  utcDate,
} from '../../src/protocol/tc3-signature.js';
import { v1Sign, v1StringToSign } from '../../src/protocol/v1-signature.js';

// Gateway order and every error path (spec §J, decisions.md D1–D7), with a fake clock and in-memory keys.

const ID = '00000000-0000-4000-8000-000000000000';
const T0 = 1717000000;
const HOST = 'faceid.intl.tencentcloudapi.com';
const SECRET_ID = 'AKIDSELFHOSTEDEXAMPLE1234567890ABCD';
const SECRET_KEY = 'SelfHostedSecretKeyExample0123456';

const CONFIG: GatewayDeps['config'] = {
  protocol: {
    regions: ['ap-hongkong', 'ap-jakarta', 'ap-singapore'],
    maxClockSkewSeconds: 300,
    maxPostBytes: 4096,
    maxGetBytes: 512,
    keyCacheSeconds: 0,
  },
  rateLimits: { applyPerSecond: 2, getPerSecond: 3 },
};

function setup(overrides: Partial<GatewayDeps> = {}) {
  const clock = { ms: T0 * 1000 + 500 };
  const calls: { ctx: ActionContext; params: Record<string, unknown> }[] = [];
  const faults: unknown[] = [];
  const echo = async (ctx: ActionContext, params: Record<string, unknown>) => {
    calls.push({ ctx, params });
    return { Echo: params, App: ctx.app };
  };
  const gateway = createGateway({
    config: CONFIG,
    lookupSecret: async (id) => (id === SECRET_ID ? { secretKey: SECRET_KEY, app: 'app-1' } : null),
    actions: { GetCardVerificationResult: echo, ApplyCardVerification: echo },
    now: () => clock.ms,
    newRequestId: () => ID,
    onError: (err) => faults.push(err),
    ...overrides,
  });
  return { gateway, clock, calls, faults };
}

interface Tc3Options {
  method?: 'GET' | 'POST';
  body?: string;
  query?: string;
  timestamp?: number;
  action?: string;
  version?: string;
  region?: string | null;
  secretId?: string;
  secretKey?: string;
  date?: string;
  headers?: IncomingHttpHeaders;
}

/** A TC3 request as the Node.js SDK builds it: Host with port, hostname only in the signature. */
function tc3(options: Tc3Options = {}): RawRequest {
  const method = options.method ?? 'POST';
  const body = options.body ?? (method === 'POST' ? '{"CardVerificationToken":"t1"}' : '');
  const query = options.query ?? '';
  const timestamp = options.timestamp ?? T0;
  const date = options.date ?? utcDate(timestamp);
  const contentType = method === 'GET' ? 'application/x-www-form-urlencoded' : 'application/json';
  const request = canonicalRequest({
    method,
    query,
    canonicalHeaders: `content-type:${contentType}\nhost:${HOST}\n`,
    signedHeaders: 'content-type;host',
    payloadHash: sha256Hex(body),
  });
  const { kSigning } = signingKeys(options.secretKey ?? SECRET_KEY, date, 'faceid');
  const signature = tc3Signature(kSigning, stringToSign(String(timestamp), date, 'faceid', sha256Hex(request)));
  const headers: IncomingHttpHeaders = {
    host: `${HOST}:8443`,
    'content-type': contentType,
    'x-tc-action': options.action ?? 'GetCardVerificationResult',
    'x-tc-version': options.version ?? '2018-03-01',
    'x-tc-timestamp': String(timestamp),
    authorization: formatTc3Authorization(options.secretId ?? SECRET_ID, date, 'faceid', 'content-type;host', signature),
    ...options.headers,
  };
  if (options.region !== null) headers['x-tc-region'] = options.region ?? 'ap-singapore';
  return { method, rawUrl: query ? `/?${query}` : '/', headers, body: Buffer.from(body) };
}

/** A v1 request as the intl SDK builds it (insertion order on the wire, sorted for signing). */
function v1(method: 'GET' | 'POST', params: Record<string, string>, secretKey = SECRET_KEY, signatureMethod: 'HmacSHA1' | 'HmacSHA256' = 'HmacSHA256'): RawRequest {
  const all: Record<string, string> = {
    Action: 'GetCardVerificationResult',
    Nonce: '11886',
    Timestamp: String(T0),
    Version: '2018-03-01',
    Language: 'en-US',
    SecretId: SECRET_ID,
    Region: 'ap-singapore',
    SignatureMethod: signatureMethod,
    ...params,
  };
  const pairs = Object.entries(all);
  const signature = v1Sign(secretKey, v1StringToSign(method, HOST, pairs), signatureMethod);
  const text = new URLSearchParams([...pairs, ['Signature', signature]]).toString();
  const headers: IncomingHttpHeaders = { host: HOST };
  if (method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
  return method === 'GET'
    ? { method, rawUrl: `/?${text}`, headers, body: Buffer.alloc(0) }
    : { method, rawUrl: '/', headers, body: Buffer.from(text) };
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: ID } });
}

async function code(gateway: ReturnType<typeof setup>['gateway'], raw: RawRequest): Promise<string | null> {
  return (await gateway.handle(raw)).errorCode;
}

test('TC3 POST JSON succeeds: exact envelope bytes, context, action parameters', async () => {
  const { gateway, calls } = setup();
  const reply = await gateway.handle(tc3());
  assert.deepEqual(reply, {
    body: `{"Response":{"Echo":{"CardVerificationToken":"t1"},"App":"app-1","RequestId":"${ID}"}}`,
    action: 'GetCardVerificationResult',
    errorCode: null,
    requestId: ID,
  });
  assert.deepEqual(calls[0]?.ctx, { requestId: ID, secretId: SECRET_ID, app: 'app-1', region: 'ap-singapore', language: 'en-US' });
});

test('TC3 GET succeeds with the query hashed as received', async () => {
  const { gateway, calls } = setup();
  const reply = await gateway.handle(tc3({ method: 'GET', query: 'CardVerificationToken=a%20b&Filters.0=x' }));
  assert.equal(reply.errorCode, null, reply.body);
  assert.deepEqual(calls[0]?.params, { CardVerificationToken: 'a b', Filters: ['x'] });
});

test('v1 POST form (HmacSHA256) and v1 GET (HmacSHA1) succeed; common parameters are not action parameters', async () => {
  const { gateway, calls } = setup();
  assert.equal(await code(gateway, v1('POST', { CardVerificationToken: 'p' })), null);
  assert.equal(await code(gateway, v1('GET', { CardVerificationToken: 'g', Nonce: '2' }, SECRET_KEY, 'HmacSHA1')), null);
  assert.deepEqual(calls.map((c) => c.params), [{ CardVerificationToken: 'p' }, { CardVerificationToken: 'g' }]);
});

test('wrong key → AuthFailure.SignatureFailure (exact bytes), for TC3 and v1', async () => {
  const { gateway, calls } = setup();
  const expected = errorBody(
    'AuthFailure.SignatureFailure',
    'The provided credentials could not be validated. Please check your signature is correct.',
  );
  assert.equal((await gateway.handle(tc3({ secretKey: 'wrong' }))).body, expected);
  assert.equal((await gateway.handle(v1('POST', { CardVerificationToken: 'x' }, 'wrong'))).body, expected);
  const tampered = tc3();
  tampered.body = Buffer.from('{"CardVerificationToken":"t2"}');
  assert.equal(await code(gateway, tampered), 'AuthFailure.SignatureFailure');
  assert.equal(calls.length, 0);
});

test('credential date other than the UTC date of the timestamp → SignatureFailure naming both dates', async () => {
  const { gateway } = setup();
  const reply = await gateway.handle(tc3({ date: '2024-05-30' }));
  assert.equal(
    reply.body,
    errorBody('AuthFailure.SignatureFailure', 'The date `2024-05-30` in the credential scope is not the UTC date of the request timestamp (2024-05-29).'),
  );
});

test('unknown SecretId → SecretIdNotFound; foreign syntax → InvalidSecretId; malformed Authorization', async () => {
  const { gateway } = setup();
  assert.equal(
    (await gateway.handle(tc3({ secretId: 'AKIDUNKNOWN' }))).body,
    errorBody('AuthFailure.SecretIdNotFound', 'The SecretId is not found, please ensure that your SecretId is correct.'),
  );
  assert.equal(await code(gateway, v1('GET', { SecretId: 'not a key' })), 'AuthFailure.InvalidSecretId');
  assert.equal(await code(gateway, tc3({ headers: { authorization: 'TC3-HMAC-SHA256 Credential=x' } })), 'AuthFailure.InvalidAuthorization');
});

test('timestamp more than 300 s away, in either direction → SignatureExpire; 300 s is accepted (decisions.md D3)', async () => {
  const { gateway, clock } = setup();
  clock.ms = (T0 + 301) * 1000;
  assert.equal(
    (await gateway.handle(tc3())).body,
    errorBody('AuthFailure.SignatureExpire', 'Signature expired: the timestamp differs from server time by more than 300 seconds. Check that your clock is synchronised.'),
  );
  clock.ms = (T0 - 301) * 1000;
  assert.equal(await code(gateway, tc3()), 'AuthFailure.SignatureExpire');
  assert.equal(await code(gateway, v1('POST', {})), 'AuthFailure.SignatureExpire');
  clock.ms = (T0 + 300) * 1000 + 999;
  assert.equal(await code(gateway, tc3()), null);
  // The clock check precedes the key lookup: an unknown key with an old timestamp is told about the clock.
  clock.ms = (T0 + 1000) * 1000;
  assert.equal(await code(gateway, tc3({ secretId: 'AKIDUNKNOWN' })), 'AuthFailure.SignatureExpire');
});

test('replay inside the window → SignatureFailure saying replay; v1 nonce collision with other parameters passes', async () => {
  const { gateway, clock } = setup();
  const request = tc3();
  assert.equal(await code(gateway, request), null);
  // Still refused in the last millisecond the clock check accepts.
  clock.ms = (T0 + 300) * 1000 + 999;
  assert.equal(
    (await gateway.handle(request)).body,
    errorBody('AuthFailure.SignatureFailure', 'The request has already been received (replay). Every request needs a new signature: retry with a fresh timestamp and nonce.'),
  );
  assert.equal(await code(gateway, v1('POST', { CardVerificationToken: 'a' })), null);
  assert.equal(await code(gateway, v1('POST', { CardVerificationToken: 'a' })), 'AuthFailure.SignatureFailure');
  // Same SecretId, Nonce and Timestamp, different request (the Node.js SDK's 16-bit nonce collides, spec §A.8).
  assert.equal(await code(gateway, v1('POST', { CardVerificationToken: 'b' })), null);
  // A forged request with a stolen nonce cannot poison the guard: it fails before being recorded.
  assert.equal(await code(gateway, v1('POST', { CardVerificationToken: 'c' }, 'wrong')), 'AuthFailure.SignatureFailure');
  assert.equal(await code(gateway, v1('POST', { CardVerificationToken: 'c' })), null);
  // X-TC-Action and X-TC-Region are not signed by the SDKs: a captured request re-sent with them changed is
  // still the same signature, so it is refused as a replay.
  const swapped = { ...request, headers: { ...request.headers, 'x-tc-action': 'ApplyCardVerification', 'x-tc-region': 'ap-jakarta' } };
  assert.equal(await code(gateway, swapped), 'AuthFailure.SignatureFailure');
});

test('version, action and region are checked after authentication, in that order', async () => {
  const { gateway } = setup();
  assert.equal(
    (await gateway.handle(tc3({ version: '2017-01-01', action: 'Nope', region: 'mars' }))).body,
    errorBody('NoSuchVersion', 'The API version `2017-01-01` does not exist.'),
  );
  assert.equal((await gateway.handle(tc3({ action: 'DescribeInstances', region: 'mars', body: '{"a":1}' }))).body, errorBody('InvalidAction', 'The action `DescribeInstances` does not exist.'));
  assert.equal(await code(gateway, tc3({ action: 'constructor', body: '{"a":2}' })), 'InvalidAction');
  assert.equal(await code(gateway, tc3({ action: '__proto__', body: '{"a":3}' })), 'InvalidAction');
  // An unknown action with a bad signature is a signature failure first: nothing is revealed unauthenticated.
  assert.equal(await code(gateway, tc3({ action: 'Nope', secretKey: 'wrong' })), 'AuthFailure.SignatureFailure');
});

test('region missing → MissingParameter; other region → UnsupportedRegion (decisions.md D4)', async () => {
  const { gateway } = setup();
  const missing = await gateway.handle(tc3({ region: null }));
  assert.equal(missing.body, errorBody('MissingParameter', 'The request is missing a required parameter `Region`.'));
  assert.equal(missing.action, 'GetCardVerificationResult');
  assert.equal((await gateway.handle(tc3({ region: 'ap-guangzhou', body: '{"b":1}' }))).body, errorBody('UnsupportedRegion', 'The action not support this region.'));
  assert.equal(await code(gateway, tc3({ region: 'ap-jakarta', body: '{"b":2}' })), null);
});

test('missing common parameters → MissingParameter naming the first one (observed message)', async () => {
  const { gateway } = setup();
  const request = tc3();
  delete request.headers['x-tc-version'];
  assert.equal((await gateway.handle(request)).body, errorBody('MissingParameter', 'The request is missing a required parameter `Version`.'));
  const noSignature = v1('GET', {});
  noSignature.rawUrl = noSignature.rawUrl.replace(/&Signature=[^&]*/, '');
  assert.equal((await gateway.handle(noSignature)).body, errorBody('MissingParameter', 'The request is missing a required parameter `Signature`.'));
  const json = await gateway.handle({ method: 'POST', rawUrl: '/', headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') });
  assert.equal(json.errorCode, 'MissingParameter');
  assert.match(json.body, /`Authorization`: a POST that is not `application\/x-www-form-urlencoded` must be signed with TC3-HMAC-SHA256/);
});

test('oversize POST, oversize GET (query counts), and a body refused while reading (decisions.md D6)', async () => {
  const { gateway } = setup();
  const big = tc3({ body: JSON.stringify({ CardVerificationToken: 'x'.repeat(5000) }) });
  assert.equal((await gateway.handle(big)).body, errorBody('InvalidParameter', 'The request exceeds the size limit of 4096 bytes for POST requests.'));
  const longGet = tc3({ method: 'GET', query: `CardVerificationToken=${'y'.repeat(600)}` });
  assert.equal((await gateway.handle(longGet)).body, errorBody('InvalidParameter', 'The request exceeds the size limit of 512 bytes for GET requests.'));
  const refused = gateway.tooLarge({ method: 'POST', rawUrl: '/', headers: { 'content-type': 'application/json', authorization: 'x', 'x-tc-language': 'zh-CN' } }, 10485760);
  assert.deepEqual(refused, {
    body: errorBody('InvalidParameter', '请求大小超过 POST 请求的上限 10485760 字节。'),
    action: '',
    errorCode: 'InvalidParameter',
    requestId: ID,
  });
  assert.equal(gateway.tooLarge({ method: 'PUT', rawUrl: '/', headers: {} }, 10).errorCode, 'UnsupportedProtocol');
});

test('methods other than GET and POST → UnsupportedProtocol (methods are case-sensitive)', async () => {
  const { gateway } = setup();
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'get']) {
    const reply = await gateway.handle({ ...tc3(), method });
    assert.equal(reply.body, errorBody('UnsupportedProtocol', `The HTTP method \`${method}\` is not supported; use GET or POST.`));
  }
});

test('a session token (X-TC-Token or Token) → AuthFailure.TokenFailure', async () => {
  const { gateway } = setup();
  assert.equal(await code(gateway, tc3({ headers: { 'x-tc-token': 'session' } })), 'AuthFailure.TokenFailure');
  assert.equal(await code(gateway, v1('POST', { Token: 'session' })), 'AuthFailure.TokenFailure');
  // An empty token is no token (SDKs without temporary credentials may send it empty).
  assert.equal(await code(gateway, tc3({ headers: { 'x-tc-token': '' } })), null);
});

test('zh-CN localises Error.Message only: X-TC-Language for TC3, Language for v1', async () => {
  const { gateway } = setup();
  assert.equal(
    (await gateway.handle(tc3({ secretKey: 'wrong', headers: { 'x-tc-language': 'zh-CN' } }))).body,
    errorBody('AuthFailure.SignatureFailure', '请求签名验证失败，请检查您的签名计算是否正确。'),
  );
  assert.equal(
    (await gateway.handle(v1('GET', { Language: 'zh-CN', Region: 'eu-west' }))).body,
    errorBody('UnsupportedRegion', '接口不支持所传地域。'),
  );
  assert.equal(
    (await gateway.handle({ ...tc3(), method: 'PUT', headers: { 'x-tc-language': 'zh-CN' } })).body,
    errorBody('UnsupportedProtocol', '不支持 HTTP 方法 `PUT`，请使用 GET 或 POST。'),
  );
});

test('rate limit per SecretId and action: burst = rate, refill per second (decisions.md D7)', async () => {
  const { gateway, clock } = setup();
  const get = (n: number) => tc3({ body: `{"N":${n}}` });
  // Distinct bodies: X-TC-Action is not signed, so equal bodies would be one signature, i.e. a replay.
  const apply = (n: number) => tc3({ action: 'ApplyCardVerification', body: `{"A":${n}}` });
  assert.deepEqual([await code(gateway, get(1)), await code(gateway, get(2)), await code(gateway, get(3))], [null, null, null]);
  assert.equal(
    (await gateway.handle(get(4))).body,
    errorBody('RequestLimitExceeded', 'The request rate for `GetCardVerificationResult` exceeds 3 requests per second for this SecretId.'),
  );
  assert.deepEqual([await code(gateway, apply(1)), await code(gateway, apply(2)), await code(gateway, apply(3))], [null, null, 'RequestLimitExceeded']);
  clock.ms += 1000;
  assert.equal(await code(gateway, get(5)), null);
});

test('a request refused before running is not a replay when re-sent: the Go SDK retries RequestLimitExceeded as is', async () => {
  const { gateway, clock, calls } = setup();
  for (let n = 0; n < 3; n++) assert.equal(await code(gateway, tc3({ body: `{"N":${n}}` })), null);
  const limited = tc3({ body: '{"N":"retry"}' });
  assert.equal(await code(gateway, limited), 'RequestLimitExceeded');
  clock.ms += 1000;
  assert.equal(await code(gateway, limited), null);
  assert.equal(calls.length, 4);
  assert.equal(await code(gateway, limited), 'AuthFailure.SignatureFailure');
  // Likewise a request refused for its region may be corrected only by re-signing; re-sent as is, it is judged again.
  const wrongRegion = tc3({ body: '{"N":"region"}', region: 'mars' });
  assert.equal(await code(gateway, wrongRegion), 'UnsupportedRegion');
  assert.equal(await code(gateway, wrongRegion), 'UnsupportedRegion');
});

test('handler ApiError is answered as is; any other fault is InternalError without its message', async () => {
  const { gateway, faults } = setup({
    actions: {
      GetCardVerificationResult: async () => {
        throw new ApiError('InvalidParameterValue.InvalidParameterValueLimit', { variant: 'token' });
      },
      ApplyCardVerification: async () => {
        throw new Error('database password is hunter2');
      },
    },
  });
  const reply = await gateway.handle(tc3({ headers: { 'x-tc-language': 'zh-CN' } }));
  assert.equal(reply.body, errorBody('InvalidParameterValue.InvalidParameterValueLimit', '`CardVerificationToken` 无效或已过期。'));
  const fault = await gateway.handle(tc3({ action: 'ApplyCardVerification', body: '{"Nationality":"HKG"}' }));
  assert.equal(fault.body, errorBody('InternalError', 'An internal error has occurred. Please retry later.'));
  assert.equal(fault.action, 'ApplyCardVerification');
  assert.equal(faults.length, 1);
  assert.doesNotMatch(fault.body, /hunter2/);
});

test('a failing key store is an InternalError, and a failing onError does not lose the answer', async () => {
  const { gateway } = setup({
    lookupSecret: async () => {
      throw new Error('connection refused');
    },
    onError: () => {
      throw new Error('logger down');
    },
  });
  assert.equal((await gateway.handle(tc3())).errorCode, 'InternalError');
});

test('the action body is parsed only after authentication: bad JSON is InvalidParameter once signed', async () => {
  const { gateway } = setup();
  assert.equal(await code(gateway, tc3({ body: '{"broken"' })), 'InvalidParameter');
  const unsigned = tc3({ body: '{"fine":1}' });
  unsigned.body = Buffer.from('{"broken"');
  assert.equal(await code(gateway, unsigned), 'AuthFailure.SignatureFailure');
});

test('a v1 form with a segment without `=` gets the observed InvalidParameter message', async () => {
  const { gateway } = setup();
  const reply = await gateway.handle({
    method: 'POST',
    rawUrl: '/',
    headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded' },
    body: Buffer.from('Action=X&oops'),
  });
  assert.equal(reply.body, errorBody('InvalidParameter', 'Url key and value should be splited by `=`.'));
});

test('default request ids are UUID v4', async () => {
  const gateway = createGateway({ config: CONFIG, lookupSecret: async () => null, actions: {} });
  const reply = await gateway.handle({ method: 'PUT', rawUrl: '/', headers: {}, body: Buffer.alloc(0) });
  assert.match(reply.requestId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(reply.body.endsWith(`"RequestId":"${reply.requestId}"}}`));
});
