import { byteaParam, fromSealedColumn, sealedColumn } from './bytea.js';
import { randomInt } from 'node:crypto';
import type { Db } from './db.js';
import type { ApiKey, KeyStore } from './stores.js';
import type { CryptoBox } from './crypto-box.js';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Tencent's SecretId shape: `AKID` and 32 alphanumerics (decisions.md D17 ties each to one application). */
export const SECRET_ID_PATTERN = /^AKID[A-Za-z0-9]{32}$/;
const SECRET_KEY_LENGTH = 32;

interface KeyRow {
  secret_id: string;
  app: string;
  created_at: Date;
  revoked_at: Date | null;
}

/**
 * API keys. The secret is stored sealed (crypto-box.ts), bound to its SecretId, and only `findSecret` returns it,
 * for signature checks; `create` shows it once to the operator.
 */
export function createKeyStore(db: Db, box: CryptoBox, clock: () => Date = () => new Date()): KeyStore {
  const aad = (secretId: string) => `api_keys.secret:${secretId}`;

  return {
    async create(app) {
      if (app.trim() === '') throw new Error('an API key needs an application name');
      const secretId = `AKID${randomAlphanumeric(32)}`;
      const secretKey = randomAlphanumeric(SECRET_KEY_LENGTH);
      const createdAt = clock();
      await db.query(`INSERT INTO api_keys (secret_id, app, secret_enc, created_at) VALUES ($1, $2, decode($3, 'hex'), $4)`, [
        secretId,
        app,
        byteaParam(box.seal(Buffer.from(secretKey, 'utf8'), aad(secretId))),
        createdAt,
      ]);
      return { secretId, app, createdAt, revokedAt: null, secretKey };
    },

    async list() {
      const { rows } = await db.query<KeyRow>(
        'SELECT secret_id, app, created_at, revoked_at FROM api_keys ORDER BY created_at, secret_id',
      );
      return rows.map(toApiKey);
    },

    async revoke(secretId) {
      const { rowCount } = await db.query(
        'UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE secret_id = $1',
        [secretId, clock()],
      );
      return rowCount > 0;
    },

    async findSecret(secretId) {
      // Callers pass what a client sent; a malformed id never reaches the database.
      if (!SECRET_ID_PATTERN.test(secretId)) return null;
      const { rows } = await db.query<{ app: string; secret_enc: string }>(
        `SELECT app, ${sealedColumn('secret_enc')} FROM api_keys WHERE secret_id = $1 AND revoked_at IS NULL`,
        [secretId],
      );
      const row = rows[0];
      if (!row) return null;
      return { app: row.app, secretKey: box.open(fromSealedColumn(row.secret_enc), aad(secretId)).toString('utf8') };
    },
  };
}

function toApiKey(row: KeyRow): ApiKey {
  return { secretId: row.secret_id, app: row.app, createdAt: row.created_at, revokedAt: row.revoked_at };
}

/** Uniform over 62 symbols (`randomInt` rejects biased draws). */
function randomAlphanumeric(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}
