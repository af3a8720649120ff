import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ApiError,
  ERROR_CATALOGUE,
  errorMessage,
  fillTemplate,
  messageTemplate,
  templateParams,
  type ErrorCode,
} from '../../src/protocol/errors.js';

// Spec §C (common) and §D.7/§E.5 (business): every code must be in the catalogue.
const SPEC_CODES = [
  'AuthFailure.InvalidAuthorization',
  'AuthFailure.InvalidSecretId',
  'AuthFailure.MFAFailure',
  'AuthFailure.SecretIdNotFound',
  'AuthFailure.SignatureExpire',
  'AuthFailure.SignatureFailure',
  'AuthFailure.TokenFailure',
  'AuthFailure.UnauthorizedOperation',
  'DryRunOperation',
  'FailedOperation',
  'InternalError',
  'InvalidAction',
  'InvalidParameter',
  'InvalidParameterValue',
  'LimitExceeded',
  'MissingParameter',
  'NoSuchVersion',
  'RequestLimitExceeded',
  'ResourceInUse',
  'ResourceInsufficient',
  'ResourceNotFound',
  'ResourceUnavailable',
  'UnauthorizedOperation',
  'UnknownParameter',
  'UnsupportedOperation',
  'UnsupportedProtocol',
  'UnsupportedRegion',
  'FailedOperation.ImageSizeTooLarge',
  'FailedOperation.UnKnowError',
  'FailedOperation.UnOpenError',
  'InvalidParameter.EngineImageDecodeFailed',
  'InvalidParameterValue.InvalidFileContentSize',
  'InvalidParameterValue.InvalidParameterValueLimit',
  'ResourceUnavailable.ImageDownloadError',
  'ResourceUnavailable.InArrears',
  'ResourceUnavailable.ResourcePackageRunOut',
];

const entries = Object.entries(ERROR_CATALOGUE) as [ErrorCode, (typeof ERROR_CATALOGUE)[ErrorCode]][];

test('the catalogue holds exactly the codes of spec §C, §D.7 and §E.5', () => {
  assert.deepEqual(Object.keys(ERROR_CATALOGUE).sort(), [...SPEC_CODES].sort());
});

test('every template exists in both languages with the same placeholders, and says something', () => {
  for (const [code, spec] of entries) {
    assert.ok('default' in spec.messages, code);
    assert.ok(spec.meaning.length > 0 && spec.when.length > 0, code);
    for (const [variant, template] of Object.entries(spec.messages)) {
      assert.ok(template['en-US'].trim().length > 0 && template['zh-CN'].trim().length > 0, `${code}/${variant}`);
      assert.deepEqual(templateParams(template['en-US']), templateParams(template['zh-CN']), `${code}/${variant}`);
      assert.match(template['zh-CN'], /[\u4e00-\u9fff]/, `${code}/${variant} zh-CN is Chinese`);
    }
  }
});

test('codes cardverify never sends carry the reason', () => {
  const unused = entries.filter(([, spec]) => !spec.used).map(([code]) => code).sort();
  assert.deepEqual(unused, [
    'AuthFailure.MFAFailure',
    'AuthFailure.UnauthorizedOperation',
    'DryRunOperation',
    'FailedOperation',
    'FailedOperation.UnKnowError',
    'FailedOperation.UnOpenError',
    'LimitExceeded',
    'ResourceInUse',
    'ResourceInsufficient',
    'ResourceNotFound',
    'ResourceUnavailable',
    'ResourceUnavailable.InArrears',
    'ResourceUnavailable.ResourcePackageRunOut',
    'UnauthorizedOperation',
    'UnsupportedOperation',
  ]);
});

test('observed real messages are reproduced verbatim (spec §C)', () => {
  assert.equal(errorMessage('MissingParameter', 'en-US', { name: 'Version' }), 'The request is missing a required parameter `Version`.');
  assert.equal(errorMessage('InvalidParameter', 'en-US', { variant: 'form' }), 'Url key and value should be splited by `=`.');
  assert.equal(
    errorMessage('InvalidParameterValue', 'en-US', { name: 'Region' }),
    'A value specified in `Region` is not valid, is unsupported, or cannot be used.',
  );
  assert.equal(errorMessage('UnsupportedRegion', 'en-US'), 'The action not support this region.');
  assert.equal(
    errorMessage('AuthFailure.SecretIdNotFound', 'en-US'),
    'The SecretId is not found, please ensure that your SecretId is correct.',
  );
  assert.equal(
    errorMessage('AuthFailure.SignatureFailure', 'en-US'),
    'The provided credentials could not be validated. Please check your signature is correct.',
  );
});

test('ApiError: English message for logs, localised on demand, variant chosen by params', () => {
  const err = new ApiError('AuthFailure.SignatureFailure', { variant: 'replay' });
  assert.equal(err.code, 'AuthFailure.SignatureFailure');
  assert.match(err.message, /replay/);
  assert.match(err.localisedMessage('zh-CN'), /请求重放/);
  const missing = new ApiError('MissingParameter', { name: 'Region' });
  assert.equal(missing.localisedMessage('zh-CN'), '请求缺少必要参数 `Region`。');
  assert.ok(missing instanceof Error);
  assert.deepEqual(missing.params, { name: 'Region' });
});

test('fillTemplate leaves unknown placeholders visible and never touches the prototype', () => {
  assert.equal(fillTemplate('a {x} b {y}', { x: 1 }), 'a 1 b {y}');
  assert.equal(fillTemplate('{toString}', {}), '{toString}');
  assert.equal(messageTemplate('InternalError', 'en-US', 'no-such-variant'), messageTemplate('InternalError', 'en-US'));
});
