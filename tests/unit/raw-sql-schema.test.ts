import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Raw SQL in the app names its schema ("public"."Person"): on the embedded database every client
// shares one session, and an outside client may change search_path under the app
// (tests/integration/embedded-session.test.ts). Prisma's own queries already name it.

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe('raw SQL names its schema', () => {
  it('has no table after FROM, JOIN, INTO or UPDATE without "public".', () => {
    const unqualified = /\b(FROM|JOIN|INTO|UPDATE)\s+(?:"(?!public")[A-Za-z_]+"(?!\.)|_prisma_migrations\b)/g;
    const found = ['lib', 'app']
      .flatMap((d) => sources(path.join(root, d)))
      .flatMap((file) => {
        const text = fs.readFileSync(file, 'utf8');
        return [...text.matchAll(unqualified)].map((m) => `${path.relative(root, file)}: ${m[0]}`);
      });
    expect(found).toEqual([]);
  });

  it('(control) the check catches an unqualified table', () => {
    expect('SELECT 1 FROM "Person" p'.match(/\b(FROM|JOIN|INTO|UPDATE)\s+(?:"(?!public")[A-Za-z_]+"(?!\.)|_prisma_migrations\b)/g)).toHaveLength(1);
  });
});
