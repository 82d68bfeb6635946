import fs from 'node:fs';
import path from 'node:path';

// The source-scanning tests (structure, server-only, client messages, audit action labels) read
// the tree the same way: from the repository root, TypeScript files only, generated code and
// node_modules left out.

export const ROOT = process.cwd();

/** A path relative to the repository root, with forward slashes (as the tests name files). */
export const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

export const source = (file: string) => fs.readFileSync(file, 'utf8');

/** Every .ts and .tsx file below `dir`. */
export function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(full, out);
    } else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}
