import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { VerificationOutcome } from '../verification/types.js';
import { PipelineFault } from './pipeline-fault.js';
import { resolvePipelineOptions, type PipelineOptions } from './pipeline-options.js';
import type { PipelineInput, PipelineRunner } from './stage.js';
import { outcomeFromWorker, taskForWorker, type WorkerOptions, type WorkerReply } from './worker-protocol.js';

export interface PipelinePoolOptions extends PipelineOptions {
  /** Worker threads, each with its own engines; the app passes `config.queue.concurrency`. */
  threads: number;
  /** Worker entry module; defaults to pipeline-worker next to this module (tests swap in an instrumented one). */
  workerUrl?: URL;
}

export interface PipelineThreadStats {
  threadId: number;
  jobs: number;
  /** How many times that thread built its engines: 1, or something reloads per job. */
  engineLoads: number;
}

export interface PipelinePool extends PipelineRunner {
  /** Threads that answered at least one job, for metrics and for tests proving the work left this thread. */
  stats(): PipelineThreadStats[];
}

/**
 * `pipeline-worker.js` after `tsc`, `pipeline-worker.ts` when running from src under tsx (worker threads inherit
 * `execArgv`, so `--import tsx` loads the TypeScript entry there too).
 */
function defaultWorkerUrl(): URL {
  const compiled = new URL('./pipeline-worker.js', import.meta.url);
  return existsSync(fileURLToPath(compiled)) ? compiled : new URL('./pipeline-worker.ts', import.meta.url);
}

/**
 * Runs the pipeline off the calling thread in a fixed set of worker threads (decisions.md D20: recognition never
 * runs on the HTTP event loop). The thread count is fixed (min = max) so threads, and the models they loaded,
 * live as long as the pool. A worker fault rejects `run` with a `PipelineFault` marked retryable or not.
 */
export function createPipelinePool(options: PipelinePoolOptions): PipelinePool {
  if (!Number.isInteger(options.threads) || options.threads < 1) {
    throw new RangeError(`threads must be a positive integer, got ${options.threads}`);
  }
  const workerData: WorkerOptions = resolvePipelineOptions(options, options.threads);
  const piscina = new Piscina({
    filename: fileURLToPath(options.workerUrl ?? defaultWorkerUrl()),
    minThreads: options.threads,
    maxThreads: options.threads,
    workerData,
  });
  const threads = new Map<number, PipelineThreadStats>();
  const running = new Set<Promise<unknown>>();
  let closed = false;

  function record(reply: WorkerReply): void {
    const entry = threads.get(reply.threadId) ?? { threadId: reply.threadId, jobs: 0, engineLoads: 0 };
    entry.jobs += 1;
    entry.engineLoads = Math.max(entry.engineLoads, reply.engineLoads);
    threads.set(reply.threadId, entry);
  }

  return {
    async run(input: PipelineInput): Promise<VerificationOutcome> {
      if (closed) throw new PipelineFault('the pipeline pool is closed', { retryable: true });
      const { task, transferList } = taskForWorker(input);
      let reply: WorkerReply;
      const job = piscina.run(task, { transferList });
      running.add(job);
      try {
        reply = (await job) as WorkerReply;
      } catch (error) {
        // The thread died or the pool was torn down under the job: another attempt may well succeed.
        throw PipelineFault.from(error, 'pipeline worker');
      } finally {
        running.delete(job);
      }
      record(reply);
      if (!reply.ok) {
        const fault = new PipelineFault(reply.fault.message, { retryable: reply.fault.retryable });
        fault.stack = reply.fault.stack;
        throw fault;
      }
      return outcomeFromWorker(reply.outcome);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      // Graceful: jobs already running finish, then the threads stop. Not `piscina.close()`: in piscina 4.9 it
      // leaves its close-timeout timer running, which holds the process open for 30 s after everything stopped.
      await Promise.allSettled(running);
      await piscina.destroy();
    },
    stats(): PipelineThreadStats[] {
      return [...threads.values()].map((entry) => ({ ...entry }));
    },
  };
}
