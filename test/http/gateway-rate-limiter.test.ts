import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from '../../src/http/rate-limiter.js';

// decisions.md D7: token buckets per key, burst = one second's worth, continuous refill.

const T = 1_717_000_000_000;

function takeN(limiter: RateLimiter, key: string, rate: number, now: number, n: number): boolean[] {
  return Array.from({ length: n }, () => limiter.take(key, rate, now));
}

test('a fresh bucket allows a burst of `rate`, then refuses', () => {
  const limiter = new RateLimiter();
  assert.deepEqual(takeN(limiter, 'k', 20, T, 21), [...Array<boolean>(20).fill(true), false]);
});

test('refill is continuous: 100 ms at 20/s earns two requests', () => {
  const limiter = new RateLimiter();
  takeN(limiter, 'k', 20, T, 20);
  assert.deepEqual(takeN(limiter, 'k', 20, T + 100, 3), [true, true, false]);
});

test('keys are independent; a rate below 1/s still allows one request', () => {
  const limiter = new RateLimiter();
  takeN(limiter, 'a', 2, T, 2);
  assert.equal(limiter.take('a', 2, T), false);
  assert.equal(limiter.take('b', 2, T), true);
  assert.deepEqual(takeN(limiter, 'slow', 0.5, T, 2), [true, false]);
  assert.equal(limiter.take('slow', 0.5, T + 2000), true);
});

test('a clock stepping backwards earns nothing', () => {
  const limiter = new RateLimiter();
  takeN(limiter, 'k', 1, T, 1);
  assert.equal(limiter.take('k', 1, T - 60_000), false);
});

test('full buckets are swept; the bucket count is capped', () => {
  const limiter = new RateLimiter({ sweepIntervalMs: 1000 });
  for (let i = 0; i < 50; i++) limiter.take(`k${i}`, 10, T);
  assert.equal(limiter.size, 50);
  limiter.take('other', 10, T + 5000);
  assert.equal(limiter.size, 1);
  const capped = new RateLimiter({ maxBuckets: 5 });
  for (let i = 0; i < 20; i++) capped.take(`k${i}`, 10, T);
  assert.equal(capped.size, 5);
});
