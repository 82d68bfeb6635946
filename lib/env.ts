import { z } from 'zod';

// One validated view of the environment. A served app (NODE_ENV=production, demo mode included)
// refuses to start without real secrets: fail fast rather than sign cookies or seal the audit
// trail with a known key. There is no built-in fallback: in demo mode `npm start` generates both
// once per data folder (prisma/tools/demo-secrets.ts); tests set their own.

const zPositiveInt = (max: number) => z.coerce.number().int().positive().max(max).optional();

const ZEnv = z
  .object({
    // Optional here so `next build` can import modules; the database client insists on it.
    DATABASE_URL: z.string().optional(),
    NADZOR_DB_KIND: z.enum(['embedded', 'server']).default('server'),
    NADZOR_DEMO: z.enum(['0', '1']).default('0'),
    NEXTAUTH_SECRET: z.string().optional(),
    /** HMAC key that seals the audit chain; kept outside the database (lib/audit/seal.ts). */
    AUDIT_HMAC_KEY: z.string().optional(),
    /** Connections per process; default 10 on a server, 1 on the embedded database (see lib/db/client.ts). */
    DATABASE_POOL_SIZE: zPositiveInt(1000),
    /** How long a request may wait for a connection to start a transaction, in ms. */
    DATABASE_TX_WAIT_MS: zPositiveInt(600_000),
    /** How long one transaction may run, in ms. */
    DATABASE_TX_TIMEOUT_MS: zPositiveInt(600_000),
    /** 1 = expose the process's SQL query counter at /api/bench/queries (benchmarks only). */
    NADZOR_BENCH: z.enum(['0', '1']).default('0'),
    NODE_ENV: z.string().default('development'),
  })
  .transform((env, ctx) => {
    const demo = env.NADZOR_DEMO === '1';
    const production = env.NODE_ENV === 'production';
    const secret = (value: string | undefined, name: string) => {
      if (value && value.length >= 32) return value;
      if (production) ctx.addIssue({ code: 'custom', message: `${name} (32+ characters) is required (in demo mode \`npm start\` generates one)` });
      return undefined;
    };
    const authSecret = secret(env.NEXTAUTH_SECRET, 'NEXTAUTH_SECRET');
    const auditKey = secret(env.AUDIT_HMAC_KEY, 'AUDIT_HMAC_KEY');
    const embedded = env.NADZOR_DB_KIND === 'embedded';
    return {
      databaseUrl: env.DATABASE_URL,
      dbKind: env.NADZOR_DB_KIND,
      demo,
      // Checked when used, so tools that only need the database (seeding, migrations) run without.
      get authSecret(): string {
        return authSecret ?? missingSecret('NEXTAUTH_SECRET');
      },
      get auditKey(): string {
        return auditKey ?? missingSecret('AUDIT_HMAC_KEY');
      },
      // The embedded database is one PostgreSQL session: one connection per process, and requests
      // queue for it (a long wait) instead of failing. A server gets a real pool.
      pool: {
        size: env.DATABASE_POOL_SIZE ?? (embedded ? 1 : 10),
        txWaitMs: env.DATABASE_TX_WAIT_MS ?? (embedded ? 60_000 : 10_000),
        txTimeoutMs: env.DATABASE_TX_TIMEOUT_MS ?? 20_000,
      },
      bench: env.NADZOR_BENCH === '1',
    };
  });

function missingSecret(name: string): never {
  throw new Error(`${name} (32+ characters) is not set (in demo mode \`npm start\` generates one)`);
}

export type TEnv = z.output<typeof ZEnv>;

/** The environment as the app reads it (exported for tests). */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  return ZEnv.parse(source);
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
