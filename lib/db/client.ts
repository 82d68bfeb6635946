import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One query path for both databases: the embedded PGlite is served over the Postgres wire
// protocol by the process that owns its folder (prisma/tools/start.ts), so the app always
// speaks to "a PostgreSQL server" through the pg driver adapter.
function createClient() {
  const adapter = new PrismaPg({ connectionString: env().databaseUrl, max: 5 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { nadzorDb?: PrismaClient };

export const db: PrismaClient = globalForDb.nadzorDb ?? createClient();
globalForDb.nadzorDb = db;

export type Db = PrismaClient;
/** A client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
