/**
 * A fault: the pipeline could not produce an outcome (architecture.md "Errors": exceptions are faults, marked
 * retryable or not so the queue knows what to do). An unreadable image is not a fault; it is a failed check.
 *
 * `retryable: true` means another attempt, possibly on another thread or machine, may succeed: a crashed or
 * closed worker, a resource exhausted, an unexpected exception (the queue's retry limit bounds the attempts).
 * `retryable: false` means the job itself is unusable and will fail the same way every time.
 */
export class PipelineFault extends Error {
  override readonly name = 'PipelineFault';
  readonly retryable: boolean;

  constructor(message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable;
  }

  /** Any thrown value as a fault; one already marked keeps its mark, anything else is retryable. */
  static from(error: unknown, context?: string): PipelineFault {
    if (error instanceof PipelineFault && context === undefined) return error;
    const message = error instanceof Error ? error.message : String(error);
    const retryable = error instanceof PipelineFault ? error.retryable : true;
    return new PipelineFault(context === undefined ? message : `${context}: ${message}`, { retryable, cause: error });
  }
}
