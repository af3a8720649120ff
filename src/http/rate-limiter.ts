/**
 * Token buckets per key (decisions.md D7: one per SecretId and action). A bucket holds at most one second's worth
 * of requests (burst = rate, at least 1) and refills continuously at `rate` tokens per second.
 *
 * In memory and per process. A bucket that has refilled completely carries no information (a new bucket starts
 * full), so such buckets are swept away at most once per `sweepIntervalMs`; past `maxBuckets` the oldest are
 * dropped, which can only make the limiter more lenient, never refuse a request it would have accepted.
 */

export interface RateLimiterOptions {
  maxBuckets?: number;
  sweepIntervalMs?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  capacity: number;
  rate: number;
}

export class RateLimiter {
  private readonly maxBuckets: number;
  private readonly sweepIntervalMs: number;
  private readonly buckets = new Map<string, Bucket>();
  private nextSweepAt = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.maxBuckets = options.maxBuckets ?? 100_000;
    this.sweepIntervalMs = options.sweepIntervalMs ?? 10_000;
  }

  /** Takes one token from `key`'s bucket; false when the bucket is empty (the caller answers RequestLimitExceeded). */
  take(key: string, ratePerSecond: number, nowMs: number): boolean {
    this.sweep(nowMs);
    const capacity = Math.max(1, ratePerSecond);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: nowMs, capacity, rate: ratePerSecond };
    refill(bucket, nowMs);
    // A changed configuration takes effect at once: the bucket keeps its tokens, bounded by the new capacity.
    bucket.capacity = capacity;
    bucket.rate = ratePerSecond;
    bucket.tokens = Math.min(bucket.tokens, capacity);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    this.evictOverflow();
    return allowed;
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(nowMs: number): void {
    if (nowMs < this.nextSweepAt) return;
    this.nextSweepAt = nowMs + this.sweepIntervalMs;
    for (const [key, bucket] of this.buckets) {
      refill(bucket, nowMs);
      if (bucket.tokens >= bucket.capacity) this.buckets.delete(key);
    }
  }

  private evictOverflow(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxBuckets) return;
      this.buckets.delete(key);
    }
  }
}

/** Adds the tokens earned since the last update; a clock that steps backwards earns nothing. */
function refill(bucket: Bucket, nowMs: number): void {
  const elapsed = Math.max(0, nowMs - bucket.updatedAt);
  bucket.tokens = Math.min(bucket.capacity, bucket.tokens + (elapsed * bucket.rate) / 1000);
  bucket.updatedAt = Math.max(bucket.updatedAt, nowMs);
}
