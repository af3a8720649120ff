import { byteaParam, fromSealedColumn, sealedColumn } from './bytea.js';
import type { Db, Queryable } from './db.js';
import type { CryptoBox } from './crypto-box.js';
import type { StoredVerification, VerificationStore } from './stores.js';
import type { CardType, Side, SubmittedImage, VerificationState } from '../verification/types.js';
import { outcomeCodec } from './outcome-codec.js';

export interface VerificationStoreOptions {
  /** decisions.md D15 "delete as soon as read": `Config.retention.seconds === 0`. */
  readOnce: boolean;
  clock?: () => Date;
}

/**
 * In read-once mode a result nobody reads still goes after the default horizon (D15's 72 h), so an abandoned
 * verification never lives forever.
 */
export const READ_ONCE_HORIZON_SECONDS = 72 * 3600;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids in the canonical lower-case form PostgreSQL returns, so the associated data written at insert matches the
 * one rebuilt from a read row; null for anything that is not a UUID (it would be an SQL error, not "not found").
 */
function canonicalId(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}

interface VerificationRow {
  id: string;
  app: string;
  state: VerificationState;
  requested_nationality: string;
  requested_card_type: CardType;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
  /** Base64 text of the sealed outcome (see bytea.ts). */
  outcome_enc: string | null;
  identity_token: string | null;
}

interface ImageRow {
  side: Side;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  /** Base64 text of the sealed image (see bytea.ts). */
  bytes_enc: string;
}

/** Associated data of each sealed column: a ciphertext only opens in the row and column it was written for. */
const aad = {
  outcome: (id: string) => `verifications.outcome:${id}`,
  image: (id: string, side: Side) => `verification_images.bytes:${id}:${side}`,
  identity: (token: string) => `identity_records.record:${token}`,
};

/**
 * Verifications, their images and identity records. Personal data (outcome with fields and portrait, image bytes,
 * identity records) is sealed before it reaches SQL; only lifecycle columns are in clear (decisions.md D19).
 */
export function createVerificationStore(db: Db, box: CryptoBox, opts: VerificationStoreOptions): VerificationStore {
  const clock = opts.clock ?? (() => new Date());

  return {
    async insert(tx: Queryable, v) {
      const id = canonicalId(v.id);
      if (id === null) throw new Error('verification id must be a UUID');
      const now = clock();
      const horizon = new Date(now.getTime() + READ_ONCE_HORIZON_SECONDS * 1000);
      const expiresAt = opts.readOnce && v.expiresAt < horizon ? horizon : v.expiresAt;
      await tx.query(
        `INSERT INTO verifications (id, app, state, requested_nationality, requested_card_type, created_at, expires_at)
         VALUES ($1, $2, 'processing', $3, $4, $5, $6)`,
        [id, v.app, v.requestedNationality, v.requestedCardType, now, expiresAt],
      );
      for (const image of v.images) {
        await tx.query(
          `INSERT INTO verification_images (verification_id, side, format, width, height, bytes_enc)
           VALUES ($1, $2, $3, $4, $5, decode($6, 'hex'))`,
          [id, image.side, image.format, image.width, image.height, byteaParam(box.seal(image.bytes, aad.image(id, image.side)))],
        );
      }
    },

    async findForApp(rawId, app) {
      // decisions.md D15: unknown, malformed, expired, read (read-once mode) and another app's all look the same.
      const id = canonicalId(rawId);
      if (id === null) return null;
      const { rows } = await db.query<VerificationRow>(
        `SELECT id, app, state, requested_nationality, requested_card_type, created_at, finished_at, expires_at,
                ${sealedColumn('outcome_enc')}, identity_token
           FROM verifications
          WHERE id = $1 AND app = $2 AND expires_at > $3 AND NOT ($4::boolean AND read_at IS NOT NULL)`,
        [id, app, clock(), opts.readOnce],
      );
      const row = rows[0];
      return row ? toStored(row, box) : null;
    },

    async peek(rawId) {
      const id = canonicalId(rawId);
      if (id === null) return null;
      // Past its expiry a verification counts as gone even before the purge deletes it (D15).
      const { rows } = await db.query<Pick<VerificationRow, 'state' | 'requested_nationality' | 'requested_card_type'>>(
        `SELECT state, requested_nationality, requested_card_type FROM verifications
          WHERE id = $1 AND expires_at > $2`,
        [id, clock()],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        state: row.state,
        requestedNationality: row.requested_nationality,
        requestedCardType: row.requested_card_type,
      };
    },

    async images(rawId) {
      const id = canonicalId(rawId);
      if (id === null) return [];
      const { rows } = await db.query<ImageRow>(
        // 'front' sorts after 'back': descending puts the front first.
        `SELECT side, format, width, height, ${sealedColumn('bytes_enc')} FROM verification_images
          WHERE verification_id = $1 ORDER BY side DESC`,
        [id],
      );
      return rows.map(
        (row): SubmittedImage => ({
          side: row.side,
          format: row.format,
          width: row.width,
          height: row.height,
          bytes: box.open(fromSealedColumn(row.bytes_enc), aad.image(id, row.side)),
        }),
      );
    },

    async complete(rawId, outcome, rawToken) {
      const id = canonicalId(rawId);
      if (id === null) return false;
      const identityToken = rawToken === null ? null : canonicalId(rawToken);
      if (rawToken !== null && (identityToken === null || outcome.verdict === 'rejected')) {
        // decisions.md D16: a UUID, and only for a final result that is not rejected.
        throw new Error('identity token must be a UUID and only accompany a result that is not rejected');
      }
      const now = clock();
      return db.transaction(async (tx) => {
        // The state condition makes completion happen once, whatever number of times a job is retried.
        const updated = await tx.query(
          `UPDATE verifications
              SET state = $2, finished_at = $3, outcome_enc = decode($4, 'hex'), identity_token = $5
            WHERE id = $1 AND state = 'processing'`,
          [id, outcome.verdict, now, byteaParam(box.seal(outcomeCodec.encode(outcome), aad.outcome(id))), identityToken],
        );
        if (updated.rowCount === 0) return false;
        if (identityToken !== null) {
          const record = {
            structure: outcome.structure,
            nationality: outcome.nationality,
            cardType: outcome.cardType,
            cardSubType: outcome.cardSubType,
            fields: outcome.fields,
            portrait: outcome.portrait?.toString('base64') ?? null,
          };
          await tx.query(
            `INSERT INTO identity_records (id, verification_id, record_enc, created_at) VALUES ($1, $2, decode($3, 'hex'), $4)`,
            [identityToken, id, byteaParam(box.seal(Buffer.from(JSON.stringify(record), 'utf8'), aad.identity(identityToken))), now],
          );
        }
        return true;
      });
    },

    async markRead(rawId) {
      const id = canonicalId(rawId);
      if (id === null) return;
      // Only a final result counts as read: polling a processing one must not schedule it for deletion.
      await db.query(
        `UPDATE verifications SET read_at = $2 WHERE id = $1 AND state <> 'processing' AND read_at IS NULL`,
        [id, clock()],
      );
    },

    async purge(now) {
      // Images and identity records go with their verification (ON DELETE CASCADE).
      const { rowCount } = await db.query(
        `DELETE FROM verifications
          WHERE expires_at <= $1 OR ($2::boolean AND read_at IS NOT NULL AND state <> 'processing')`,
        [now, opts.readOnce],
      );
      return rowCount;
    },
  };
}

function toStored(row: VerificationRow, box: CryptoBox): StoredVerification {
  return {
    id: row.id,
    app: row.app,
    state: row.state,
    requestedNationality: row.requested_nationality,
    requestedCardType: row.requested_card_type,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    expiresAt: row.expires_at,
    outcome: row.outcome_enc === null ? null : outcomeCodec.decode(box.open(fromSealedColumn(row.outcome_enc), aad.outcome(row.id))),
    identityToken: row.identity_token,
  };
}
