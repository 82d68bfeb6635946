// Loaded with `tsx --import ./prisma/tools/server-only-off.mjs` by the tools that reach lib/
// modules marked `import 'server-only'` (the worker, the seed, the benches, …). The package throws
// unless it is resolved under the `react-server` condition, which only Next's server bundles use;
// running the tools under that condition instead would also hand them React's server build, which
// next-intl's translator (the PDF documents) cannot load. So: 'server-only' alone resolves to an
// empty module here. docs/decisions/015-error-pages-public-surface-hygiene.md
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
