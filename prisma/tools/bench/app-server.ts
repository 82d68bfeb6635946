// The app under test: the production build (rebuilt when a source is newer, the idea of
// prisma/tools/start.ts), served by our app server (prisma/tools/app-server.ts, as `npm start`
// serves it) on a free port, and the memory of the process that actually serves it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tsxTool } from '../tsx-tool';

export { buildIsStale } from '../build-state';

/** `next build`, output kept in a log file (printed when the build fails). */
export function buildApp(root: string, env: NodeJS.ProcessEnv, logFile: string): number {
  const t = performance.now();
  const out = fs.openSync(logFile, 'w');
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (result.status !== 0) {
    process.stderr.write(fs.readFileSync(logFile, 'utf8').slice(-4000));
    throw new Error(`next build failed (exit ${result.status}); log in ${logFile}`);
  }
  return performance.now() - t;
}

export type TApp = { url: string; pid: number; workerPid: number; logFile: string; servingPid: () => number | null; stop: () => Promise<void> };

export async function startApp({ root, port, env, logFile }: { root: string; port: number; env: NodeJS.ProcessEnv; logFile: string }): Promise<TApp> {
  const out = fs.openSync(logFile, 'w');
  // Its own process group, so stopping it also stops anything it forked.
  const child: ChildProcess = spawn(...tsxTool(root, 'prisma/tools/app-server.ts', ['--dir', root]), {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', out, out],
    detached: true,
  });
  // The job worker beside it, as `npm start` runs it: its background work is part of the load.
  const worker: ChildProcess = spawn(...tsxTool(root, 'prisma/tools/worker.ts'), { cwd: root, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stopWorker = async () => {
    if (worker.exitCode !== null) return;
    const gone = new Promise((resolve) => worker.once('exit', resolve));
    try {
      process.kill(-worker.pid!, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
  };
  const stop = async () => {
    await stopWorker();
    if (stopped || child.exitCode !== null) return;
    stopped = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the app server exited with code ${child.exitCode}; log in ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
      const body = await res.text();
      if (res.ok) break;
      if (Date.now() > deadline) throw new Error(`/api/health answered ${res.status}: ${body}`);
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw error;
      }
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  let serving: number | null = null;
  return {
    url,
    pid: child.pid!,
    workerPid: worker.pid!,
    logFile,
    servingPid: () => (serving ??= listeningPid(port, processTree(child.pid!))),
    stop,
  };
}

/** The process and its descendants (from /proc). */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Which of `pids` holds the socket listening on `port` (from /proc/net/tcp*). */
function listeningPid(port: number, pids: number[]): number | null {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = parseInt(cols[1].split(':')[1], 16);
      if (localPort === port && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  for (const pid of pids) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const m = /^socket:\[(\d+)\]$/.exec(link);
        if (m && inodes.has(m[1])) return pid;
      }
    } catch {
      // exited or not readable
    }
  }
  return null;
}

/** Resident memory of one process in bytes (VmRSS), or 0 when it is gone. */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples RSS every `everyMs` until stopped: the serving process and the whole tree. */
export function sampleRss(rootPid: number, servingPid: number | null, everyMs = 50) {
  let peakServing = 0;
  let peakTree = 0;
  const first = { serving: servingPid ? rssBytes(servingPid) : 0, tree: processTree(rootPid).reduce((s, p) => s + rssBytes(p), 0) };
  const tick = () => {
    if (servingPid) peakServing = Math.max(peakServing, rssBytes(servingPid));
    peakTree = Math.max(
      peakTree,
      processTree(rootPid).reduce((s, p) => s + rssBytes(p), 0),
    );
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return { before: first, peakServing, peakTree };
    },
  };
}

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Processes whose command name is `name` (e.g. every PostgreSQL backend). */
export function pidsNamed(name: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    });
}

/** CPU used by each side of a run, for "where does a request's time go". */
export function cpuSnapshot(groups: Record<string, () => number[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, pids().reduce((sum, pid) => sum + cpuMs(pid), 0)]));
}
