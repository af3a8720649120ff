import { setTimeout as sleep } from 'node:timers/promises';
import { JobFailure, isRetryable } from './job-failure.js';

/** A claimed job as the loop sees it. */
export interface ClaimedJob {
  id: string;
  data: unknown;
  retryCount: number;
  /** After this the job counts as lost: the handler is given up on and the job returns to the queue. */
  expireInSeconds: number;
}

export interface WorkerLoopDeps {
  /** Claims the next job, or null when none is ready. */
  fetch(): Promise<ClaimedJob | null>;
  run(job: ClaimedJob, signal: AbortSignal): Promise<void>;
  complete(job: ClaimedJob): Promise<void>;
  fail(job: ClaimedJob, err: unknown, retryable: boolean): Promise<void>;
  pollingIntervalMs: number;
  onError(err: unknown): void;
}

export interface WorkerLoop {
  /** Resolves when the loop has exited (after `stop`, once its current job is settled). */
  readonly finished: Promise<void>;
  readonly busy: boolean;
  /** Stops fetching; a running job carries on. */
  stop(): void;
  /** Gives up the running job: aborts its signal and fails it back to the queue as retryable. */
  abandon(): void;
}

type Settled = { kind: 'ok' } | { kind: 'error'; err: unknown } | { kind: 'timeout' } | { kind: 'abandoned' };

/**
 * One worker slot: claim a job, run it, record the outcome, repeat (architecture.md: "worker loop with graceful
 * stop"). Our own loop rather than pg-boss's `work()` so that stopping is ours to control: pg-boss's worker
 * completes jobs without awaiting, which after a shutdown would write to a closed connection.
 *
 * A handler that outlives the job's expiry is abandoned (its signal aborted) and the job failed as retryable,
 * which is what pg-boss's maintenance would do to it anyway, so a hung run cannot hold the slot forever.
 */
export function startWorkerLoop(deps: WorkerLoopDeps): WorkerLoop {
  const stopper = new AbortController();
  let abandonCurrent: (() => void) | null = null;

  const runOne = async (job: ClaimedJob): Promise<void> => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const settled = await new Promise<Settled>((resolve) => {
      abandonCurrent = () => resolve({ kind: 'abandoned' });
      timer = setTimeout(() => resolve({ kind: 'timeout' }), job.expireInSeconds * 1000);
      Promise.resolve()
        .then(() => deps.run(job, controller.signal))
        .then(
          () => resolve({ kind: 'ok' }),
          (err: unknown) => resolve({ kind: 'error', err }),
        );
    });
    clearTimeout(timer);
    abandonCurrent = null;
    try {
      if (settled.kind === 'ok') {
        await deps.complete(job);
      } else if (settled.kind === 'error') {
        await deps.fail(job, settled.err, isRetryable(settled.err));
      } else {
        const reason =
          settled.kind === 'timeout'
            ? `job ${job.id} exceeded its ${job.expireInSeconds}s expiry`
            : `worker stopped while job ${job.id} was running`;
        controller.abort(new JobFailure(reason, { retryable: true }));
        await deps.fail(job, controller.signal.reason, true);
      }
    } catch (err) {
      deps.onError(err);
    }
  };

  const loop = async (): Promise<void> => {
    while (!stopper.signal.aborted) {
      let job: ClaimedJob | null = null;
      try {
        job = await deps.fetch();
      } catch (err) {
        deps.onError(err);
      }
      if (job) {
        await runOne(job);
        continue;
      }
      await sleep(deps.pollingIntervalMs, undefined, { signal: stopper.signal }).catch(() => undefined);
    }
  };

  const finished = loop();
  return {
    finished,
    get busy() {
      return abandonCurrent !== null;
    },
    stop: () => stopper.abort(),
    abandon: () => abandonCurrent?.(),
  };
}
