// `npm start`: the whole app on one command. Owns the embedded database (unless DATABASE_URL
// names a server), applies pending migrations, loads demo data into an empty database, builds
// the app when its sources changed, then runs the app server (prisma/tools/app-server.ts: Next
// behind our own HTTP server, which decides the client address) and the job worker
// (prisma/tools/worker.ts) with the database's connection string. If either stops, both stop.
//
// On a server, MIGRATION_DATABASE_URL (the owner) migrates and seeds while Next and the worker
// get only DATABASE_URL, a login role that is a member of the app role (least privilege,
// docs/decisions/008-least-privilege-database.md); without it DATABASE_URL does everything. The
// embedded database is one superuser session: least privilege does not apply there.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataDirBusyError, DataDirError, startEmbeddedDb, type TEmbeddedDb } from './embedded-db';
import { asDataDirError } from './disk-errors';
import { checkPortFree } from './port-holder';
import { onParentGone } from './parent-watch';
import { prepareDatabase } from './prepare-database';
import { AppRoleError } from './app-role';
import { buildIsStale } from './build-state';
import { connect } from './connect';
import { seedDemo } from '../seed/demo-seed';
import { demoSecrets, demoSecretsFile } from './demo-secrets';
import { buildEnv } from './build-env';
import { tsxTool } from './tsx-tool';
import { demoMode, runtimeEnvMessage, runtimeEnvProblems } from '../../lib/env';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dev = process.argv.includes('--dev');
if (fs.existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));

const port = process.env.PORT ?? '3000';
// Unset: demo on the embedded database, not on a server (lib/env.ts); the children get it explicitly.
const demo = decideDemo();

async function main() {
  let embedded: TEmbeddedDb | undefined;
  const external = process.env.DATABASE_URL;
  const dataDir = external ? undefined : path.resolve(root, process.env.NADZOR_DATA_DIR ?? '.data/pglite');
  // The ports before anything is opened: a clear message naming the holder, not EADDRINUSE later.
  const dbPort = process.env.NADZOR_DB_PORT ? Number(process.env.NADZOR_DB_PORT) : undefined;
  for (const [p, host] of [[Number(port), process.env.HOST ?? '127.0.0.1'], ...(dataDir && dbPort ? [[dbPort, '127.0.0.1'] as const] : [])] as const) {
    const busy = await checkPortFree(p, host);
    if (busy) fail(busy);
  }
  if (demo) {
    try {
      applyDemoSecrets(dataDir);
    } catch (error) {
      failOnDisk(dataDir ? path.dirname(dataDir) : path.join(root, '.data'), error);
    }
  }
  // Before the database is opened or the app built: a real deployment brings its own secrets.
  const problems = runtimeEnvProblems(process.env, 'launcher');
  if (problems.length > 0) {
    console.error(`\n${runtimeEnvMessage(problems, 'launcher')}\n`);
    process.exit(1);
  }
  if (dataDir) {
    try {
      embedded = await startEmbeddedDb({ dataDir, port: dbPort, notice: (m) => console.warn(m) });
    } catch (error) {
      if (error instanceof DataDirBusyError || error instanceof DataDirError) fail(error.message);
      throw error;
    }
    // PostgreSQL failing to write later (disk full, remounted read-only): one line, then stop.
    const embeddedDir = dataDir;
    process.on('uncaughtException', (error) => {
      const disk = asDataDirError(embeddedDir, error);
      console.error(disk instanceof DataDirError ? `\n✖ ${disk.message}\n` : error);
      stopAll(1);
    });
    console.log(`• Embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir)}`);
  } else {
    console.log('• PostgreSQL server from DATABASE_URL');
  }
  const url = external ?? embedded!.url;
  // The owner's connection string, for migrations and demo data only: never handed to the app.
  const ownerUrl = (external && process.env.MIGRATION_DATABASE_URL) || url;
  const separateAppRole = ownerUrl !== url;
  if (separateAppRole) console.log('• Migrating as MIGRATION_DATABASE_URL; the app and the worker connect as DATABASE_URL');

  stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };

  try {
    const { applied, warning } = await prepareDatabase(ownerUrl, { appRoleRequired: separateAppRole });
    console.log(`• Migrations: ${applied.length} applied now`);
    if (warning) console.warn(`⚠ ${warning}`);
    if (demo) {
      const db = connect(ownerUrl);
      try {
        const seeded = await seedDemo(db);
        console.log(seeded ? `• Demo data loaded (${seeded.persons} persons)` : '• Demo data already present');
      } finally {
        await db.$disconnect();
      }
    }
  } catch (error) {
    console.error(error instanceof AppRoleError ? `\n✖ ${error.message}\n` : error);
    await stop(1);
  }

  const inherited = { ...process.env };
  delete inherited.MIGRATION_DATABASE_URL;
  const env = {
    ...inherited,
    DATABASE_URL: url,
    NADZOR_DB_KIND: external ? 'server' : 'embedded',
    NADZOR_DEMO: demo ? '1' : '0',
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const nextBin = path.join(root, 'node_modules', '.bin', 'next');
  if (!dev && buildIsStale(root)) {
    console.log('• Building the app (first start or sources changed)…');
    const build = spawnSync(nextBin, ['build'], { cwd: root, env: buildEnv(env), stdio: 'inherit' });
    if (build.status !== 0) await stop(build.status ?? 1);
  }
  const appEnv: NodeJS.ProcessEnv = { ...env, PORT: port, NODE_ENV: dev ? 'development' : 'production' };
  // Node itself with tsx's loader (not the tsx command, which would sit between us as one more
  // process), and an IPC channel: when this launcher dies, even by SIGKILL, each child sees its
  // channel close and stops (prisma/tools/parent-watch.ts), so no orphan keeps the port.
  const launch = (file: string, args: string[], childEnv: NodeJS.ProcessEnv) =>
    spawn(...tsxTool(root, `prisma/tools/${file}`, args), { cwd: root, env: childEnv, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  children = [launch('app-server.ts', ['--dir', root, ...(dev ? ['--dev'] : [])], appEnv), launch('worker.ts', [], env)];
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => stopAll(0));
  }
  for (const c of children) c.on('exit', (code) => stopAll(code ?? 0));
}

function decideDemo(): boolean {
  try {
    return demoMode(process.env);
  } catch (error) {
    console.error(`\n✖ ${(error as Error).message}\n`);
    process.exit(1);
  }
}

let children: ReturnType<typeof spawn>[] = [];
let stop = async (code: number) => process.exit(code);
let exiting = false;
/** Stops the children (if any), then the database, then this process. */
function stopAll(code: number) {
  if (exiting) return;
  exiting = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  void Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => stop(code));
}

/** One line and exit 1: nothing was opened yet, or stopAll closes it. */
function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function failOnDisk(dir: string, error: unknown): never {
  const disk = asDataDirError(dir, error);
  if (disk instanceof DataDirError) fail(disk.message);
  throw error;
}

// Whoever started us (npm, the tsx command) killed with SIGKILL: stop cleanly rather than run on unseen.
onParentGone((why) => {
  console.error(`✖ Launcher stopping: ${why}.`);
  stopAll(1);
});

/** Demo mode without NEXTAUTH_SECRET / AUDIT_HMAC_KEY: random ones kept beside the data (0600). */
function applyDemoSecrets(dataDir: string | undefined) {
  const file = demoSecretsFile({ root, dataDir });
  const hadData = dataDir !== undefined && fs.existsSync(dataDir);
  const { secrets, generated } = demoSecrets(file, process.env);
  Object.assign(process.env, secrets);
  if (generated.length > 0) console.log(`• Demo secrets generated: ${generated.join(', ')} in ${path.relative(root, file)}`);
  if (hadData && generated.includes('AUDIT_HMAC_KEY')) {
    console.warn('  (this data folder was sealed with an earlier key: the audit check will flag its old links; `npm run db:reset` starts afresh)');
  }
}

void main();
