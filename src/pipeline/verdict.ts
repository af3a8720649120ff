import { WARN_CODES, type Check, type Verdict, type WarnCode } from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';

export interface VerdictDecision {
  verdict: Verdict;
  /** Distinct codes of the checks that did not pass, in the catalogue order of `WARN_CODES` (stable for clients). */
  warnings: WarnCode[];
}

/** A check "raises" when it ran and did not pass; a skipped check did not run and says nothing. */
function raises(check: Check): boolean {
  return check.status === 'warn' || check.status === 'fail';
}

/**
 * decisions.md D14, applied to the checks a pipeline run recorded:
 * - `rejected` when a check failed (a hard status: a fraud signal over its reject threshold, data proven false,
 *   an unreadable image), when a raised check carries a code the policy lists as rejecting (no document,
 *   unsupported document), or when no document was read at all;
 * - `warning` when any check raised a soft signal;
 * - `passed` otherwise.
 */
export function decideVerdict(checks: readonly Check[], documentRead: boolean, policy: VerdictPolicy): VerdictDecision {
  const raised = checks.filter(raises);
  const codes = new Set(raised.map((check) => check.warn).filter((code): code is WarnCode => code !== null));
  const warnings = WARN_CODES.filter((code) => codes.has(code));
  const rejectCodes = new Set<WarnCode>(policy.verdict.rejectWarnCodes);
  const hard =
    !documentRead ||
    raised.some((check) => check.status === 'fail' || (check.warn !== null && rejectCodes.has(check.warn)));
  if (hard) return { verdict: 'rejected', warnings };
  if (raised.length > 0) return { verdict: 'warning', warnings };
  return { verdict: 'passed', warnings };
}
