import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESPONSE_CONTENT_TYPE, errorEnvelope, successEnvelope } from '../../src/protocol/envelope.js';

const ID = 'a498a726-9596-467c-88dc-c68ba51ab4c8';

test('success envelope: outputs first, RequestId last, exact bytes (spec §B.1)', () => {
  assert.equal(
    successEnvelope({ CardVerificationToken: 't', AsyncCardVerificationMaxPollingTimes: 60, AsyncCardVerificationPollingWaitTime: 1 }, ID),
    `{"Response":{"CardVerificationToken":"t","AsyncCardVerificationMaxPollingTimes":60,"AsyncCardVerificationPollingWaitTime":1,"RequestId":"${ID}"}}`,
  );
  assert.equal(successEnvelope({ RequestId: 'forged', A: null }, ID), `{"Response":{"A":null,"RequestId":"${ID}"}}`);
});

test('success envelope refuses an Error member (SDKs would read it as a failure)', () => {
  assert.throws(() => successEnvelope({ Error: { Code: 'X' } }, ID), TypeError);
});

test('a __proto__ key in handler output stays data', () => {
  const data = JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
  const body = successEnvelope(data, ID);
  assert.equal(body, `{"Response":{"__proto__":{"polluted":true},"RequestId":"${ID}"}}`);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('error envelope: exact bytes (spec §B.2) and the exact content type (decisions.md D5)', () => {
  assert.equal(
    errorEnvelope('MissingParameter', 'The request is missing a required parameter `Region`.', ID),
    `{"Response":{"Error":{"Code":"MissingParameter","Message":"The request is missing a required parameter \`Region\`."},"RequestId":"${ID}"}}`,
  );
  assert.equal(RESPONSE_CONTENT_TYPE, 'application/json');
});
