import { inject } from 'vitest';
import pg from 'pg';
import { startEmbeddedDb } from '@/prisma/tools/embedded-db';

/**
 * An empty database of the run's kind that a test may wreck: a separate database on the server
 * (created and dropped here, never the shared test database), or an in-memory PGlite.
 */
export async function scratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (inject('databaseKind') === 'embedded') {
    const embedded = await startEmbeddedDb({ dataDir: null });
    return { url: embedded.url, drop: embedded.stop };
  }
  const shared = inject('databaseUrl');
  const name = `nadzor_scratch_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: shared });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
