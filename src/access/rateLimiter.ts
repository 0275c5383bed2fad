/*
 * Token buckets, one per key (a token name, a client address): each holds up to `burst` requests and refills
 * at `perSecond`. A full bucket is the same as no bucket, so idle ones are dropped; the number kept is bounded,
 * so a flood from ever new addresses costs bounded memory (past the bound, the longest-unused buckets go first,
 * which at worst gives such an address a fresh burst).
 */

export interface Rate {
  /** Requests per second, sustained. */
  perSecond: number;
  /** Requests that may come at once. */
  burst: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

const DEFAULT_MAX_BUCKETS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rate: Rate,
    private readonly maxBuckets = DEFAULT_MAX_BUCKETS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one request from `key`'s bucket, or says how long until one is there. */
  take(key: string): Admission {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.rate.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond) : this.rate.burst;
    // Most recently used last, so eviction below takes the longest unused.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.rate.perSecond)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxBuckets) this.evict(now);
    return { ok: true };
  }

  /** Buckets kept now (for tests of the bound). */
  get size(): number {
    return this.buckets.size;
  }

  private evict(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond >= this.rate.burst) this.buckets.delete(key);
    }
    // Down to nine tenths of the bound, so the sweep runs once per many new keys, not on each.
    const keep = Math.floor(this.maxBuckets * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= keep) break;
      this.buckets.delete(key);
    }
  }
}
