import { startApp } from '../app.js';
import type { Config } from '../config/schema.js';
import { createLogger } from '../ops/logger.js';
import { runUntilSignal } from './run-until-signal.js';
import { UsageError } from './usage-error.js';

/** `cardverify worker`: verification workers only, any number of processes on any number of machines (D20). */
export async function runWorker(config: Config): Promise<number> {
  if (config.databaseUrl === undefined) {
    throw new UsageError('cardverify worker needs DATABASE_URL (PostgreSQL); on embedded storage `cardverify serve` runs the workers itself');
  }
  const logger = createLogger(config.log.level);
  const app = await startApp(config, { http: false, workers: true }, logger);
  logger.info({ threads: config.queue.concurrency }, 'worker ready');
  process.stdout.write(`cardverify worker ready (${config.queue.concurrency} thread(s))\n`);
  return runUntilSignal(app, logger);
}
