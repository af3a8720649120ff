/**
 * Remembers authenticated requests for as long as their timestamp is acceptable, so that the same request cannot
 * be accepted twice (decisions.md D3). A request signed at `t` passes the clock check until the end of second
 * `t + window`, so its entry lives exactly that long; afterwards the clock check alone refuses a replay.
 *
 * In memory and per process: several server processes behind one balancer each keep their own memory (a replay
 * sent to another process is not caught). Memory is bounded: expired entries are swept at most once per
 * `sweepIntervalMs`, and past `maxEntries` the oldest-inserted entries are dropped, trading a theoretical replay
 * of a dropped request for a process that cannot be made to grow without bound.
 */

export interface ReplayGuardOptions {
  /** decisions.md D3: the clock-skew window, seconds (config `protocol.maxClockSkewSeconds`). */
  windowSeconds: number;
  maxEntries?: number;
  sweepIntervalMs?: number;
}

export class ReplayGuard {
  private readonly windowMs: number;
  private readonly maxEntries: number;
  private readonly sweepIntervalMs: number;
  /** key → expiry (ms); insertion order is age order, used for eviction at the cap. */
  private readonly entries = new Map<string, number>();
  private nextSweepAt = 0;

  constructor(options: ReplayGuardOptions) {
    this.windowMs = options.windowSeconds * 1000;
    this.maxEntries = options.maxEntries ?? 200_000;
    this.sweepIntervalMs = options.sweepIntervalMs ?? 5_000;
  }

  /** Whether `key` is still remembered: a request with it now would be a replay. */
  seen(key: string, nowMs: number): boolean {
    const expiry = this.entries.get(key);
    return expiry !== undefined && expiry >= nowMs;
  }

  /**
   * Records `key` for a request stamped `timestampSeconds`. Returns true the first time, false when the same key
   * is still remembered (a replay).
   */
  claim(key: string, timestampSeconds: number, nowMs: number): boolean {
    this.sweep(nowMs);
    if (this.seen(key, nowMs)) return false;
    this.entries.delete(key);
    // The clock check compares whole seconds, so `t + window` passes until its last millisecond.
    this.entries.set(key, timestampSeconds * 1000 + this.windowMs + 999);
    this.evictOverflow();
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(nowMs: number): void {
    if (nowMs < this.nextSweepAt) return;
    this.nextSweepAt = nowMs + this.sweepIntervalMs;
    for (const [key, expiry] of this.entries) {
      if (expiry < nowMs) this.entries.delete(key);
    }
  }

  private evictOverflow(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) return;
      this.entries.delete(key);
    }
  }
}
