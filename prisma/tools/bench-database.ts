import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { prepareDatabase } from './prepare-database';
import { startEmbeddedDb } from './embedded-db';

/** A throwaway database for a benchmark: in-memory PGlite, or a new database on DATABASE_URL's server. */
export async function benchDatabase() {
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedDb({ dataDir: null });
    return { url: embedded.url, kind: 'embedded', stop: embedded.stop };
  }
  const name = `nadzor_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    stop: async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A migrated throwaway database with a client that counts its SQL queries, and `measure`: run
 * once to warm up, then five times, and report the median time with its query count.
 */
export async function benchSetup() {
  const target = await benchDatabase();
  await prepareDatabase(target.url);
  let queries = 0;
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, max: target.kind === 'embedded' ? 1 : 5 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  db.$on('query', () => {
    queries++;
  });
  async function measure(run: () => Promise<unknown>) {
    await run();
    const samples: { ms: number; q: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const before = queries;
      const t = performance.now();
      await run();
      samples.push({ ms: performance.now() - t, q: queries - before });
    }
    samples.sort((a, b) => a.ms - b.ms);
    return samples[2];
  }
  async function stop() {
    await db.$disconnect();
    await target.stop();
  }
  return { kind: target.kind, db, measure, stop };
}
