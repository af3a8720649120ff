import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngines, type Engines } from '../../src/engines/engines.js';
import { loadPolicy } from '../../src/pipeline/load-policy.js';
import { PipelineFault } from '../../src/pipeline/pipeline-fault.js';
import { runPipeline, type PipelineInput } from '../../src/pipeline/run-pipeline.js';
import type { SubmittedImage, VerificationOutcome } from '../../src/verification/types.js';
import { corruptPng, solid, submitted } from './test-images.js';

const policy = loadPolicy();
const enginesReady = createEngines({ maxInputPixels: 8000 * 8000 });

async function run(images: SubmittedImage[], engines?: Engines): Promise<VerificationOutcome> {
  const input: PipelineInput = { images, requestedNationality: 'HKG', requestedCardType: 'ID_CARD' };
  return runPipeline(input, { engines: engines ?? (await enginesReady), policy });
}

const grey = { r: 128, g: 128, b: 128 };

function checksOf(outcome: VerificationOutcome, id: string) {
  return outcome.checks.filter((check) => check.id === id);
}

function assertNothingRead(outcome: VerificationOutcome): void {
  // decisions.md D10: no invented fields while no reader exists.
  assert.equal(outcome.structure, null);
  assert.equal(outcome.fields, null);
  assert.equal(outcome.portrait, null);
  assert.equal(outcome.nationality, '');
  assert.equal(outcome.cardType, '');
  assert.equal(outcome.cardSubType, '');
}

test('a document-free image ends Rejected with DocumentNotFound, nothing read (decisions.md D13, D14)', async () => {
  const front = await solid(800, 500, grey).jpeg().toBuffer();
  const back = await solid(800, 500, grey).png().toBuffer();
  const outcome = await run([submitted(front, { format: 'jpeg' }), submitted(back, { side: 'back' })]);
  assert.equal(outcome.verdict, 'rejected');
  assert.deepEqual(outcome.warnings, ['DocumentNotFound']);
  assertNothingRead(outcome);
  assert.equal(outcome.policyVersion, policy.version);
  const decodes = checksOf(outcome, 'image.decode');
  assert.deepEqual(
    decodes.map((check) => [check.status, check.evidence.values?.side]),
    [
      ['pass', 'front'],
      ['pass', 'back'],
    ],
  );
  const [found] = checksOf(outcome, 'document.found');
  assert.equal(found?.status, 'fail');
  assert.equal(found?.warn, 'DocumentNotFound');
  assert.match(found?.evidence.message ?? '', /no document outline and no MRZ/);
  assert.equal(outcome.checks.at(-1)?.id, 'document.found', 'the MRZ stage ends the run');
  // One timing per stage, in order.
  assert.deepEqual(
    outcome.timings.map((timing) => timing.stage),
    ['decode', 'locate', 'mrz'],
  );
  for (const timing of outcome.timings) assert.ok(timing.ms >= 0 && Number.isFinite(timing.ms));
});

test('an undecodable image is a failed image.decode check and a Rejected verdict, not a thrown fault', async () => {
  const good = await solid(800, 500, grey).png().toBuffer();
  const outcome = await run([submitted(good), submitted(await corruptPng(), { side: 'back' })]);
  assert.equal(outcome.verdict, 'rejected');
  const failed = checksOf(outcome, 'image.decode').filter((check) => check.status === 'fail');
  assert.equal(failed.length, 1);
  assert.equal(failed[0]?.evidence.values?.side, 'back');
  assert.match(failed[0]?.evidence.message ?? '', /could not be decoded: .+/);
  assert.deepEqual(outcome.warnings, ['PoorImageQuality']);
  assert.deepEqual(checksOf(outcome, 'document.found'), [], 'the run stops at decode');
  assert.deepEqual(
    outcome.timings.map((timing) => timing.stage),
    ['decode'],
  );
  assertNothingRead(outcome);
});

test('a dark image raises a PoorImageQuality warn check with the policy threshold', async () => {
  const outcome = await run([submitted(await solid(800, 500, { r: 10, g: 12, b: 14 }).png().toBuffer())]);
  const [dark] = checksOf(outcome, 'image.brightness.dark');
  assert.equal(dark?.status, 'warn');
  assert.equal(dark?.warn, 'PoorImageQuality');
  assert.equal(dark?.threshold, policy.image.minMeanLuma);
  assert.ok(dark !== undefined && dark.score !== null && Math.abs(dark.score - 11.6) < 0.5, `luma ${dark?.score}`);
  assert.equal(checksOf(outcome, 'image.brightness.bright')[0]?.status, 'pass');
  assert.deepEqual(outcome.warnings, ['PoorImageQuality', 'DocumentNotFound'], 'catalogue order');
  assert.equal(outcome.verdict, 'rejected');
});

test('a washed-out image raises the bright check', async () => {
  const outcome = await run([submitted(await solid(800, 500, { r: 253, g: 253, b: 253 }).png().toBuffer())]);
  assert.equal(checksOf(outcome, 'image.brightness.bright')[0]?.status, 'warn');
  assert.equal(checksOf(outcome, 'image.brightness.dark')[0]?.status, 'pass');
});

test('a mid-grey image of sufficient size passes every quality check', async () => {
  const outcome = await run([submitted(await solid(800, 500, grey).png().toBuffer())]);
  for (const id of ['image.decode', 'image.resolution', 'image.brightness.dark', 'image.brightness.bright']) {
    assert.equal(checksOf(outcome, id)[0]?.status, 'pass', id);
  }
  assert.deepEqual(outcome.warnings, ['DocumentNotFound']);
});

test('resolution is judged on the shorter side after EXIF rotation', async () => {
  const small = await run([submitted(await solid(800, 299, grey).png().toBuffer())]);
  const [resolution] = checksOf(small, 'image.resolution');
  assert.equal(resolution?.status, 'warn');
  assert.equal(resolution?.score, 299);
  assert.equal(resolution?.threshold, policy.image.minShortSidePx);
  const enough = await run([submitted(await solid(300, 800, grey).png().toBuffer())]);
  assert.equal(checksOf(enough, 'image.resolution')[0]?.status, 'pass');
});

test('a job without images is a fault that will not succeed on retry', async () => {
  await assert.rejects(run([]), (error: unknown) => error instanceof PipelineFault && error.retryable === false);
});

test('an exception inside a stage is a retryable fault naming the stage', async () => {
  const broken: Engines = {
    ...(await enginesReady),
    imageDecoder: {
      async decode() {
        throw new Error('decoder exploded');
      },
    },
  };
  const image = submitted(await solid(400, 400, grey).png().toBuffer());
  await assert.rejects(
    run([image], broken),
    (error: unknown) =>
      error instanceof PipelineFault && error.retryable && /stage decode: decoder exploded/.test(error.message),
  );
});
