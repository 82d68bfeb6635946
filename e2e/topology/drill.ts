// `npm run test:topology`: the deployment's topology as processes (no container engine needed).
// On the PostgreSQL server named by DATABASE_URL it makes a scratch database, migrates it as the
// owner and loads the demo data once, then starts TWO app instances (prisma/tools/app-server.ts,
// the production build in .next, built only when stale) and TWO job workers
// (prisma/tools/worker.ts), all logged in as a least-privilege app login, behind a small
// round-robin reverse proxy (e2e/topology/proxy.ts). Then it runs the Playwright journey
// (playwright.topology.config.ts) through the proxy, and finally stops every process and drops
// the database and the login, failure or not. docs/scale-out.md says why this must hold.
//
// Without DATABASE_URL it does nothing: the embedded database belongs to one `npm start`.
// Ports: the proxy on E2E_PORT (default 3200), the instances on the next two.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildIsStale } from '../../prisma/tools/build-state';
import { buildEnv } from '../../prisma/tools/build-env';
import { prepareDatabase } from '../../prisma/tools/prepare-database';
import { createAppLogin, dropAppLogin } from '../../prisma/tools/app-role';
import { connect } from '../../prisma/tools/connect';
import { seedDemo } from '../../prisma/seed/demo-seed';
import { startProxy } from './proxy';
import { tsxTool } from '../../prisma/tools/tsx-tool';
import { processAlive } from '../../prisma/tools/process-alive';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('• Topology drill not run: it needs a PostgreSQL server (DATABASE_URL); the embedded database serves one `npm start` only.');
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const began = Date.now();
const seed = process.pid;
const name = `nadzor_topology_${seed}`;
const login = `${name}_app`;
const base = Number(process.env.E2E_PORT ?? 3200);
const ports = { proxy: base, a: base + 1, b: base + 2 };
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `nadzor-topology-${seed}-`));
// One set of secrets for every instance and worker: cookies signed by one instance are read by
// the other, and every worker seals the audit chain with the same key.
const secrets = { NEXTAUTH_SECRET: randomBytes(32).toString('hex'), AUDIT_HMAC_KEY: randomBytes(32).toString('hex') };
console.log(`• Topology drill ${seed}: database ${name}, proxy :${ports.proxy}, instances :${ports.a} and :${ports.b}, logs in ${logDir}`);

const children: { label: string; child: ChildProcess }[] = [];
let proxy: ReturnType<typeof startProxy> | undefined;
let ownerUrl: string | undefined;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Each child in its own process group, so stopping it stops tsx and the node it runs. */
function launch(label: string, script: string, args: string[], env: NodeJS.ProcessEnv) {
  const out = fs.openSync(path.join(logDir, `${label}.log`), 'a');
  const child = spawn(...tsxTool(root, script, args), { cwd: root, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  children.push({ label, child });
  return child;
}

async function waitHealthy(label: string, child: ChildProcess, port: number) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} exited before serving (${child.exitCode ?? child.signalCode})`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${label} did not answer /api/health on :${port} within 3 minutes`);
}

async function stopAll() {
  await proxy?.close().catch(() => {});
  await Promise.all(
    children.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once('exit', r));
      const group = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      };
      group('SIGTERM');
      const hard = setTimeout(() => group('SIGKILL'), 15_000);
      await exited;
      clearTimeout(hard);
      group('SIGKILL'); // anything of the group that outlived its leader
    }),
  );
  if (ownerUrl) await dropAppLogin(ownerUrl, login).catch((e) => console.error(`⚠ could not drop ${login}: ${e}`));
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((e) => console.error(`⚠ could not drop ${name}: ${e}`));
}

function printLogs() {
  for (const file of fs.readdirSync(logDir)) {
    const text = fs.readFileSync(path.join(logDir, file), 'utf8').split('\n').slice(-40).join('\n');
    console.error(`\n── ${file} (last lines) ──\n${text}`);
  }
}

async function main(): Promise<number> {
  // Left by a run that was killed outright: scratch databases and logins of processes that are gone.
  await admin(async (c) => {
    const dbs = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^nadzor_topology_[0-9]+$'`);
    for (const { datname } of dbs.rows)
      if (!processAlive(Number(datname.split('_')[2]))) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => {});
    const roles = await c.query<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname ~ '^nadzor_topology_[0-9]+_app$'`);
    for (const { rolname } of roles.rows) if (!processAlive(Number(rolname.split('_')[2]))) await c.query(`DROP ROLE IF EXISTS ${rolname}`).catch(() => {});
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const owner = new URL(serverUrl!);
  owner.pathname = `/${name}`;
  ownerUrl = owner.toString();

  // Once, as the owner: what the deployment's one-shot migration job does.
  await prepareDatabase(ownerUrl, { appRoleRequired: true });
  const seeding = connect(ownerUrl);
  try {
    await seedDemo(seeding);
  } finally {
    await seeding.$disconnect();
  }
  const appUrl = await createAppLogin(ownerUrl, login, randomBytes(16).toString('hex'));
  console.log(`• Migrated and seeded once; instances and workers connect as ${login}`);

  const inherited = { ...process.env };
  delete inherited.MIGRATION_DATABASE_URL;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...secrets,
    DATABASE_URL: appUrl,
    NADZOR_DB_KIND: 'server',
    // Demo mode for the demo accounts' password-only sign-in; the journey plays clients on other
    // addresses (X-Forwarded-For through the proxy), which demo mode otherwise refuses.
    NADZOR_DEMO: '1',
    NADZOR_DEMO_ALLOW_REMOTE: '1',
    NADZOR_TRUSTED_PROXIES: '127.0.0.1',
    NEXTAUTH_URL: `http://127.0.0.1:${ports.proxy}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // Small pools: 2 instances × 4 + 2 workers' own pools stay far below max_connections.
    DATABASE_POOL_SIZE: '4',
  };
  if (buildIsStale(root)) {
    console.log('• Building the app (no build, or sources newer than .next)…');
    const build = spawnSync(bin('next'), ['build'], { cwd: root, env: buildEnv({ ...env, NODE_ENV: 'production' }), stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`next build failed (${build.status})`);
  }

  const instances = [
    { label: 'instance-a', port: ports.a },
    { label: 'instance-b', port: ports.b },
  ].map(({ label, port }) => ({
    label,
    port,
    child: launch(label, 'prisma/tools/app-server.ts', ['--dir', root], { ...env, PORT: String(port), NODE_ENV: 'production' }),
  }));
  for (const label of ['worker-1', 'worker-2']) launch(label, 'prisma/tools/worker.ts', [], { ...env, WORKER_CONCURRENCY: '1' });
  await Promise.all(instances.map((i) => waitHealthy(i.label, i.child, i.port)));
  proxy = startProxy({
    port: ports.proxy,
    upstreams: [
      { name: 'a', port: ports.a },
      { name: 'b', port: ports.b },
    ],
  });
  await proxy.listening;
  console.log(`• Two instances, two workers and the proxy are up after ${Math.round((Date.now() - began) / 1000)} s`);

  // Not spawnSync: the proxy lives in this process and must keep serving.
  const journey = spawn(bin('playwright'), ['test', '-c', 'playwright.topology.config.ts'], {
    cwd: root,
    env: { ...process.env, TOPOLOGY_PROXY_PORT: String(ports.proxy) },
    stdio: 'inherit',
    detached: true,
  });
  children.push({ label: 'playwright', child: journey });
  const status = await new Promise<number>((resolve) => journey.once('exit', (code) => resolve(code ?? 1)));
  for (const { label, child } of children.filter((c) => c.child !== journey)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} stopped during the journey (${child.exitCode ?? child.signalCode})`);
  }
  console.log(`• Requests served through the proxy: ${[...proxy.served].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return status;
}

let finishing = false;
async function finish(code: number) {
  if (finishing) return;
  finishing = true;
  if (code !== 0) printLogs();
  await stopAll();
  if (code === 0) fs.rmSync(logDir, { recursive: true, force: true });
  console.log(`• Topology drill ${code === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - began) / 1000)} s; processes stopped, ${name} dropped`);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void finish(130));
main().then(
  (code) => finish(code),
  (error) => {
    console.error(`✖ Topology drill: ${error instanceof Error ? error.stack : error}`);
    void finish(1);
  },
);
