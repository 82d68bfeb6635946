// Bundles the processes the container runs beside Next into plain JavaScript, one file each, at
// the same relative paths as their sources (prisma/tools/*.mjs), so the paths they compute from
// their own location (the project root, prisma/migrations) stay right:
//   app-server.mjs  our HTTP server in front of Next (client address, spoofed headers): `next`
//                   itself stays external and comes from .next/standalone/node_modules
//   worker.mjs      the job runner
//   migrate.mjs     `db:migrate:deploy|status` (the schema engine's wasm package stays external and
//                   is copied into the image beside it)
// Used by the Dockerfile after `next build`: `node prisma/tools/bundle-tools.mjs <out dir>`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(root, '.next', 'tools'));

await build({
  absWorkingDir: root,
  entryPoints: ['app-server', 'worker', 'migrate'].map((name) => ({ in: `prisma/tools/${name}.ts`, out: name })),
  outdir: path.join(out, 'prisma', 'tools'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The tsconfig's "@/..." alias resolves like the sources do.
  tsconfig: path.join(root, 'tsconfig.json'),
  // next: from the standalone output; native or wasm-loading packages: copied as they are.
  external: ['next', 'next/*', '@node-rs/argon2', '@prisma/schema-engine-wasm', '@prisma/schema-engine-wasm/*', 'pg-native'],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __nadzorCreateRequire } from 'node:module'; const require = __nadzorCreateRequire(import.meta.url);" },
  // `server-only` guards modules against client bundles; these processes are all server.
  plugins: [
    {
      name: 'server-only',
      setup(b) {
        b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
        b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' }));
      },
    },
  ],
  logLevel: 'warning',
});
console.log(`Bundled app-server, worker and migrate into ${path.relative(root, out) || '.'}/prisma/tools`);
