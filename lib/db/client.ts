import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One query path for both databases: the embedded PGlite is served over the Postgres wire
// protocol by the process that owns its folder (prisma/tools/start.ts), so the app always
// speaks to "a PostgreSQL server" through the pg driver adapter.
function createClient() {
  const url = env().databaseUrl;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides it.');
  // PGlite is one Postgres session behind the socket server: two connections sending
  // extended-protocol queries at once can clobber each other's unnamed prepared statement
  // ("bind message supplies N parameters"). One pooled connection queues them instead.
  const max = env().dbKind === 'embedded' ? 1 : 5;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
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
