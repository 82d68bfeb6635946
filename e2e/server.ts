// Starts the app for the browser tests: a fresh embedded data folder (or a fresh database on the
// server named by DATABASE_URL), demo data, production build. Same launcher as `npm start`.
// On the server the app and the worker log in as a throwaway member of the least-privilege app
// role while the launcher migrates and seeds as the owner (docs/decisions/008-least-privilege-database.md),
// so every journey proves the app works without the owner's rights.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createAppLogin, dropAppLogin } from '../prisma/tools/app-role';
import { tsxTool } from '../prisma/tools/tsx-tool';
import { processAlive } from '../prisma/tools/process-alive';

const root = path.resolve(import.meta.dirname, '..');
// 127.0.0.1 is trusted as a proxy so that e2e/client-address.spec.ts can play clients behind one;
// the browsers of the other specs send no X-Forwarded-For and stay 127.0.0.1.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NADZOR_DEMO: '1',
  NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  NADZOR_TRUSTED_PROXIES: '127.0.0.1',
};

async function main() {
  let cleanup = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `nadzor_e2e_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    // Playwright ends this process without a chance to clean up: drop the logins of earlier runs
    // whose process is gone (they own nothing, so nothing else goes with them).
    const stale = await admin.query<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname ~ '^nadzor_e2e_[0-9]+_app$'`);
    for (const { rolname } of stale.rows) {
      if (!processAlive(Number(rolname.split('_')[2]))) await admin.query(`DROP ROLE IF EXISTS ${rolname}`).catch(() => {});
    }
    await admin.end();
    const ownerUrl = new URL(process.env.DATABASE_URL);
    ownerUrl.pathname = `/${name}`;
    const login = `${name}_app`;
    env.MIGRATION_DATABASE_URL = ownerUrl.toString();
    env.DATABASE_URL = await createAppLogin(ownerUrl.toString(), login, `e2e-${process.pid}-app`);
    console.log(`• e2e: the app connects as ${login} (member of the app role); migrations as the owner`);
    cleanup = () => dropAppLogin(process.env.DATABASE_URL!, login).catch(() => {});
  } else {
    const dataDir = path.join(root, '.data', 'e2e-pglite');
    fs.rmSync(dataDir, { recursive: true, force: true });
    env.NADZOR_DATA_DIR = dataDir;
  }
  const child = spawn(...tsxTool(root, 'prisma/tools/start.ts'), { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => void cleanup().finally(() => process.exit(code ?? 0)));
}

void main();
