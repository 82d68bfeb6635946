// Per-client sliding-window limits for the public registry (page, CSV, photos). In memory, per
// server process: enough to stop a scraper hammering one instance; a fleet behind a load
// balancer would need a shared store. The maps live on globalThis because Next may load this
// module once per route bundle, and the page and the export must share one budget.

export type TRateLimiter = { hit: (key: string | null, now?: number) => { allowed: boolean; retryAfterSeconds: number } };

const MAX_KEYS = 50_000;

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): TRateLimiter {
  const hits = new Map<string, number[]>();
  function sweep(now: number) {
    for (const [key, times] of hits) if (times[times.length - 1] <= now - windowMs) hits.delete(key);
  }
  return {
    hit(key, now = Date.now()) {
      // No address at all (should not happen behind Next's server) shares one bucket.
      const k = key ?? 'unknown';
      if (hits.size > MAX_KEYS) sweep(now);
      const times = (hits.get(k) ?? []).filter((t) => t > now - windowMs);
      if (times.length >= limit) {
        hits.set(k, times);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000)) };
      }
      times.push(now);
      hits.set(k, times);
      return { allowed: true, retryAfterSeconds: 0 };
    },
  };
}

const store = globalThis as unknown as { nadzorRegistryLimiters?: { pages: TRateLimiter; photos: TRateLimiter } };
store.nadzorRegistryLimiters ??= {
  // Searches and CSV exports: 60 a minute per client.
  pages: createRateLimiter({ limit: 60, windowMs: 60_000 }),
  // A page shows up to 20 photos, so photos get 20 times the page budget.
  photos: createRateLimiter({ limit: 1200, windowMs: 60_000 }),
};

export const registryLimiters = store.nadzorRegistryLimiters;
