import { randomUUID } from 'node:crypto';
import type { PipelineRunner } from '../pipeline/stage.js';
import type { VerificationStore } from '../store/stores.js';
import type { VerificationOutcome } from './types.js';

export interface ProcessResult {
  /** `completed`: this run stored the final result; `already-final`: a previous run did (a retried job); `gone`: purged. */
  status: 'completed' | 'already-final' | 'gone';
  outcome?: VerificationOutcome;
}

/**
 * The worker's use-case for one job: load the images, run the pipeline (off the event loop, in the runner's
 * threads), store the outcome exactly once. A retried job of a crashed worker finds the verification still
 * processing and completes it; a duplicate delivery finds it final and does nothing (D20).
 */
export async function processVerification(
  verificationId: string,
  deps: { verifications: VerificationStore; pipeline: Pick<PipelineRunner, 'run'> },
): Promise<ProcessResult> {
  const record = await deps.verifications.peek(verificationId);
  if (record === null) return { status: 'gone' };
  if (record.state !== 'processing') return { status: 'already-final' };
  const images = await deps.verifications.images(verificationId);
  const outcome = await deps.pipeline.run({
    images,
    requestedNationality: record.requestedNationality,
    requestedCardType: record.requestedCardType,
  });
  // D16: an identity record is issued for final, non-rejected verifications.
  const identityToken = outcome.verdict === 'rejected' ? null : randomUUID();
  const stored = await deps.verifications.complete(verificationId, outcome, identityToken);
  return stored ? { status: 'completed', outcome } : { status: 'already-final' };
}
