import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { benchDatabase } from '../bench-database';
import { tsxTool } from '../tsx-tool';

export type TBenchDb = { url: string; kind: 'server' | 'embedded'; pid?: number; stop: () => Promise<void> };

/**
 * The throwaway database of prisma/tools/bench-database.ts: a new database on DATABASE_URL's
 * server (created and dropped here), or an in-memory PGlite served from a child process
 * (embedded-child.ts, which calls the same benchDatabase()).
 */
export async function startBenchDatabase(root: string): Promise<TBenchDb> {
  if (process.env.DATABASE_URL) {
    const db = await benchDatabase();
    return { url: db.url, kind: 'server', stop: db.stop };
  }
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(...tsxTool(root, 'prisma/tools/bench/embedded-child.ts'), {
    cwd: root,
    env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded database exited with code ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    kind: 'embedded',
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
