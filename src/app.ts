import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminOperations } from './admin/admin-operations.js';
import { startAdminSocket } from './admin/admin-socket.js';
import { applyCardVerification } from './actions/apply-card-verification.js';
import { getCardVerificationResult } from './actions/get-card-verification-result.js';
import type { Config } from './config/schema.js';
import { createGateway } from './http/gateway.js';
import { createHttpServer } from './http/http-server.js';
import { acceptImage } from './images/accept-image.js';
import type { Logger } from './ops/logger.js';
import { createMetrics, type Metrics } from './ops/metrics.js';
import { createPipelinePool } from './pipeline/pipeline-pool.js';
import { createJobQueue, type JobQueue } from './queue/job-queue.js';
import { cachedSecretLookup } from './store/cached-secret-lookup.js';
import { DirLockBusyError } from './store/dir-lock.js';
import { openStore, type OpenStore } from './store/open-store.js';
import { processVerification } from './verification/process-verification.js';
import { VerificationService } from './verification/verification-service.js';

export interface AppRoles {
  /** Serve the API (and, on embedded storage, the admin socket and the periodic purge). */
  http: boolean;
  /** Run verification jobs in this process's worker threads. */
  workers: boolean;
}

export interface RunningApp {
  /** `http://host:port` when serving HTTP. */
  url: string | null;
  metrics: Metrics;
  /** Graceful stop: stop taking requests and jobs, finish or hand back running work, close storage. */
  stop(): Promise<void>;
}

/** The composition root: builds every object explicitly, in order (architecture.md), and runs the asked roles. */
export async function startApp(config: Config, roles: AppRoles, logger: Logger): Promise<RunningApp> {
  const embedded = config.databaseUrl === undefined;
  const closers: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const close of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (err) {
        logger.error({ err }, 'error while stopping');
      }
    }
  };
  try {
    const metrics = createMetrics();
    const store = await openStoreWhenFree(config);
    closers.push(() => store.close());
    const queue = createJobQueue(store.db, config.queue);
    await queue.start();
    closers.push(() => queue.stop({ graceful: true, timeoutMs: 30_000 }));

    const parts: AppParts = { config, store, queue, metrics, logger, closers };
    if (roles.workers) await startWorkers(parts);
    let url: string | null = null;
    if (roles.http) url = await startHttp(parts, embedded);
    return { url, metrics, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function openStoreWhenFree(config: Config): Promise<OpenStore> {
  // A CLI command may hold the embedded directory for a moment (keys create without a server): wait for it.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await openStore(config);
    } catch (err) {
      if (!(err instanceof DirLockBusyError) || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** What the roles are built from; `closers` run in reverse order at stop. */
interface AppParts {
  config: Config;
  store: OpenStore;
  queue: JobQueue;
  metrics: Metrics;
  logger: Logger;
  closers: Array<() => Promise<void> | void>;
}

async function startWorkers({ config, store, queue, metrics, logger, closers }: AppParts): Promise<void> {
  const pool = createPipelinePool({ threads: config.queue.concurrency, maxInputPixels: config.images.maxPixels });
  // Closers run in reverse order: the pool must close after the queue stopped and its running jobs finished,
  // so it goes just before the queue's closer (index 1: after the store's).
  closers.splice(1, 0, () => pool.close());
  await queue.work(
    'verify',
    async ({ verificationId }) => {
      logger.info({ verificationId }, 'job started');
      const result = await processVerification(verificationId, { verifications: store.verifications, pipeline: pool });
      if (result.outcome) {
        metrics.verifications.inc({ verdict: result.outcome.verdict });
        for (const t of result.outcome.timings) metrics.stageSeconds.observe({ stage: t.stage }, t.ms / 1000);
      }
      logger.info({ verificationId, status: result.status, verdict: result.outcome?.verdict }, 'job finished');
    },
    { concurrency: config.queue.concurrency },
  );
}

async function startHttp({ config, store, queue, metrics, logger, closers }: AppParts, embedded: boolean): Promise<string> {
  const service = new VerificationService({
    db: store.db,
    verifications: store.verifications,
    acceptImage: (side, source) => acceptImage(side, source, config.images),
    enqueue: async (tx, verificationId) => {
      await queue.send(tx, 'verify', { verificationId });
    },
    retentionSeconds: config.retention.seconds,
    finalResultCacheEntries: config.retention.finalResultCacheEntries,
  });
  const secrets = cachedSecretLookup(store.keys, { ttlMs: config.protocol.keyCacheSeconds * 1000 });
  const gateway = createGateway({
    config,
    lookupSecret: (secretId) => secrets.lookup(secretId),
    actions: {
      ApplyCardVerification: applyCardVerification(service, config.polling, config.images.urlTimeoutMs),
      GetCardVerificationResult: getCardVerificationResult(service, config.compat.statusCase),
    },
    onError: (err) => logger.error({ err }, 'fault while handling a request'),
  });
  const server = createHttpServer({
    gateway,
    metrics,
    logger,
    limits: config.protocol,
    ready: async () => {
      const detail: Record<string, string> = {};
      try {
        await store.db.query('SELECT 1');
        detail.database = 'ok';
      } catch (err) {
        detail.database = (err as Error).message;
      }
      try {
        await queue.ping();
        detail.queue = 'ok';
      } catch (err) {
        detail.queue = (err as Error).message;
      }
      return { ok: detail.database === 'ok' && detail.queue === 'ok', detail };
    },
  });
  await listen(server, config.http.host, config.http.port);
  closers.push(() => closeServer(server));

  if (embedded) {
    const admin = await startAdminSocket(
      config.dataDir,
      adminOperations(store.keys, store.verifications, { onRevoke: (id) => secrets.forget(id) }),
    );
    closers.push(() => closeServer(admin));
  }
  const purge = setInterval(() => {
    store.verifications.purge(new Date()).then(
      (n) => n > 0 && logger.info({ purged: n }, 'retention purge'),
      (err: unknown) => logger.error({ err }, 'retention purge failed'),
    );
  }, config.retention.purgeIntervalSeconds * 1000);
  purge.unref();
  const stats = setInterval(() => {
    queue.stats().then(
      (s) => {
        metrics.queueDepth.set({ state: 'queued' }, s.queued);
        metrics.queueDepth.set({ state: 'active' }, s.active);
        metrics.queueOldestAgeSeconds.set(s.oldestQueuedAgeSeconds);
      },
      () => undefined,
    );
  }, 5000);
  stats.unref();
  closers.push(() => {
    clearInterval(purge);
    clearInterval(stats);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections?.();
  });
}
