import { randomBytes } from 'node:crypto';
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.js';

/** A configuration for storage tests: short queue timings so expiry and retries happen within seconds. */
export function storeTestConfig(overrides: Partial<ConfigInput>): Config {
  return configSchema.parse({
    encryptionKey: randomBytes(32).toString('base64'),
    queue: {
      concurrency: 2,
      jobTimeoutSeconds: 1,
      retryLimit: 2,
      maintenanceIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
    },
    log: { level: 'silent' },
    ...overrides,
  });
}
