import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReplayGuard } from '../../src/http/replay-guard.js';

// decisions.md D3: a request is remembered exactly while its timestamp would pass the clock check.

const T = 1717000000;

test('first claim passes, a repeat inside the window is refused, other keys pass', () => {
  const guard = new ReplayGuard({ windowSeconds: 300 });
  assert.equal(guard.claim('a', T, T * 1000), true);
  assert.equal(guard.claim('a', T, T * 1000 + 299_000), false);
  assert.equal(guard.claim('b', T, T * 1000), true);
});

test('an entry lives until timestamp + window, measured from the timestamp, not from arrival', () => {
  const guard = new ReplayGuard({ windowSeconds: 300 });
  // Signed 200 s in the future: acceptable until the last millisecond of second T + 500, so remembered that long.
  assert.equal(guard.claim('future', T + 200, T * 1000), true);
  assert.equal(guard.claim('future', T + 200, (T + 500) * 1000 + 999), false);
  assert.equal(guard.claim('future', T + 200, (T + 501) * 1000), true);
});

test('expired entries are swept; memory stays bounded by maxEntries (oldest dropped first)', () => {
  const guard = new ReplayGuard({ windowSeconds: 300, sweepIntervalMs: 1000 });
  for (let i = 0; i < 100; i++) guard.claim(`k${i}`, T, T * 1000);
  assert.equal(guard.size, 100);
  guard.claim('late', T + 400, (T + 302) * 1000 + 5000);
  assert.equal(guard.size, 1);

  const capped = new ReplayGuard({ windowSeconds: 300, maxEntries: 10 });
  for (let i = 0; i < 25; i++) capped.claim(`k${i}`, T, T * 1000);
  assert.equal(capped.size, 10);
  assert.equal(capped.claim('k24', T, T * 1000), false);
  assert.equal(capped.claim('k0', T, T * 1000), true);
});
