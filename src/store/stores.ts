import type { Queryable } from './db.js';
import type { CardType, SubmittedImage, VerificationOutcome, VerificationState } from '../verification/types.js';

/** An API key (decisions.md D17). The secret is stored encrypted; only `findSecret` ever returns it. */
export interface ApiKey {
  secretId: string;
  app: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface KeyStore {
  create(app: string): Promise<ApiKey & { secretKey: string }>;
  list(): Promise<ApiKey[]>;
  /** Marks a key revoked; false when no such key. */
  revoke(secretId: string): Promise<boolean>;
  /** Secret and app of an active key, or null (unknown or revoked). */
  findSecret(secretId: string): Promise<{ secretKey: string; app: string } | null>;
}

export interface NewVerification {
  id: string;
  app: string;
  requestedNationality: string;
  requestedCardType: CardType;
  images: SubmittedImage[];
  expiresAt: Date;
}

export interface StoredVerification {
  id: string;
  app: string;
  state: VerificationState;
  requestedNationality: string;
  requestedCardType: CardType;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date;
  /** Null while processing. Decrypted. */
  outcome: VerificationOutcome | null;
  /** D16: issued when final and not rejected. */
  identityToken: string | null;
}

export interface VerificationStore {
  /** Inserts the record and its images (encrypted) using `tx`, so the caller can add the job in the same transaction. */
  insert(tx: Queryable, v: NewVerification): Promise<void>;
  /** The verification as its owner app sees it; null when unknown, purged, expired or another app's (D15). */
  findForApp(id: string, app: string): Promise<StoredVerification | null>;
  /** State and request of a verification regardless of app, for the worker; null when gone. */
  peek(id: string): Promise<Pick<StoredVerification, 'state' | 'requestedNationality' | 'requestedCardType'> | null>;
  /** Images of a verification, decrypted, for the worker. */
  images(id: string): Promise<SubmittedImage[]>;
  /**
   * Stores the final outcome once. Returns false when the verification was already final or is gone, so a
   * retried job never completes a verification twice.
   */
  complete(id: string, outcome: VerificationOutcome, identityToken: string | null): Promise<boolean>;
  /** Records that a final result was read (for the delete-once-read retention mode, D15). */
  markRead(id: string): Promise<void>;
  /** Deletes verifications, images and identity records past their expiry or already read when so configured. */
  purge(now: Date): Promise<number>;
}
