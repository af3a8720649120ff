import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredVerification } from '../../src/store/stores.js';
import { FinalResultCache } from '../../src/verification/final-result-cache.js';

function record(id: string, state: StoredVerification['state'], expiresAt: Date, app = 'a'): StoredVerification {
  return { id, app, state, requestedNationality: 'AUTO', requestedCardType: 'AUTO', createdAt: new Date(0), finishedAt: null, expiresAt, outcome: null, identityToken: null };
}

test('only final results are kept; owner and expiry are checked on every read; the oldest goes first', () => {
  const now = new Date(1000);
  const later = new Date(5000);
  const cache = new FinalResultCache(2);
  cache.remember(record('p', 'processing', later));
  assert.equal(cache.get('p', 'a', now), null);
  cache.remember(record('x', 'rejected', later));
  assert.ok(cache.get('x', 'a', now));
  assert.equal(cache.get('x', 'b', now), null, "another app's token is not served");
  assert.equal(cache.get('x', 'a', new Date(5000)), null, 'expired');
  cache.remember(record('1', 'passed', later));
  cache.remember(record('2', 'warning', later));
  cache.get('1', 'a', now); // 1 is now the most recently used
  cache.remember(record('3', 'passed', later));
  assert.ok(cache.get('1', 'a', now));
  assert.equal(cache.get('2', 'a', now), null);
  assert.equal(cache.size, 2);
  const off = new FinalResultCache(0);
  off.remember(record('y', 'passed', later));
  assert.equal(off.get('y', 'a', now), null);
});
