import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cachedSecretLookup } from '../../src/store/cached-secret-lookup.js';

test('active keys are remembered for the TTL; unknown ids and forgotten keys are asked again', async () => {
  let calls = 0;
  let active = true;
  const clock = { ms: 0 };
  const cache = cachedSecretLookup(
    { findSecret: async (id) => (calls++, active && id === 'AKIDa' ? { secretKey: 'k', app: 'a' } : null) },
    { ttlMs: 1000, now: () => clock.ms },
  );
  assert.deepEqual(await cache.lookup('AKIDa'), { secretKey: 'k', app: 'a' });
  await cache.lookup('AKIDa');
  assert.equal(calls, 1);
  assert.equal(await cache.lookup('AKIDx'), null);
  assert.equal(await cache.lookup('AKIDx'), null);
  assert.equal(calls, 3);
  active = false; // revoked elsewhere: seen once the TTL has passed
  assert.ok(await cache.lookup('AKIDa'));
  clock.ms = 1001;
  assert.equal(await cache.lookup('AKIDa'), null);
  active = true;
  assert.ok(await cache.lookup('AKIDa'));
  active = false;
  cache.forget('AKIDa'); // revoked here: at once
  assert.equal(await cache.lookup('AKIDa'), null);
});
