import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJobCatalogue, isJobName, jobNames, parseJobData } from '../../src/queue/jobs.js';

// The typed job catalogue (architecture.md "typed job catalogue checked at startup"; decisions.md D20).
test('the catalogue passes its start-up check and names the verify job', () => {
  checkJobCatalogue();
  assert.deepEqual(jobNames(), ['verify']);
  assert.equal(isJobName('verify'), true);
  assert.equal(isJobName('toString'), false);
});

test('verify data is exactly a verification id (no personal values ride in job data)', () => {
  const verificationId = '6f1c1f6e-2b1a-4c53-9a0e-7d1d2f3e4a5b';
  assert.deepEqual(parseJobData('verify', { verificationId }), { verificationId });
  assert.throws(() => parseJobData('verify', { verificationId: 'nope' }), /invalid data for job verify/);
  assert.throws(() => parseJobData('verify', { verificationId, name: 'CHAN' }), /invalid data for job verify/);
  assert.throws(() => parseJobData('verify', null), /invalid data for job verify/);
});
