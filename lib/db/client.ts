import 'server-only';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';
import { countQueries } from './query-counter';

// One query path for both databases: the embedded PGlite is served over the Postgres wire
// protocol by the process that owns its folder (prisma/tools/start.ts), so the app always
// speaks to "a PostgreSQL server" through the pg driver adapter.
//
// Pool and transaction limits are explicit (docs/performance.md): a server gets 10 connections
// per process by default; the embedded database is one PostgreSQL session, so one connection per
// process and a long wait for it, so that requests queue rather than fail.
function createClient() {
  const { databaseUrl: url, pool: limits, dbKind } = env();
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides it.');
  const pool = new pg.Pool({
    connectionString: url,
    max: limits.size,
    idleTimeoutMillis: 30_000,
    // On a server, no JIT compilation: it cost 45 ms of a 400 ms caseload query and never pays
    // off for page-sized queries (docs/performance.md). PGlite has no JIT.
    ...(dbKind === 'server' ? { options: '-c jit=off' } : {}),
  });
  countQueries(pool);
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: limits.txWaitMs, timeout: limits.txTimeoutMs },
  });
}

const globalForDb = globalThis as unknown as { nadzorDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.nadzorDb ??= createClient();
  return globalForDb.nadzorDb;
}

/** The app's client, created on first use (so building the app needs no database). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

export type Db = PrismaClient;
/** A client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
