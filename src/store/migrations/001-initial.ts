import type { Migration } from './index.js';

/**
 * The first schema. Only non-personal columns are stored in clear: personal data (extracted fields, portrait,
 * images) and API secrets live in `*_enc` bytea columns sealed by crypto-box.ts (decisions.md D19). One statement
 * per string, so the runner can execute them inside a transaction on both PGlite and PostgreSQL.
 */
export const initialMigration: Migration = {
  id: '001-initial',
  statements: [
    `CREATE TABLE api_keys (
      secret_id text PRIMARY KEY,
      app text NOT NULL,
      secret_enc bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`,
    `CREATE TABLE verifications (
      id uuid PRIMARY KEY,
      app text NOT NULL,
      state text NOT NULL CHECK (state IN ('processing', 'passed', 'warning', 'rejected')),
      requested_nationality text NOT NULL,
      requested_card_type text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      expires_at timestamptz NOT NULL,
      read_at timestamptz,
      outcome_enc bytea,
      identity_token uuid UNIQUE,
      CHECK ((state = 'processing') = (outcome_enc IS NULL))
    )`,
    // Purge scans by expiry (decisions.md D15) and, in read-once mode, by read time.
    `CREATE INDEX verifications_expires_at_idx ON verifications (expires_at)`,
    `CREATE INDEX verifications_read_at_idx ON verifications (read_at) WHERE read_at IS NOT NULL`,
    `CREATE TABLE verification_images (
      verification_id uuid NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
      side text NOT NULL CHECK (side IN ('front', 'back')),
      format text NOT NULL CHECK (format IN ('jpeg', 'png')),
      width integer NOT NULL,
      height integer NOT NULL,
      bytes_enc bytea NOT NULL,
      PRIMARY KEY (verification_id, side)
    )`,
    // decisions.md D16: id is the IDVerificationToken; one identity record per verification at most.
    `CREATE TABLE identity_records (
      id uuid PRIMARY KEY,
      verification_id uuid NOT NULL UNIQUE REFERENCES verifications (id) ON DELETE CASCADE,
      record_enc bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
