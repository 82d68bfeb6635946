import { addSeconds, differenceInMilliseconds } from 'date-fns';
import type { Db } from '@/lib/db/client';

// Fixed-window request limits per client address, kept in PostgreSQL so every app instance on the
// database spends from one budget (docs/decisions/005-client-address-and-rate-limits.md). One
// statement per hit: the row is created, renewed when its window ended, or counted up, atomically
// (INSERT … ON CONFLICT DO UPDATE takes the row lock). Ended windows are pruned by the job runner.

export type TRateLimit = { name: string; limit: number; windowSeconds: number };
export type TRateDecision = { allowed: boolean; retryAfterSeconds: number };

export const RATE_LIMITS = {
  /** Registry searches and CSV exports: 60 a minute per client. */
  registryPages: { name: 'registry', limit: 60, windowSeconds: 60 },
  /** A registry page shows up to 20 photos, so photos get 20 times the page budget. */
  registryPhotos: { name: 'registry-photo', limit: 1200, windowSeconds: 60 },
} as const satisfies Record<string, TRateLimit>;

/** Spends one unit of `address`'s budget. An unknown address (null) shares one bucket. */
export async function hitRateLimit({
  db,
  limit,
  address,
  now = new Date(),
}: {
  db: Pick<Db, '$queryRaw'>;
  limit: TRateLimit;
  address: string | null;
  now?: Date;
}): Promise<TRateDecision> {
  const key = `${limit.name}:${address ?? 'unknown'}`;
  const ends = addSeconds(now, limit.windowSeconds);
  const [row] = await db.$queryRaw<{ count: number; windowEnds: Date }[]>`
    INSERT INTO "public"."RateLimitBucket" ("key", "count", "windowEnds") VALUES (${key}, 1, ${ends})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowEnds" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowEnds" = CASE WHEN "RateLimitBucket"."windowEnds" <= ${now} THEN EXCLUDED."windowEnds" ELSE "RateLimitBucket"."windowEnds" END
    RETURNING "count", "windowEnds"`;
  if (row.count <= limit.limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: secondsUntil(row.windowEnds, now) };
}

/** Whole seconds from `now` until `then`, at least 1 (a Retry-After value). */
export function secondsUntil(then: Date, now: Date): number {
  return Math.max(1, Math.ceil(differenceInMilliseconds(then, now) / 1000));
}

/** Deletes buckets whose window ended (the job runner, every ten minutes). */
export async function pruneRateLimits({ db, now = new Date() }: { db: Pick<Db, 'rateLimitBucket'>; now?: Date }): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowEnds: { lte: now } } });
  return count;
}

/** The 429 answer: plain text, Retry-After in seconds, never cached. */
export function tooManyRequestsResponse(text: string, retryAfterSeconds: number): Response {
  return new Response(text, {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
