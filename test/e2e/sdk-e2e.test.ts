import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { handMadePng } from '../images/image-bytes.js';
import { runCli, startServer, tempDir, type ServerProcess } from '../support/cli-process.js';
import { assertGolden } from '../support/golden.js';
import { httpRequest, normalised, tc3Post } from '../support/raw-client.js';
import { commonClient, errorOf, intlClient, type Key, type SdkCall } from '../support/sdk-clients.js';

// End to end through the official Tencent SDKs from npm, unchanged (decisions.md D2), against a real
// `cardverify serve` process on embedded storage and a random port.

const SEED_MEMBERS = [
  'HKIDCard', 'MLIDCard', 'PhilippinesVoteID', 'IndonesiaIDCard', 'PhilippinesDrivingLicense', 'PhilippinesTinID',
  'PhilippinesSSSID', 'PhilippinesUMID', 'InternationalIDPassport', 'GeneralCard', 'IndonesiaDrivingLicense',
  'ThailandIDCard', 'SingaporeIDCard',
];
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: ServerProcess;
let data: { path: string; remove(): void };
let keyA: Key;
let keyB: Key;
let photo: string;
let imageHost: Server;
let imageBase: string;

async function createKey(app: string): Promise<Key> {
  const r = await runCli(['keys', 'create', '--app', app, '--json'], { CARDVERIFY_DATA_DIR: data.path });
  assert.equal(r.code, 0, r.stderr);
  const key = JSON.parse(r.stdout) as Key & { App: string };
  assert.equal(key.App, app);
  return key;
}

/** Polls as a client following the polling hints would (never faster than once a second per token). */
async function pollFinal(call: SdkCall, token: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 60; i++) {
    const r = await call('GetCardVerificationResult', { CardVerificationToken: token });
    if (r.Status !== 'Processing') return r;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('verification did not finish');
}

function assertSeedShape(r: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(r), ['Status', 'WarnInfo', 'Nationality', 'CardType', 'CardSubType', 'CardInfo', 'IDVerificationToken', 'RequestId']);
  assert.deepEqual(Object.keys(r.CardInfo as object), SEED_MEMBERS);
  assert.match(r.RequestId as string, UUID_V4);
}

before(async () => {
  data = tempDir('cardverify-e2e-');
  imageHost = createServer((req, res) => {
    if (req.url === '/loop') res.writeHead(302, { Location: '/loop' }).end();
    else if (req.url === '/photo.jpg') res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(Buffer.from(photo, 'base64'));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => imageHost.listen(0, '127.0.0.1', r));
  imageBase = `http://127.0.0.1:${(imageHost.address() as AddressInfo).port}`;
  photo = (
    await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 150, g: 140, b: 120 } } })
      .jpeg({ quality: 85 })
      .toBuffer()
  ).toString('base64');
  server = await startServer({ CARDVERIFY_DATA_DIR: data.path, CARDVERIFY_URL_ALLOW_LIST: '127.0.0.1' });
  keyA = await createKey('app-a');
  keyB = await createKey('app-b');
});

after(async () => {
  await server?.stop();
  imageHost?.close();
  data?.remove();
});

describe('Apply → poll → final result in the exact seed shape', () => {
  const clients: Array<[string, () => SdkCall]> = [
    ['intl SDK, default v1 HmacSHA256 POST form', () => intlClient({ endpoint: server.endpoint, key: keyA })],
    ['intl SDK, TC3', () => intlClient({ endpoint: server.endpoint, key: keyA, signMethod: 'TC3-HMAC-SHA256' })],
    ['common SDK, TC3 (default)', () => commonClient({ endpoint: server.endpoint, key: keyA })],
    ['common SDK, HmacSHA1', () => commonClient({ endpoint: server.endpoint, key: keyA, signMethod: 'HmacSHA1' })],
    ['common SDK, GET', () => commonClient({ endpoint: server.endpoint, key: keyA, reqMethod: 'GET', signMethod: 'HmacSHA256' })],
  ];
  for (const [name, make] of clients) {
    test(name, async () => {
      const call = make();
      const applied = await call('ApplyCardVerification', { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: `data:image/jpeg;base64,${photo}` });
      assert.match(applied.CardVerificationToken as string, UUID_V4);
      assert.equal(applied.AsyncCardVerificationMaxPollingTimes, 60);
      assert.equal(applied.AsyncCardVerificationPollingWaitTime, 1);
      const r = await pollFinal(call, applied.CardVerificationToken as string);
      assertSeedShape(r);
      // A plain photo holds no document: rejected, nothing invented (decisions.md D10, D13, D14).
      assert.equal(r.Status, 'Rejected');
      assert.deepEqual(r.WarnInfo, ['DocumentNotFound']);
      for (const member of SEED_MEMBERS) assert.equal((r.CardInfo as Record<string, unknown>)[member], null);
      assert.equal(r.IDVerificationToken, '');
    });
  }

  test('an image given by URL is downloaded (allow-listed loopback)', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: keyA });
    const applied = await call('ApplyCardVerification', { Nationality: 'AUTO', CardType: 'PASSPORT', ImageUrlFront: `${imageBase}/photo.jpg` });
    const r = await pollFinal(call, applied.CardVerificationToken as string);
    assert.equal(r.Status, 'Rejected');
  });

  test('Processing is answered while the work runs, in the seed shape', async () => {
    const call = intlClient({ endpoint: server.endpoint, key: keyA });
    const applied = await call('ApplyCardVerification', { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: photo });
    const r = await call('GetCardVerificationResult', { CardVerificationToken: applied.CardVerificationToken });
    assertSeedShape(r);
    if (r.Status === 'Processing') {
      assert.deepEqual(r.WarnInfo, []);
      for (const k of ['Nationality', 'CardType', 'CardSubType', 'IDVerificationToken']) assert.equal(r[k], '');
    }
  });
});

describe('errors through the SDKs', () => {
  const apply = (call: SdkCall, params: Record<string, unknown>) => errorOf(call('ApplyCardVerification', params));
  const base = () => ({ Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: photo });

  test('wrong secret key → AuthFailure.SignatureFailure', async () => {
    for (const call of [
      intlClient({ endpoint: server.endpoint, key: { ...keyA, SecretKey: 'x'.repeat(32) } }),
      commonClient({ endpoint: server.endpoint, key: { ...keyA, SecretKey: 'x'.repeat(32) } }),
    ]) {
      assert.equal((await apply(call, base())).code, 'AuthFailure.SignatureFailure');
    }
  });
  test('unknown SecretId → AuthFailure.SecretIdNotFound', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: { SecretId: 'AKID' + 'Z'.repeat(32), SecretKey: keyA.SecretKey } });
    assert.equal((await apply(call, base())).code, 'AuthFailure.SecretIdNotFound');
  });
  test('unsupported region, unknown action, unknown version', async () => {
    assert.equal((await apply(commonClient({ endpoint: server.endpoint, key: keyA, region: 'ap-guangzhou' }), base())).code, 'UnsupportedRegion');
    assert.equal((await errorOf(commonClient({ endpoint: server.endpoint, key: keyA })('DescribeInstances', {}))).code, 'InvalidAction');
    assert.equal((await apply(intlClient({ endpoint: server.endpoint, key: keyA, version: '2017-01-01' }), base())).code, 'NoSuchVersion');
  });
  test('missing and malformed parameters', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: keyA });
    assert.equal((await apply(call, { CardType: 'AUTO', ImageBase64Front: photo })).code, 'MissingParameter');
    assert.equal((await apply(call, { Nationality: 'AUTO', CardType: 'AUTO' })).code, 'MissingParameter');
    assert.equal((await apply(call, { ...base(), Nationality: 'XYZ' })).code, 'InvalidParameterValue.InvalidParameterValueLimit');
    assert.equal((await apply(call, { ...base(), CardType: 'VISA' })).code, 'InvalidParameterValue.InvalidParameterValueLimit');
    assert.equal((await apply(call, { ...base(), Nationality: 7 })).code, 'InvalidParameter');
    assert.equal((await apply(call, { ...base(), Bogus: '1' })).code, 'UnknownParameter');
    assert.equal((await errorOf(call('GetCardVerificationResult', {}))).code, 'MissingParameter');
  });
  test('back side required by spec §D.5', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: keyA });
    const e = await apply(call, { Nationality: 'HKG', CardType: 'ID_CARD', ImageBase64Front: photo });
    assert.equal(e.code, 'InvalidParameterValue.InvalidParameterValueLimit');
    assert.match(e.message, /back side/);
  });
  test('non-image, truncated image, decompression bomb, bad Base64', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: keyA });
    const jpeg = Buffer.from(photo, 'base64');
    assert.equal((await apply(call, { ...base(), ImageBase64Front: Buffer.from('GIF89a not really').toString('base64') })).code, 'InvalidParameter.EngineImageDecodeFailed');
    assert.equal((await apply(call, { ...base(), ImageBase64Front: jpeg.subarray(0, jpeg.length / 2).toString('base64') })).code, 'InvalidParameter.EngineImageDecodeFailed');
    assert.equal((await apply(call, { ...base(), ImageBase64Front: handMadePng(60000, 60000).toString('base64') })).code, 'FailedOperation.ImageSizeTooLarge');
    assert.equal((await apply(call, { ...base(), ImageBase64Front: '%%%not base64%%%' })).code, 'InvalidParameter.EngineImageDecodeFailed');
    assert.equal((await apply(call, { ...base(), ImageBase64Front: 'data:image/jpeg;base64,' })).code, 'InvalidParameterValue.InvalidFileContentSize');
  });
  test('private-address URL and redirect loop → ResourceUnavailable.ImageDownloadError', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: keyA });
    for (const url of ['http://10.1.2.3/card.jpg', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:9/x.jpg', `${imageBase}/loop`]) {
      assert.equal((await apply(call, { ...base(), ImageUrlFront: url })).code, 'ResourceUnavailable.ImageDownloadError', url);
    }
    assert.equal((await apply(call, { ...base(), ImageUrlFront: 'ftp://example.org/x.jpg' })).code, 'InvalidParameterValue.InvalidParameterValueLimit');
  });
  test("another app's token gets the same error as an unknown one (D15, D17)", async () => {
    const a = intlClient({ endpoint: server.endpoint, key: keyA });
    const b = intlClient({ endpoint: server.endpoint, key: keyB });
    const { CardVerificationToken } = await a('ApplyCardVerification', base());
    const other = await errorOf(b('GetCardVerificationResult', { CardVerificationToken }));
    const unknown = await errorOf(b('GetCardVerificationResult', { CardVerificationToken: '6f1f0c1e-8d1b-4c5e-9a57-3b9b1c2d4e5f' }));
    const garbage = await errorOf(b('GetCardVerificationResult', { CardVerificationToken: 'nope' }));
    assert.equal(other.code, 'InvalidParameterValue.InvalidParameterValueLimit');
    assert.deepEqual(other, unknown);
    assert.deepEqual(other, garbage);
    // The owner still sees it.
    assert.ok((await a('GetCardVerificationResult', { CardVerificationToken })).Status);
  });
  test('a revoked key stops working', async () => {
    const key = await createKey('app-revoked');
    const call = commonClient({ endpoint: server.endpoint, key });
    await call('ApplyCardVerification', base());
    const r = await runCli(['keys', 'revoke', key.SecretId], { CARDVERIFY_DATA_DIR: data.path });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await apply(call, base())).code, 'AuthFailure.SecretIdNotFound');
    const list = await runCli(['keys', 'list', '--json'], { CARDVERIFY_DATA_DIR: data.path });
    assert.ok(!list.stdout.includes(key.SecretKey), 'keys list never prints secrets');
  });
  test('zh-CN messages', async () => {
    const call = commonClient({ endpoint: server.endpoint, key: keyA, language: 'zh-CN' });
    const e = await apply(call, { ...base(), Nationality: 'XYZ' });
    assert.match(e.message, /[\u4e00-\u9fff]/);
  });
});

describe('errors over raw HTTP, with golden bytes', () => {
  test('expired and future timestamps → AuthFailure.SignatureExpire', async () => {
    for (const skew of [-301, 301]) {
      const r = await tc3Post(server.endpoint, keyA, { action: 'GetCardVerificationResult', params: { CardVerificationToken: 'x' }, timestamp: Math.floor(Date.now() / 1000) + skew });
      assertGolden('signature-expire', r);
    }
  });
  test('a replayed request → AuthFailure.SignatureFailure (replay)', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const req = { action: 'GetCardVerificationResult', params: { CardVerificationToken: '6f1f0c1e-8d1b-4c5e-9a57-3b9b1c2d4e5f' }, timestamp: ts };
    const first = await tc3Post(server.endpoint, keyA, req);
    assert.match(first.body, /InvalidParameterValueLimit/);
    assertGolden('replay', await tc3Post(server.endpoint, keyA, req));
  });
  test('missing region → MissingParameter; unsupported method → UnsupportedProtocol', async () => {
    assertGolden('missing-region', await tc3Post(server.endpoint, keyA, { action: 'GetCardVerificationResult', params: {}, region: null }));
    assertGolden('unsupported-protocol', await httpRequest(server.endpoint, { method: 'PUT', body: '{}' }));
  });
  test('oversized body → InvalidParameter naming the limit, answered before the connection closes', async () => {
    // D6: refused from Content-Length, before anything is hashed: the signature is never looked at.
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `TC3-HMAC-SHA256 Credential=${keyA.SecretId}/2026-01-01/faceid/tc3_request, SignedHeaders=content-type;host, Signature=${'0'.repeat(64)}`,
    };
    assertGolden('oversized-body', await httpRequest(server.endpoint, { method: 'POST', headers, body: big }));
  });
  test('success envelope of Apply', async () => {
    const r = await tc3Post(server.endpoint, keyA, { action: 'ApplyCardVerification', params: { Nationality: 'AUTO', CardType: 'AUTO', ImageBase64Front: photo } });
    assertGolden('apply-success', r);
    assert.match(normalised(r.body), /<Token>/);
  });
});

describe('operations endpoints', () => {
  test('/healthz, /readyz and /metrics', async () => {
    assert.equal((await httpRequest(server.endpoint, { method: 'GET', path: '/healthz' })).status, 200);
    const ready = await httpRequest(server.endpoint, { method: 'GET', path: '/readyz' });
    assert.equal(ready.status, 200, ready.body);
    const metrics = (await httpRequest(server.endpoint, { method: 'GET', path: '/metrics' })).body;
    assert.match(metrics, /cardverify_requests_total\{action="ApplyCardVerification",code="OK"\} \d+/);
    assert.match(metrics, /cardverify_requests_total\{action="GetCardVerificationResult",code="InvalidParameterValue.InvalidParameterValueLimit"\}/);
    assert.match(metrics, /cardverify_request_duration_seconds_bucket/);
    assert.match(metrics, /cardverify_queue_jobs\{state="queued"\}/);
  });
  test('logs never carry secrets, images or Authorization', () => {
    const logs = server.logs();
    assert.ok(logs.length > 0);
    assert.ok(!logs.includes(keyA.SecretKey));
    assert.ok(!logs.includes(photo.slice(0, 64)));
    assert.ok(!/TC3-HMAC-SHA256 Credential/.test(logs));
  });
});
