import PgBoss from 'pg-boss';
import type { Config } from '../config/schema.js';
import type { Db, Queryable } from '../store/db.js';
import type { PostgresDb } from '../store/postgres-db.js';
import { bossDbFor, bossDbInTransaction } from './boss-db.js';
import { JobFailure } from './job-failure.js';
import { checkJobCatalogue, jobNames, parseJobData, type JobData, type JobName } from './jobs.js';
import { startWorkerLoop, type ClaimedJob, type WorkerLoop } from './worker-loop.js';

/** pg-boss keeps its tables in their own schema, apart from ours (migrations never touch it). */
export const QUEUE_SCHEMA = 'cardverify_boss';

export interface JobQueueOptions {
  /** pg-boss and worker-loop faults (a failed poll, a failed complete), for the log. */
  onError?: (err: unknown) => void;
}

export interface JobContext {
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Aborted when the job is given up on (expiry, or the worker stopping past its grace period). */
  signal: AbortSignal;
}

export type JobHandler<N extends JobName> = (data: JobData<N>, ctx: JobContext) => Promise<void>;

export interface QueueStats {
  /** Waiting to run, first attempts and retries. */
  queued: number;
  active: number;
  /** Age of the oldest waiting job; 0 when none waits. */
  oldestQueuedAgeSeconds: number;
}

/**
 * Seconds before a failed job's first retry; pg-boss's backoff doubles it each time, with jitter. At least 1 s on
 * purpose: when maintenance expires a hung job at the moment its worker gives up on it too, both fail it, and the
 * delay keeps the job from being claimed again between the two (the second fail would hit the new attempt).
 */
const RETRY_DELAY_SECONDS = 1;

/**
 * The work queue (decisions.md D20) over the store's Db: the one given by openStore, PGlite or PostgreSQL.
 * On PostgreSQL pg-boss gets the same connection string and its own small pool; on PGlite it runs through the
 * Db itself (one backend, serialised). Stats read through the Db in both modes.
 */
export function createJobQueue(db: Db, queue: Config['queue'], opts: JobQueueOptions = {}): JobQueue {
  return new JobQueue(db, queue, opts);
}

/**
 * pg-boss 10 behind a typed API. Jobs are sent inside the caller's transaction so a verification, its images and
 * its job commit together or not at all; workers are our own loops (worker-loop.ts).
 */
export class JobQueue {
  readonly #boss: PgBoss;
  readonly #db: Db;
  readonly #queue: Config['queue'];
  readonly #onError: (err: unknown) => void;
  readonly #loops: WorkerLoop[] = [];
  #state: 'new' | 'started' | 'stopping' | 'stopped' = 'new';
  #starting: Promise<void> | null = null;

  constructor(db: Db, q: Config['queue'], opts: JobQueueOptions = {}) {
    checkJobCatalogue();
    this.#db = db;
    this.#queue = q;
    this.#onError = opts.onError ?? (() => undefined);
    const common: PgBoss.ConstructorOptions = {
      schema: QUEUE_SCHEMA,
      migrate: true,
      supervise: true,
      schedule: false,
      maintenanceIntervalSeconds: q.maintenanceIntervalSeconds,
      expireInSeconds: q.jobTimeoutSeconds,
      retryLimit: q.retryLimit,
      retryDelay: RETRY_DELAY_SECONDS,
      retryBackoff: true,
    };
    this.#boss =
      db.kind === 'postgres'
        ? new PgBoss({
            ...common,
            connectionString: connectionStringOf(db),
            // One connection per worker slot, plus maintenance and a spare; sends use the caller's transaction.
            max: q.concurrency + 2,
            application_name: 'cardverify-queue',
          })
        : new PgBoss({ ...common, db: bossDbFor(db) });
    // pg-boss emits 'error' for maintenance faults; an EventEmitter without a listener would throw them.
    this.#boss.on('error', (err) => this.#onError(err));
  }

  /** Installs or migrates pg-boss's schema, creates every catalogue queue, starts maintenance. */
  async start(): Promise<void> {
    if (this.#state !== 'new' || this.#starting) throw new Error('job queue cannot start twice');
    this.#starting = (async () => {
      await this.#boss.start();
      // pg-boss 10 drops sends to a queue that does not exist.
      for (const name of jobNames()) await this.#boss.createQueue(name);
      if (this.#state === 'new') this.#state = 'started';
    })();
    await this.#starting;
  }

  /** Adds a job inside `tx`; it becomes visible to workers when `tx` commits. Returns the job id. */
  async send<N extends JobName>(tx: Queryable, name: N, data: JobData<N>): Promise<string> {
    this.#assertStarted('send');
    const valid = parseJobData(name, data);
    const id = await this.#boss.send(name, valid, {
      db: bossDbInTransaction(tx),
      expireInSeconds: this.#queue.jobTimeoutSeconds,
      retryLimit: this.#queue.retryLimit,
      retryDelay: RETRY_DELAY_SECONDS,
      retryBackoff: true,
    });
    if (id === null) throw new Error(`job queue refused a ${name} job (queue missing?)`);
    return id;
  }

  /**
   * Runs `handler` for jobs of `name` in `concurrency` slots (default `Config.queue.concurrency`). A handler that
   * throws fails the attempt; the error's `retryable` mark (job-failure.ts) decides between retry and failure.
   */
  work<N extends JobName>(name: N, handler: JobHandler<N>, opts: { concurrency?: number } = {}): void {
    this.#assertStarted('work');
    const concurrency = opts.concurrency ?? this.#queue.concurrency;
    for (let i = 0; i < concurrency; i += 1) {
      this.#loops.push(
        startWorkerLoop({
          fetch: () => this.#fetch(name),
          run: (job, signal) => {
            let data: JobData<N>;
            try {
              data = parseJobData(name, job.data);
            } catch (err) {
              throw new JobFailure((err as Error).message, { retryable: false, cause: err });
            }
            return handler(data, { jobId: job.id, retryCount: job.retryCount, signal });
          },
          complete: async (job) => {
            await this.#boss.complete(name, job.id);
          },
          fail: (job, err, retryable) => this.#fail(name, job, err, retryable),
          pollingIntervalMs: this.#queue.pollingIntervalSeconds * 1000,
          onError: this.#onError,
        }),
      );
    }
  }

  /**
   * Stops fetching, lets running handlers finish (graceful, within `timeoutMs`), then fails whatever still runs
   * back to the queue (another worker retries it) and stops pg-boss. Does not close the store's Db.
   */
  async stop(opts: { graceful?: boolean; timeoutMs?: number } = {}): Promise<void> {
    if (this.#state === 'stopping' || this.#state === 'stopped') return;
    this.#state = 'stopping';
    // A stop during start waits for pg-boss to be up, so that its timers and pool are stopped too.
    await this.#starting?.catch(() => undefined);
    const wasStarted = this.#starting !== null;
    const graceful = opts.graceful ?? true;
    for (const loop of this.#loops) loop.stop();
    const allDone = Promise.all(this.#loops.map((l) => l.finished));
    if (graceful) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, opts.timeoutMs ?? 30_000);
      });
      await Promise.race([allDone, timeout]);
      clearTimeout(timer);
    }
    for (const loop of this.#loops) loop.abandon();
    await allDone;
    if (wasStarted) await this.#boss.stop({ graceful: false, close: true, wait: true });
    this.#state = 'stopped';
  }

  /** For metrics and readiness: jobs waiting and running in every catalogue queue. */
  async stats(): Promise<QueueStats> {
    // pg-boss creates its tables in start(); after a stop they are still there to count.
    if (this.#state === 'new') throw new Error('job queue stats: the queue is not started');
    const { rows } = await this.#db.query<{ queued: number; active: number; oldest: number | null }>(
      `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE state = 'active')::int AS active,
              EXTRACT(EPOCH FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry')))::float8 AS oldest
         FROM ${QUEUE_SCHEMA}.job
        WHERE name = ANY($1::text[])`,
      [jobNames()],
    );
    const row = rows[0];
    return { queued: row?.queued ?? 0, active: row?.active ?? 0, oldestQueuedAgeSeconds: Math.max(0, row?.oldest ?? 0) };
  }

  /** Readiness: the queue's own connection answers. */
  async ping(): Promise<void> {
    this.#assertStarted('ping');
    const result = await this.#boss.getDb().executeSql('SELECT 1 AS ok', []);
    if (!result?.rows?.length) throw new Error('job queue database did not answer');
  }

  async #fetch(name: JobName): Promise<ClaimedJob | null> {
    const [job] = await this.#boss.fetch<unknown>(name, { batchSize: 1, includeMetadata: true });
    if (!job) return null;
    return {
      id: job.id,
      data: job.data,
      retryCount: job.retryCount,
      expireInSeconds: Number(job.expireInSeconds) || this.#queue.jobTimeoutSeconds,
    };
  }

  async #fail(name: JobName, job: ClaimedJob, err: unknown, retryable: boolean): Promise<void> {
    if (!retryable) {
      // pg-boss retries while retry_count < retry_limit; lowering the limit to the count makes this attempt final.
      await this.#boss
        .getDb()
        .executeSql(
          `UPDATE ${QUEUE_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`,
          [name, job.id],
        );
    }
    // Only the error's name and message are kept: pg-boss stores job output in clear (no stacks, no values).
    const e = err instanceof Error ? err : new Error(String(err));
    await this.#boss.fail(name, job.id, { name: e.name, message: e.message.slice(0, 500), retryable });
  }

  #assertStarted(what: string): void {
    if (this.#state !== 'started') throw new Error(`job queue ${what}: the queue is ${this.#state}, not started`);
  }
}

function connectionStringOf(db: Db): string {
  const pgDb = db as Partial<PostgresDb>;
  if (typeof pgDb.connectionString !== 'function') {
    throw new Error('the job queue needs a PostgreSQL Db from openPostgresDb (it reads its connection string)');
  }
  return pgDb.connectionString();
}
