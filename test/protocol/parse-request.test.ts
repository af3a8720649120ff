import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { test } from 'node:test';
import { isWellFormedSecretId, requireCommonParams } from '../../src/protocol/common-params.js';
import { ApiError, type ErrorCode } from '../../src/protocol/errors.js';
import { decodeForm, unflatten } from '../../src/protocol/form-decode.js';
import { actionParams, parseRequest, rawQuery, signatureStyle, type RawRequest } from '../../src/protocol/parse-request.js';

const AUTH =
  'TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2024-05-29/faceid/tc3_request, SignedHeaders=content-type;host, Signature=' +
  'e03115243cb5aa60b39215c01a7689ac88cee63ea780e01b4e7aa47d08859aa1';

function raw(method: 'GET' | 'POST', rawUrl: string, headers: IncomingHttpHeaders, body = ''): RawRequest & { method: 'GET' | 'POST' } {
  return { method, rawUrl, headers: { host: 'h', ...headers }, body: Buffer.from(body) };
}

function parse(request: RawRequest & { method: 'GET' | 'POST' }) {
  return parseRequest(request, signatureStyle(request));
}

function throwsCode(fn: () => unknown, code: ErrorCode, variant?: string): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ApiError, String(err));
    assert.equal(err.code, code);
    if (variant !== undefined) assert.equal(err.params.variant, variant);
    return true;
  });
}

const TC3_HEADERS = {
  authorization: AUTH,
  'content-type': 'application/json',
  'x-tc-action': 'GetCardVerificationResult',
  'x-tc-version': '2018-03-01',
  'x-tc-region': 'ap-singapore',
  'x-tc-timestamp': '1717000000',
};

test('TC3 POST JSON: common parameters from headers, action parameters from the JSON body', () => {
  const request = parse(raw('POST', '/?ignored=1', TC3_HEADERS, '{"CardVerificationToken":"t","Nested":{"A":[1]}}'));
  assert.equal(request.style, 'tc3');
  assert.equal(request.action, 'GetCardVerificationResult');
  assert.equal(request.region, 'ap-singapore');
  assert.equal(request.language, 'en-US');
  assert.deepEqual(actionParams(request), { CardVerificationToken: 't', Nested: { A: [1] } });
  const common = requireCommonParams(request);
  assert.equal(common.timestamp, 1717000000);
  assert.equal(common.credential.secretId, 'AKIDEXAMPLE');
});

test('TC3 POST: malformed or non-object JSON → InvalidParameter; empty body is {}', () => {
  for (const body of ['{"a":', '[1,2]', 'null', '"text"']) {
    throwsCode(() => actionParams(parse(raw('POST', '/', TC3_HEADERS, body))), 'InvalidParameter', 'json');
  }
  assert.deepEqual(actionParams(parse(raw('POST', '/', TC3_HEADERS, ''))), {});
});

test('TC3 GET: action parameters from the query, minus common ones a client left in it', () => {
  const request = parse(
    raw('GET', '/?CardVerificationToken=t%2B1&Action=X&Nonce=1&Language=en-US&Filters.0.Name=n&Filters.0.Values.0=v', {
      ...TC3_HEADERS,
      'content-type': 'application/x-www-form-urlencoded',
    }),
  );
  assert.equal(request.style === 'tc3' && request.rawQuery.startsWith('CardVerificationToken=t%2B1'), true);
  assert.deepEqual(actionParams(request), { CardVerificationToken: 't+1', Filters: [{ Name: 'n', Values: ['v'] }] });
});

test('v1 POST form: everything from the body, the query ignored (§A.2), language from Language', () => {
  const body =
    'CardVerificationToken=t&Action=GetCardVerificationResult&Nonce=0&Timestamp=1717000000&Version=2018-03-01&Language=zh-CN&SecretId=AKID&Region=ap-singapore&SignatureMethod=HmacSHA256&Signature=abc%3D';
  const request = parse(raw('POST', '/?Action=Other&Region=x', { 'content-type': 'application/x-www-form-urlencoded' }, body));
  assert.equal(request.style, 'v1');
  assert.equal(request.action, 'GetCardVerificationResult');
  assert.equal(request.region, 'ap-singapore');
  assert.equal(request.language, 'zh-CN');
  assert.deepEqual(actionParams(request), { CardVerificationToken: 't' });
  const common = requireCommonParams(request);
  assert.equal(common.credential.style, 'v1');
  if (common.credential.style === 'v1') {
    assert.equal(common.credential.nonce, '0'); // the Node.js SDK's nonce can be 0
    assert.equal(common.credential.signature, 'abc=');
    assert.equal(common.credential.signatureMethod, 'HmacSHA256');
  }
});

test('v1 GET: parameters from the query; X-TC-Language beats Language', () => {
  const request = parse(raw('GET', '/?Action=A&Language=en-US&Image.0=x', { 'x-tc-language': 'zh-CN' }));
  assert.equal(request.style, 'v1');
  assert.equal(request.language, 'zh-CN');
  assert.deepEqual(actionParams(request), { Image: ['x'] });
});

test('style: Authorization → TC3; POST JSON without it → MissingParameter Authorization', () => {
  assert.equal(signatureStyle({ method: 'GET', headers: {} }), 'v1');
  assert.equal(signatureStyle({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' } }), 'v1');
  assert.equal(signatureStyle({ method: 'POST', headers: { authorization: 'x', 'content-type': 'application/json' } }), 'tc3');
  throwsCode(() => signatureStyle({ method: 'POST', headers: { 'content-type': 'application/json' } }), 'MissingParameter', 'authorization');
});

test('language: only zh-CN switches; empty X-TC-Language (Go) falls back', () => {
  assert.equal(parse(raw('POST', '/', { ...TC3_HEADERS, 'x-tc-language': 'zh-CN' })).language, 'zh-CN');
  assert.equal(parse(raw('POST', '/', { ...TC3_HEADERS, 'x-tc-language': '' })).language, 'en-US');
  assert.equal(parse(raw('POST', '/', { ...TC3_HEADERS, 'x-tc-language': 'fr-FR' })).language, 'en-US');
});

test('missing common parameters are named in a fixed order', () => {
  const without = (name: string) => {
    const headers: Record<string, string> = { ...TC3_HEADERS };
    delete headers[name];
    return parse(raw('POST', '/', headers));
  };
  const missingName = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      assert.ok(err instanceof ApiError && err.code === 'MissingParameter');
      return err.params.name;
    }
    return 'none';
  };
  assert.equal(missingName(() => requireCommonParams(without('x-tc-action'))), 'Action');
  assert.equal(missingName(() => requireCommonParams(without('x-tc-version'))), 'Version');
  assert.equal(missingName(() => requireCommonParams(without('x-tc-timestamp'))), 'Timestamp');
  // Region is the gateway's later step (decisions.md D4): not required here.
  assert.equal(missingName(() => requireCommonParams(without('x-tc-region'))), 'none');
  const v1 = (query: string) => parse(raw('GET', `/?${query}`, {}));
  assert.equal(missingName(() => requireCommonParams(v1('Action=A&Version=V&Timestamp=1'))), 'Nonce');
  assert.equal(missingName(() => requireCommonParams(v1('Action=A&Version=V&Timestamp=1&Nonce=1'))), 'SecretId');
  assert.equal(missingName(() => requireCommonParams(v1('Action=A&Version=V&Timestamp=1&Nonce=1&SecretId=S'))), 'Signature');
  assert.equal(missingName(() => requireCommonParams(v1('Action=&Version=V'))), 'Action');
});

test('bad timestamp → InvalidParameterValue; bad Authorization → InvalidAuthorization with its variant', () => {
  throwsCode(() => requireCommonParams(parse(raw('POST', '/', { ...TC3_HEADERS, 'x-tc-timestamp': '17e8' }))), 'InvalidParameterValue');
  throwsCode(
    () => requireCommonParams(parse(raw('POST', '/', { ...TC3_HEADERS, authorization: 'Basic dXNlcjpwYXNz' }))),
    'AuthFailure.InvalidAuthorization',
    'algorithm',
  );
  throwsCode(
    () => requireCommonParams(parse(raw('POST', '/', { ...TC3_HEADERS, authorization: AUTH.replace('content-type;host', 'host') }))),
    'AuthFailure.InvalidAuthorization',
    'signedHeaders',
  );
});

test('form decoding: + is space, UTF-8 percent escapes, observed message for a segment without =', () => {
  assert.deepEqual(decodeForm('a=1+2&b=%E4%B8%AD&&c='), [
    ['a', '1 2'],
    ['b', '中'],
    ['c', ''],
  ]);
  throwsCode(() => decodeForm('a=1&broken'), 'InvalidParameter', 'form');
  throwsCode(() => decodeForm('a=%E4%B8'), 'InvalidParameter', 'encoding');
  throwsCode(() => decodeForm('a=1&a=2'), 'InvalidParameter', 'duplicate');
  throwsCode(() => decodeForm('=1'), 'InvalidParameter', 'name');
  assert.equal(new ApiError('InvalidParameter', { variant: 'form' }).message, 'Url key and value should be splited by `=`.');
});

test('un-flattening: arrays for 0…n-1, objects otherwise, conflicts refused, no prototype pollution', () => {
  assert.deepEqual(unflatten([['Filters.1.Name', 'b'], ['Filters.0.Name', 'a'], ['Filters.0.Values.0', 'x']]), {
    Filters: [{ Name: 'a', Values: ['x'] }, { Name: 'b' }],
  });
  assert.deepEqual(unflatten([['X.1', 'a']]), { X: { 1: 'a' } });
  throwsCode(() => unflatten([['A', '1'], ['A.B', '2']]), 'InvalidParameter', 'name');
  throwsCode(() => unflatten([['A.B', '2'], ['A', '1']]), 'InvalidParameter', 'name');
  throwsCode(() => unflatten([['A..B', '1']]), 'InvalidParameter', 'name');
  const polluted = unflatten([['__proto__.polluted', 'yes']]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(Object.keys(polluted), ['__proto__']);
});

test('raw query and SecretId syntax', () => {
  assert.equal(rawQuery('/?a=b?c'), 'a=b?c');
  assert.equal(rawQuery('/'), '');
  assert.equal(isWellFormedSecretId('AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'), true);
  assert.equal(isWellFormedSecretId('has space'), false);
  assert.equal(isWellFormedSecretId('x'.repeat(129)), false);
  assert.equal(isWellFormedSecretId('ключ'), false);
});
