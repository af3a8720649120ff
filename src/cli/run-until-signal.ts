import type { RunningApp } from '../app.js';
import type { Logger } from '../ops/logger.js';

/**
 * Keeps a started app running until SIGTERM or SIGINT, then stops it gracefully (stop taking work, finish or
 * hand back what runs). A second signal exits at once; a crash loses nothing because unfinished jobs come back.
 */
export function runUntilSignal(app: RunningApp, logger: Logger): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, 'stopping gracefully');
      app.stop().then(
        () => {
          logger.info('stopped');
          logger.flush();
          resolve(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'error while stopping');
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
