import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../prisma/tools/embedded-db';
import { portIsFree } from '../prisma/tools/port-holder';
import { tsxTool } from '../prisma/tools/tsx-tool';
import { processAlive } from '../prisma/tools/process-alive';

// `kill -9` of only the launcher (prisma/tools/start.ts) must not leave the app server holding the
// port and answering 503 (the embedded database died with the launcher): the app server and the
// worker stop when the launcher's IPC channel closes (prisma/tools/parent-watch.ts), and the next
// start takes over the dead launcher's lock and serves. This spec runs a second launcher of its own
// (own data folder, own port) beside the one serving the other specs; the build that one made is
// fresh, so this one does not build again.

const root = path.resolve(import.meta.dirname, '..');

/** Pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(name)] : [];
      } catch {
        return [];
      }
    });
}

function launch(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  // Node with tsx's loader, so that the pid we kill is the launcher itself (not a tsx wrapper).
  const child = spawn(...tsxTool(root, 'prisma/tools/start.ts'), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

async function healthStatus(port: number): Promise<number | null> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return null;
  }
}

test('the app server and the worker stop when the launcher is killed, and the next start serves', async () => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nadzor-launcher-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NADZOR_DATA_DIR: path.join(dataDir, 'pglite'),
    NADZOR_DEMO: '0',
    NEXTAUTH_SECRET: 'launcher-spec-secret-launcher-spec-secret',
    AUDIT_HMAC_KEY: 'launcher-spec-audit-key-launcher-spec-audit',
    DATABASE_URL: '',
  };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  const started: ChildProcess[] = [];
  try {
    const first = launch(env);
    started.push(first.child);
    const launcher = first.child.pid!;
    await expect.poll(() => healthStatus(port), { timeout: 180_000, message: 'the first launcher serves' }).toBe(200);
    expect(first.output()).not.toContain('Building the app');
    const children = childrenOf(launcher);
    const commands = children.map((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    // The app server and the worker (besides tsx's esbuild service).
    expect(commands.filter((c) => /prisma\/tools\/(app-server|worker)\.ts/.test(c))).toHaveLength(2);

    process.kill(launcher, 'SIGKILL');
    await expect.poll(() => children.filter(processAlive), { timeout: 30_000, message: 'the children exit' }).toEqual([]);
    await expect.poll(() => portIsFree(port, '127.0.0.1'), { timeout: 30_000, message: 'the port is free' }).toBe(true);
    expect(first.output()).toContain('App server stopping: the launcher closed its channel');

    const second = launch(env);
    started.push(second.child);
    await expect.poll(() => healthStatus(port), { timeout: 180_000, message: 'the second launcher serves' }).toBe(200);
    expect(second.output()).toContain(`Took over the embedded database lock in ${env.NADZOR_DATA_DIR} from process ${launcher}`);

    second.child.kill('SIGTERM');
    await expect.poll(() => second.child.exitCode, { timeout: 30_000 }).toBe(0);
    await expect.poll(() => portIsFree(port, '127.0.0.1'), { timeout: 30_000 }).toBe(true);
  } finally {
    // Whatever is left of either launcher's process group.
    for (const child of started) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
