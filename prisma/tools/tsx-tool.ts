// How every process spawns one of our TypeScript tools (the worker, the app server, a bench
// child): Node itself with tsx's loader (not the tsx command, which would sit in between as one
// more process and not pass an IPC channel through, prisma/tools/parent-watch.ts) and the loader
// that lets `import 'server-only'` resolve outside Next (prisma/tools/server-only-off.mjs). One
// place, so no spawner forgets either. Spawn with `cwd: root` (Node resolves `tsx` from there).
import path from 'node:path';

/** The command and its arguments to run `script` (relative to `root`) with `args`. */
export function tsxTool(root: string, script: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', '--import', path.join(root, 'prisma', 'tools', 'server-only-off.mjs'), path.join(root, script), ...args]];
}
