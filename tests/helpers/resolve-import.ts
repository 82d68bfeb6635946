import fs from 'node:fs';
import path from 'node:path';

/**
 * The source file an import names, as the tests that walk the import graph see it: `@/…` from the
 * project root, relative paths from the importing file, `.ts`/`.tsx` and `index` files; packages
 * (anything else) give null.
 */
export function resolveImport(from: string, spec: string, root = process.cwd()): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}
