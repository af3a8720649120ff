import type { StoredVerification } from '../store/stores.js';

/**
 * Final verifications never change: a client that keeps polling a finished token (the SDK examples poll up to
 * 60 times) can be answered from memory instead of the database. Bounded (least recently used out first);
 * entries are checked against their owner app and expiry on every read, so a hit answers exactly what the store
 * would. Not used in read-once mode (D15), where a read changes what the next read sees.
 */
export class FinalResultCache {
  private readonly entries = new Map<string, StoredVerification>();

  constructor(private readonly maxEntries: number) {}

  get(token: string, app: string, now: Date): StoredVerification | null {
    const hit = this.entries.get(token);
    if (hit === undefined) return null;
    if (hit.expiresAt <= now) {
      this.entries.delete(token);
      return null;
    }
    if (hit.app !== app) return null;
    // Refresh its place in the eviction order.
    this.entries.delete(token);
    this.entries.set(token, hit);
    return hit;
  }

  remember(v: StoredVerification): void {
    if (this.maxEntries === 0 || v.state === 'processing') return;
    this.entries.delete(v.id);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(v.id, v);
  }

  get size(): number {
    return this.entries.size;
  }
}
