/**
 * A fault thrown by a job handler, marked retryable or not (architecture.md "Errors"): retryable faults (a
 * database blip, a worker thread that died) are tried again up to `Config.queue.retryLimit` times; the rest (bad
 * input, a verification that is gone) fail the job at once.
 */
export class JobFailure extends Error {
  readonly retryable: boolean;

  constructor(message: string, opts: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = 'JobFailure';
    this.retryable = opts.retryable;
  }
}

/**
 * Any error may carry a boolean `retryable` (so domain errors need not import the queue); errors that say nothing
 * are treated as retryable, since an unknown fault is more often transient than permanent.
 */
export function isRetryable(err: unknown): boolean {
  if (typeof err === 'object' && err !== null && typeof (err as { retryable?: unknown }).retryable === 'boolean') {
    return (err as { retryable: boolean }).retryable;
  }
  return true;
}
