import { startApp } from '../app.js';
import type { Config } from '../config/schema.js';
import { createLogger } from '../ops/logger.js';
import { runUntilSignal } from './run-until-signal.js';

/**
 * `cardverify serve`: the API on `/`, plus the workers unless `--no-workers` (decisions.md D20: on embedded
 * storage they run in this process's worker threads; with PostgreSQL they may run in `cardverify worker`
 * processes instead).
 */
export async function runServe(config: Config, opts: { workers: boolean }): Promise<number> {
  const logger = createLogger(config.log.level);
  const app = await startApp(config, { http: true, workers: opts.workers }, logger);
  const storage = config.databaseUrl === undefined ? `embedded (${config.dataDir})` : 'PostgreSQL';
  logger.info({ url: app.url, storage, workers: opts.workers }, 'listening');
  process.stdout.write(
    `cardverify listening on ${app.url}  (storage: ${storage}; workers: ${opts.workers ? config.queue.concurrency + ' thread(s)' : 'none'})\n` +
      `Create an API key:  npx cardverify keys create --app myapp --json\n` +
      `Then point a Tencent Cloud SDK's endpoint at ${app.url?.replace(/^http:\/\//, '')} with protocol http.\n`,
  );
  return runUntilSignal(app, logger);
}
