import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startWorkerLoop, type ClaimedJob, type WorkerLoopDeps } from '../../src/queue/worker-loop.js';
import { JobFailure, isRetryable } from '../../src/queue/job-failure.js';

// The worker loop of decisions.md D20 with a fake queue: what it records for each way a handler can end.
type Event = { kind: 'complete' | 'fail'; id: string; retryable?: boolean; message?: string };

function fakeQueue(jobs: ClaimedJob[], run: WorkerLoopDeps['run']) {
  const events: Event[] = [];
  const errors: unknown[] = [];
  const deps: WorkerLoopDeps = {
    fetch: async () => jobs.shift() ?? null,
    run,
    complete: async (job) => {
      events.push({ kind: 'complete', id: job.id });
    },
    fail: async (job, err, retryable) => {
      events.push({ kind: 'fail', id: job.id, retryable, message: (err as Error).message });
    },
    pollingIntervalMs: 10,
    onError: (err) => errors.push(err),
  };
  return { deps, events, errors };
}

const job = (id: string, expireInSeconds = 5): ClaimedJob => ({ id, data: { id }, retryCount: 0, expireInSeconds });

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('completes, and fails retryable or final as the error says', async () => {
  const { deps, events, errors } = fakeQueue([job('ok'), job('transient'), job('final'), job('marked')], async (j) => {
    if (j.id === 'transient') throw new Error('db blip');
    if (j.id === 'final') throw new JobFailure('gone', { retryable: false });
    if (j.id === 'marked') throw Object.assign(new Error('domain'), { retryable: false });
  });
  const loop = startWorkerLoop(deps);
  await until(() => events.length === 4);
  loop.stop();
  await loop.finished;
  assert.deepEqual(events, [
    { kind: 'complete', id: 'ok' },
    { kind: 'fail', id: 'transient', retryable: true, message: 'db blip' },
    { kind: 'fail', id: 'final', retryable: false, message: 'gone' },
    { kind: 'fail', id: 'marked', retryable: false, message: 'domain' },
  ]);
  assert.deepEqual(errors, []);
});

test('a handler past the job expiry is aborted and failed as retryable; the slot moves on', async () => {
  let signal: AbortSignal | null = null;
  const { deps, events } = fakeQueue([job('hung', 0.05), job('next')], (j, s) => {
    if (j.id === 'hung') {
      signal = s;
      return new Promise<void>(() => undefined);
    }
    return Promise.resolve();
  });
  const loop = startWorkerLoop(deps);
  await until(() => events.length === 2);
  loop.stop();
  await loop.finished;
  assert.equal(events[0]?.kind, 'fail');
  assert.equal(events[0]?.retryable, true);
  assert.match(events[0]?.message ?? '', /exceeded its 0.05s expiry/);
  assert.equal(signal!.aborted, true);
  assert.deepEqual(events[1], { kind: 'complete', id: 'next' });
});

test('stop lets the running job finish; abandon gives it up', async () => {
  let release = (): void => undefined;
  const { deps, events } = fakeQueue([job('long'), job('never-fetched')], () => new Promise<void>((r) => (release = r)));
  const loop = startWorkerLoop(deps);
  await until(() => loop.busy);
  loop.stop();
  release();
  await loop.finished;
  assert.deepEqual(events, [{ kind: 'complete', id: 'long' }], 'no fetch after stop');

  const second = fakeQueue([job('stuck')], () => new Promise<void>(() => undefined));
  const loop2 = startWorkerLoop(second.deps);
  await until(() => loop2.busy);
  loop2.stop();
  loop2.abandon();
  await loop2.finished;
  assert.equal(second.events[0]?.retryable, true);
  assert.match(second.events[0]?.message ?? '', /worker stopped/);
});

test('a failing fetch or complete is reported, not thrown, and the loop keeps going', async () => {
  let calls = 0;
  const { deps, errors, events } = fakeQueue([], async () => undefined);
  deps.fetch = async () => {
    calls += 1;
    if (calls === 1) throw new Error('connection reset');
    return calls === 2 ? job('after-error') : null;
  };
  deps.complete = async () => {
    throw new Error('complete failed');
  };
  const loop = startWorkerLoop(deps);
  await until(() => errors.length === 2);
  loop.stop();
  await loop.finished;
  assert.deepEqual(errors.map((e) => (e as Error).message), ['connection reset', 'complete failed']);
  assert.deepEqual(events, []);
});

test('isRetryable: marked errors decide, unmarked ones retry', () => {
  assert.equal(isRetryable(new JobFailure('x', { retryable: false })), false);
  assert.equal(isRetryable(new JobFailure('x', { retryable: true })), true);
  assert.equal(isRetryable(new Error('x')), true);
  assert.equal(isRetryable({ retryable: 'no' }), true);
  assert.equal(isRetryable('text'), true);
});
