// How every process spawns one of our TypeScript tools (the worker, the app server, a bench
// child): tsx with the loader that lets `import 'server-only'` resolve outside Next
// (prisma/tools/server-only-off.mjs). One place, so no spawner forgets it.
import path from 'node:path';

/** The tsx binary and its arguments to run `script` (relative to `root`) with `args`. */
export function tsxTool(root: string, script: string, args: string[] = []): [string, string[]] {
  return [path.join(root, 'node_modules', '.bin', 'tsx'), ['--import', path.join(root, 'prisma', 'tools', 'server-only-off.mjs'), path.join(root, script), ...args]];
}
