import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedDb } from '../../prisma/tools/embedded-db';
import { prepareDatabase } from '../../prisma/tools/prepare-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'embedded' | 'server';
  }
}

/**
 * A fresh database for the run: an in-memory PGlite by default, or a throwaway database on the
 * server named by DATABASE_URL (dropped afterwards). Both get the real migrations.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    const name = `nadzor_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    teardown = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const embedded = await startEmbeddedDb({ dataDir: null });
    url = embedded.url;
    teardown = embedded.stop;
  }
  await prepareDatabase(url);
  project.provide('databaseUrl', url);
  project.provide('databaseKind', serverUrl ? 'server' : 'embedded');
  return teardown;
}
