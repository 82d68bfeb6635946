// Starts the app for the browser tests: a fresh embedded data folder (or a fresh database on the
// server named by DATABASE_URL), demo data, production build. Same launcher as `npm start`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
// 127.0.0.1 is trusted as a proxy so that e2e/client-address.spec.ts can play clients behind one;
// the browsers of the other specs send no X-Forwarded-For and stay 127.0.0.1.
const env: NodeJS.ProcessEnv = { ...process.env, NADZOR_DEMO: '1', NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret', NADZOR_TRUSTED_PROXIES: '127.0.0.1' };

async function main() {
  if (process.env.DATABASE_URL) {
    const name = `nadzor_e2e_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  } else {
    const dataDir = path.join(root, '.data', 'e2e-pglite');
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
    env.NADZOR_DATA_DIR = dataDir;
  }
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'prisma', 'tools', 'start.ts')], { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

void main();
