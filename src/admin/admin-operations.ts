import type { KeyStore, VerificationStore } from '../store/stores.js';

/**
 * Operator commands that must work whether or not a server owns the embedded data directory: run in-process
 * against an open store, or sent to the running server over its admin socket (admin-server.ts).
 */
export interface AdminOperations {
  createKey(app: string): Promise<{ SecretId: string; SecretKey: string; App: string }>;
  listKeys(): Promise<Array<{ SecretId: string; App: string; CreatedAt: string; RevokedAt: string | null }>>;
  revokeKey(secretId: string): Promise<boolean>;
  purge(): Promise<number>;
}

export function adminOperations(
  keys: KeyStore,
  verifications: VerificationStore,
  hooks: { onRevoke?: (secretId: string) => void } = {},
): AdminOperations {
  return {
    async createKey(app) {
      const key = await keys.create(app);
      return { SecretId: key.secretId, SecretKey: key.secretKey, App: key.app };
    },
    async listKeys() {
      return (await keys.list()).map((k) => ({
        SecretId: k.secretId,
        App: k.app,
        CreatedAt: k.createdAt.toISOString(),
        RevokedAt: k.revokedAt === null ? null : k.revokedAt.toISOString(),
      }));
    },
    async revokeKey(secretId) {
      const revoked = await keys.revoke(secretId);
      hooks.onRevoke?.(secretId);
      return revoked;
    },
    purge: () => verifications.purge(new Date()),
  };
}
