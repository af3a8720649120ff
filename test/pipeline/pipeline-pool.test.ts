import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { threadId } from 'node:worker_threads';
import { PipelineFault } from '../../src/pipeline/pipeline-fault.js';
import { createPipelinePool } from '../../src/pipeline/pipeline-pool.js';
import type { PipelineInput } from '../../src/pipeline/stage.js';
import type { SubmittedImage } from '../../src/verification/types.js';
import { corruptPng, solid, submitted } from './test-images.js';

// decisions.md D20: recognition runs in worker threads, never on the calling (HTTP) thread.
const pool = createPipelinePool({ threads: 2 });
const probe = createPipelinePool({ threads: 1, workerUrl: new URL('./fixtures/probe-worker.ts', import.meta.url) });
after(async () => {
  await pool.close();
  await probe.close();
});

function input(images: SubmittedImage[], requestedNationality = 'HKG'): PipelineInput {
  return { images, requestedNationality, requestedCardType: 'ID_CARD' };
}

test('jobs run in worker threads that build their engines once and keep them', async () => {
  const bytes = await solid(640, 400, { r: 120, g: 120, b: 120 }).jpeg().toBuffer();
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, () => pool.run(input([submitted(bytes, { format: 'jpeg' })]))),
  );
  for (const outcome of outcomes) {
    assert.equal(outcome.verdict, 'rejected');
    assert.deepEqual(outcome.warnings, ['DocumentNotFound']);
    assert.equal(outcome.structure, null);
    assert.deepEqual(
      outcome.timings.map((timing) => timing.stage),
      ['decode', 'locate', 'mrz'],
    );
  }
  const stats = pool.stats();
  assert.ok(stats.length >= 1);
  assert.equal(
    stats.reduce((sum, thread) => sum + thread.jobs, 0),
    8,
  );
  for (const thread of stats) {
    assert.notEqual(thread.threadId, threadId, 'not the calling thread');
    assert.equal(thread.engineLoads, 1, 'engines are not rebuilt per job');
  }
});

test('a corrupt image comes back as a Rejected outcome, not a rejected promise', async () => {
  const outcome = await pool.run(input([submitted(await corruptPng())]));
  assert.equal(outcome.verdict, 'rejected');
  assert.equal(outcome.checks.find((check) => check.id === 'image.decode')?.status, 'fail');
});

test('a fault in the worker rejects with its retryable mark intact', async () => {
  await assert.rejects(
    pool.run(input([])),
    (error: unknown) => error instanceof PipelineFault && error.retryable === false && /without images/.test(error.message),
  );
});

test('image buffers cross as Buffers both ways and the caller keeps its own', async () => {
  const bytes = await solid(64, 64, { r: 1, g: 2, b: 3 }).png().toBuffer();
  // A view into a larger buffer: only its own bytes must travel.
  const backing = Buffer.concat([Buffer.alloc(1000, 9), bytes, Buffer.alloc(1000, 9)]);
  const view = backing.subarray(1000, 1000 + bytes.length);
  const outcome = await probe.run(input([submitted(view)]));
  assert.equal(view.byteLength, bytes.length, 'the caller’s buffer is not detached');
  assert.ok(view.equals(bytes));
  const values = outcome.checks[0]?.evidence.values;
  assert.equal(values?.isBuffer, 'true', 'the worker receives Buffers');
  assert.equal(values?.sizes, String(bytes.length));
  assert.ok(Buffer.isBuffer(outcome.portrait), 'the portrait arrives as a Buffer');
  assert.ok(outcome.portrait.equals(bytes));
});

test('a worker thread dying under a job is a retryable fault', async () => {
  await assert.rejects(
    probe.run(input([submitted(Buffer.from('x'))], 'CRASH')),
    (error: unknown) => error instanceof PipelineFault && error.retryable === true,
  );
});

test('a closed pool refuses work with a retryable fault', async () => {
  const short = createPipelinePool({ threads: 1 });
  await short.close();
  await assert.rejects(
    short.run(input([submitted(Buffer.from('x'))])),
    (error: unknown) => error instanceof PipelineFault && error.retryable === true,
  );
});

test('close lets running jobs finish before the threads stop', async () => {
  const short = createPipelinePool({ threads: 1 });
  const bytes = await solid(640, 400, { r: 120, g: 120, b: 120 }).png().toBuffer();
  const job = short.run(input([submitted(bytes)]));
  await short.close();
  assert.equal((await job).verdict, 'rejected');
});

test('the thread count must be a positive integer', () => {
  assert.throws(() => createPipelinePool({ threads: 0 }), RangeError);
});
