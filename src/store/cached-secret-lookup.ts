import type { KeyStore } from './stores.js';

type Found = { secretKey: string; app: string };

/**
 * Every API request looks its key up; the answer rarely changes. Active keys are remembered for `ttlMs`, so a
 * revocation made by another process (PostgreSQL deployments) takes effect within that time; a revocation made
 * through this process (`forget`) takes effect at once. Unknown ids are not remembered, so a new key works at
 * once and a flood of invented ids cannot fill the memory.
 */
export function cachedSecretLookup(keys: Pick<KeyStore, 'findSecret'>, opts: { ttlMs: number; maxEntries?: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const max = opts.maxEntries ?? 10_000;
  const entries = new Map<string, { value: Found; until: number }>();
  return {
    async lookup(secretId: string): Promise<Found | null> {
      const hit = entries.get(secretId);
      if (hit !== undefined && hit.until > now()) return hit.value;
      entries.delete(secretId);
      const value = await keys.findSecret(secretId);
      if (value !== null) {
        if (entries.size >= max) entries.delete(entries.keys().next().value as string);
        entries.set(secretId, { value, until: now() + opts.ttlMs });
      }
      return value;
    },
    forget(secretId: string): void {
      entries.delete(secretId);
    },
  };
}
