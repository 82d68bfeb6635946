import pg from 'pg';
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

