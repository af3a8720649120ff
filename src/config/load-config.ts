import { readFileSync } from 'node:fs';
import { configSchema, type Config, type ConfigInput } from './schema.js';

/**
 * The only reader of process.env. Sources, later winning: defaults (schema) < JSON file named by
 * CARDVERIFY_CONFIG < environment variables < command-line overrides. The result is validated and frozen.
 */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Environment variables and the config path each one sets (documented in docs/configuration.md). */
export const ENV_VARIABLES: ReadonlyArray<{ name: string; path: string; type: 'string' | 'int' | 'number' | 'list' }> = [
  { name: 'CARDVERIFY_DATA_DIR', path: 'dataDir', type: 'string' },
  { name: 'DATABASE_URL', path: 'databaseUrl', type: 'string' },
  { name: 'CARDVERIFY_ENCRYPTION_KEY', path: 'encryptionKey', type: 'string' },
  { name: 'HOST', path: 'http.host', type: 'string' },
  { name: 'PORT', path: 'http.port', type: 'int' },
  { name: 'CARDVERIFY_REGIONS', path: 'protocol.regions', type: 'list' },
  { name: 'CARDVERIFY_RATE_APPLY', path: 'rateLimits.applyPerSecond', type: 'number' },
  { name: 'CARDVERIFY_RATE_GET', path: 'rateLimits.getPerSecond', type: 'number' },
  { name: 'CARDVERIFY_URL_ALLOW_LIST', path: 'images.urlAllowList', type: 'list' },
  { name: 'CARDVERIFY_RETENTION_SECONDS', path: 'retention.seconds', type: 'int' },
  { name: 'CARDVERIFY_PURGE_INTERVAL_SECONDS', path: 'retention.purgeIntervalSeconds', type: 'int' },
  { name: 'CARDVERIFY_FINAL_RESULT_CACHE_ENTRIES', path: 'retention.finalResultCacheEntries', type: 'int' },
  { name: 'CARDVERIFY_STATUS_CASE', path: 'compat.statusCase', type: 'string' },
  { name: 'CARDVERIFY_WORKER_THREADS', path: 'queue.concurrency', type: 'int' },
  { name: 'CARDVERIFY_JOB_TIMEOUT_SECONDS', path: 'queue.jobTimeoutSeconds', type: 'int' },
  { name: 'CARDVERIFY_QUEUE_MAINTENANCE_SECONDS', path: 'queue.maintenanceIntervalSeconds', type: 'int' },
  { name: 'CARDVERIFY_LOG_LEVEL', path: 'log.level', type: 'string' },
];

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function convert(name: string, raw: string, type: 'string' | 'int' | 'number' | 'list'): unknown {
  if (type === 'string') return raw;
  if (type === 'list') return raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || (type === 'int' && !Number.isInteger(n))) {
    throw new ConfigError(`${name} must be ${type === 'int' ? 'an integer' : 'a number'}, got "${raw}"`);
  }
  return n;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k];
    out[k] =
      typeof v === 'object' && v !== null && !Array.isArray(v) && typeof prev === 'object' && prev !== null && !Array.isArray(prev)
        ? deepMerge(prev as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function loadConfig(env: Env, overrides: ConfigInput = {}): Readonly<Config> {
  let input: Record<string, unknown> = {};
  const file = env.CARDVERIFY_CONFIG;
  if (file) {
    try {
      input = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`cannot read CARDVERIFY_CONFIG ${file}: ${(err as Error).message}`);
    }
  }
  const fromEnv: Record<string, unknown> = {};
  for (const v of ENV_VARIABLES) {
    const raw = env[v.name];
    if (raw !== undefined && raw !== '') setPath(fromEnv, v.path, convert(v.name, raw, v.type));
  }
  input = deepMerge(deepMerge(input, fromEnv), overrides as Record<string, unknown>);
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  return deepFreeze(parsed.data);
}
