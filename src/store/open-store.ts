import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Db } from './db.js';
import type { KeyStore, VerificationStore } from './stores.js';
import { createCryptoBox, parseEncryptionKey } from './crypto-box.js';
import { loadEmbeddedKey } from './embedded-key.js';
import { createKeyStore } from './key-store.js';
import { migrate } from './migrate.js';
import { openPgliteDb } from './pglite-db.js';
import { openPostgresDb } from './postgres-db.js';
import { createVerificationStore } from './verification-store.js';

export interface OpenStore {
  db: Db;
  keys: KeyStore;
  verifications: VerificationStore;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Errors of idle PostgreSQL connections, for the log. */
  onDbError?: (err: Error) => void;
  /** Clock for expiry decisions (tests). */
  clock?: () => Date;
}

/**
 * Opens storage as configured (decisions.md D19): PostgreSQL when `databaseUrl` is set, otherwise embedded PGlite
 * in `<dataDir>/pgdata`. The encryption key is resolved before the database is touched, so a missing key fails
 * the start at once.
 */
export async function openStore(config: Config, opts: OpenStoreOptions = {}): Promise<OpenStore> {
  const box = createCryptoBox(await loadEncryptionKey(config));
  const db = config.databaseUrl
    ? await openPostgresDb(config.databaseUrl, { onError: opts.onDbError })
    : await openPgliteDb(join(config.dataDir, 'pgdata'));
  try {
    if (opts.migrate ?? true) await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return {
    db,
    keys: createKeyStore(db, box, opts.clock),
    verifications: createVerificationStore(db, box, { readOnce: config.retention.seconds === 0, clock: opts.clock }),
    close: () => db.close(),
  };
}

/** `encryptionKey` wins; the embedded mode generates one in its data directory; PostgreSQL requires one. */
export async function loadEncryptionKey(config: Config): Promise<Buffer> {
  if (config.encryptionKey !== undefined && config.encryptionKey.trim() !== '') {
    return parseEncryptionKey(config.encryptionKey);
  }
  if (config.databaseUrl) {
    throw new Error(
      'encryptionKey is required when databaseUrl is set: give the base64 of 32 random bytes ' +
        '(e.g. `openssl rand -base64 32`) and keep it safe; data sealed with it cannot be read without it',
    );
  }
  return loadEmbeddedKey(config.dataDir);
}
