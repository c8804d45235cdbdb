/**
 * A token bucket per client address: `perMinute` requests a minute on average, bursts up to `burst`.
 * Over the limit: 429 rate-limited with Retry-After. Buckets idle for ten minutes are dropped.
 */
export interface RateLimitOptions { perMinute: number; burst: number }

export class RateLimiter {
  readonly #rate: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  #sweptAt = Date.now();

  constructor(options: RateLimitOptions) {
    this.#rate = options.perMinute / 60_000;
    this.#burst = options.burst;
  }

  /** 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    if (now - this.#sweptAt > 60_000) this.#sweep(now);
    let b = this.#buckets.get(key);
    if (!b) this.#buckets.set(key, (b = { tokens: this.#burst, at: now }));
    b.tokens = Math.min(this.#burst, b.tokens + (now - b.at) * this.#rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.#rate / 1000));
  }

  #sweep(now: number): void {
    this.#sweptAt = now;
    for (const [k, b] of this.#buckets) if (now - b.at > 600_000) this.#buckets.delete(k);
  }
}
