import assert from 'node:assert/strict';
import { test } from 'node:test';
import { policySchema } from '../../src/pipeline/load-policy.js';
import { decideVerdict } from '../../src/pipeline/verdict.js';
import type { Check, CheckStatus, WarnCode } from '../../src/verification/types.js';

// decisions.md D14, with the documented default policy.
const policy = policySchema.parse({ version: 'test' });

function check(id: string, status: CheckStatus, warn: WarnCode | null = null): Check {
  return { id, status, score: null, threshold: null, warn, evidence: { message: id } };
}

test('nothing to report: Passed with no warnings', () => {
  const checks = [check('a', 'pass', 'PoorImageQuality'), check('b', 'pass')];
  assert.deepEqual(decideVerdict(checks, true, policy), { verdict: 'passed', warnings: [] });
});

test('a soft signal: Warning with its code; passing checks contribute no code', () => {
  const checks = [check('a', 'warn', 'DocumentExpired'), check('b', 'pass', 'FakeSuspected')];
  assert.deepEqual(decideVerdict(checks, true, policy), { verdict: 'warning', warnings: ['DocumentExpired'] });
});

test('a warn check without a code still makes the verdict Warning', () => {
  assert.deepEqual(decideVerdict([check('a', 'warn')], true, policy), { verdict: 'warning', warnings: [] });
});

test('a hard failure: Rejected, even among soft signals', () => {
  const checks = [check('a', 'warn', 'PoorImageQuality'), check('b', 'fail', 'InformationVerificationFailed')];
  assert.deepEqual(decideVerdict(checks, true, policy), {
    verdict: 'rejected',
    warnings: ['PoorImageQuality', 'InformationVerificationFailed'],
  });
});

test('no document read: Rejected even when every check passed', () => {
  assert.equal(decideVerdict([check('a', 'pass')], false, policy).verdict, 'rejected');
});

test('unsupported document and document not found reject even at warn status', () => {
  for (const code of ['UnsupportedDocument', 'DocumentNotFound'] as const) {
    assert.deepEqual(decideVerdict([check('d', 'warn', code)], true, policy), { verdict: 'rejected', warnings: [code] });
  }
  const relaxed = policySchema.parse({ version: 'relaxed', verdict: { rejectWarnCodes: [] } });
  assert.equal(decideVerdict([check('d', 'warn', 'UnsupportedDocument')], true, relaxed).verdict, 'warning');
});

test('skipped checks raise nothing', () => {
  const checks = [check('mrz', 'skipped', 'InformationVerificationFailed'), check('a', 'pass')];
  assert.deepEqual(decideVerdict(checks, true, policy), { verdict: 'passed', warnings: [] });
});

test('warnings are distinct and in the catalogue order, not the order checks ran', () => {
  const checks = [
    check('x', 'warn', 'DocumentExpired'),
    check('y', 'warn', 'PoorImageQuality'),
    check('z', 'warn', 'DocumentExpired'),
    check('w', 'warn', 'PaperCopy'),
    check('v', 'fail', 'PoorImageQuality'),
  ];
  assert.deepEqual(decideVerdict(checks, true, policy).warnings, ['PoorImageQuality', 'PaperCopy', 'DocumentExpired']);
  assert.deepEqual(
    decideVerdict([...checks].reverse(), true, policy).warnings,
    ['PoorImageQuality', 'PaperCopy', 'DocumentExpired'],
  );
});
