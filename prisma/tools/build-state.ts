import fs from 'node:fs';
import path from 'node:path';

// Whether the production build in .next is older than the code it was built from. `npm start`
// and the benchmark reuse a build until then (later starts stay fast).

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'generated' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no build, or a source or config file is newer than .next/BUILD_ID. */
export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'public'].map((d) => newestMtime(path.join(root, d)));
  const files = ['proxy.ts', 'instrumentation-client.ts', 'next.config.mjs', 'package-lock.json', 'tailwind.config.ts', 'postcss.config.mjs'].map((f) =>
    fs.existsSync(path.join(root, f)) ? fs.statSync(path.join(root, f)).mtimeMs : 0,
  );
  return Math.max(...sources, ...files) > built;
}
