import { z } from 'zod';

// One validated view of the environment. Nothing here is required when a module loads, so
// `next build` needs no secrets and no database. Secrets are read when used (the getters below)
// and checked once when a process that serves or works starts (assertRuntimeEnv, called by
// prisma/tools/app-server.ts and prisma/tools/worker.ts): fail fast, with a message saying what
// to set, rather than sign cookies or seal the audit trail with a known key. There is no
// built-in fallback: in demo mode `npm start` generates both once per data folder
// (prisma/tools/demo-secrets.ts); tests set their own.

const zPositiveInt = (max: number) => z.coerce.number().int().positive().max(max).optional();

const ZEnv = z
  .object({
    // Optional here so `next build` can import modules; the database client insists on it.
    DATABASE_URL: z.string().optional(),
    NADZOR_DB_KIND: z.enum(['embedded', 'server']).default('server'),
    NADZOR_DEMO: z.enum(['0', '1', '']).optional(),
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
    /** Optional e-mail of notifications (lib/notifications/email.ts): smtp(s)://user:pass@host:port. */
    SMTP_URL: z.string().url().optional(),
    /** The sender of those e-mails, e.g. "Nadzor <nadzor@example.kz>"; required with SMTP_URL. */
    SMTP_FROM: z.string().optional(),
  })
  .transform((env) => {
    const embedded = env.NADZOR_DB_KIND === 'embedded';
    return {
      databaseUrl: env.DATABASE_URL,
      dbKind: env.NADZOR_DB_KIND,
      demo: demoMode({ NADZOR_DEMO: env.NADZOR_DEMO, DATABASE_URL: env.DATABASE_URL }),
      // Checked when used, so the build and the tools that only need the database (seeding,
      // migrations) run without; a served app checked them when it started (assertRuntimeEnv).
      get authSecret(): string {
        return usableSecret(env.NEXTAUTH_SECRET) ?? missingSecret('NEXTAUTH_SECRET');
      },
      get auditKey(): string {
        return usableSecret(env.AUDIT_HMAC_KEY) ?? missingSecret('AUDIT_HMAC_KEY');
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

const MIN_SECRET_LENGTH = 32;

function usableSecret(value: string | undefined): string | undefined {
  return value && value.length >= MIN_SECRET_LENGTH ? value : undefined;
}

function missingSecret(name: TSecretName): never {
  throw new Error(
    `${name} is not set or shorter than ${MIN_SECRET_LENGTH} characters (in demo mode \`npm start\` generates one; otherwise \`openssl rand -base64 48\`)`,
  );
}

/**
 * Demo mode, one rule for the launcher and the app: NADZOR_DEMO=1 or 0 decides; unset, demo is on
 * only on the embedded database (no DATABASE_URL), so `npm start` alone is the demo and a
 * deployment with a database server is not one unless asked. The launcher passes the decided
 * value to its children explicitly (prisma/tools/start.ts).
 */
export function demoMode(source: Record<string, string | undefined>): boolean {
  const value = source.NADZOR_DEMO?.trim();
  if (value === '1') return true;
  if (value === '0') return false;
  if (value) throw new Error(`NADZOR_DEMO must be 1 (demo data, demo accounts) or 0 (a real deployment), not "${value}"`);
  return !source.DATABASE_URL;
}

type TSecretName = 'NEXTAUTH_SECRET' | 'AUDIT_HMAC_KEY';

const SECRET_PURPOSE: Record<TSecretName, string> = {
  NEXTAUTH_SECRET: 'signs and encrypts the session cookies and seals the second-factor secrets',
  AUDIT_HMAC_KEY: 'seals the audit trail (keep it outside the database and never change it)',
};

type TProcessKind = 'launcher' | 'app' | 'worker';

/** What each kind of process needs before it may start (the launcher provides DATABASE_URL itself). */
const NEEDS: Record<TProcessKind, { label: string; database: boolean; secrets: TSecretName[] }> = {
  launcher: { label: '`npm start`', database: false, secrets: ['NEXTAUTH_SECRET', 'AUDIT_HMAC_KEY'] },
  app: { label: 'The app server', database: true, secrets: ['NEXTAUTH_SECRET', 'AUDIT_HMAC_KEY'] },
  worker: { label: 'The job worker', database: true, secrets: ['AUDIT_HMAC_KEY'] },
};

/**
 * What keeps a process of this kind from starting, one line each, saying what to set and how to
 * make it; empty when it may start (exported for tests).
 */
export function runtimeEnvProblems(source: Record<string, string | undefined>, kind: TProcessKind): string[] {
  const problems: string[] = [];
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || 'environment'}: ${issue.message}`);
  }
  const needs = NEEDS[kind];
  if (needs.database && !source.DATABASE_URL) {
    problems.push(
      'DATABASE_URL is not set: the PostgreSQL connection string, e.g. postgresql://nadzor_web:…@db:5432/nadzor (`npm start` sets it for the embedded database)',
    );
  }
  for (const name of needs.secrets) {
    const value = source[name];
    const how = `make one with \`openssl rand -base64 48\``;
    if (!value) problems.push(`${name} is not set: it ${SECRET_PURPOSE[name]}; ${how}`);
    else if (value.length < MIN_SECRET_LENGTH) problems.push(`${name} is too short (${value.length} characters, ${MIN_SECRET_LENGTH}+ needed): ${how}`);
  }
  return problems;
}

/** The whole message for those problems, as printed on the terminal. */
export function runtimeEnvMessage(problems: string[], kind: TProcessKind): string {
  return [
    `✖ ${NEEDS[kind].label} cannot start:`,
    ...problems.map((p) => `  - ${p}`),
    '  In demo mode (NADZOR_DEMO=1) `npm start` generates the secrets; for a real deployment see docs/deployment.md.',
  ].join('\n');
}

/**
 * Called first by every process that serves or works: prints what is missing and exits with 1
 * (no stack trace) rather than fail on the first request that needs a secret.
 */
export function assertRuntimeEnv(kind: TProcessKind, source: Record<string, string | undefined> = process.env): void {
  const problems = runtimeEnvProblems(source, kind);
  if (problems.length === 0) return;
  console.error(`\n${runtimeEnvMessage(problems, kind)}\n`);
  process.exit(1);
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

/**
 * Where notification e-mails go out, or null when e-mail is off (SMTP_URL unset). Read on each
 * use rather than cached, so a worker picks up its environment as started. NEXTAUTH_URL, when
 * set, makes the link in the mail absolute.
 */
export function smtpSettings(source: Record<string, string | undefined> = process.env): { url: string; from: string; appUrl: string | null } | null {
  const url = source.SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: source.SMTP_FROM?.trim() || 'Nadzor <no-reply@localhost>', appUrl: source.NEXTAUTH_URL?.trim().replace(/\/$/, '') || null };
}
