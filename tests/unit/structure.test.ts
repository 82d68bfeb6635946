import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rel, source, walk } from '../helpers/source-files';

// Where code lives (docs/conventions.md, docs/decisions/022-structure.md): the 'use server'
// wrappers sit next to their domain in lib/<domain>/server-actions.ts, so components and lib never
// reach into app/ (app/ is the router's, and a page moving must not break a form).

/** Every module specifier a file names (imports, re-exports and dynamic imports alike). */
function specifiersOf(file: string): string[] {
  const text = source(file);
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  return out;
}

const isAppImport = (spec: string) => spec === '@/app' || spec.startsWith('@/app/') || /^(\.\.\/)+app\//.test(spec);

describe('server actions live with their domain', () => {
  it('no file under components/ or lib/ imports from app/', () => {
    const files = [...walk(path.join(ROOT, 'components')), ...walk(path.join(ROOT, 'lib'))];
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((f) =>
      specifiersOf(f)
        .filter(isAppImport)
        .map((spec) => `${rel(f)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('the check sees an import from app/ when there is one', () => {
    expect(isAppImport('@/app/(app)/persons/actions')).toBe(true);
    expect(isAppImport('../../app/login/page')).toBe(true);
    expect(isAppImport('@/lib/persons/server-actions')).toBe(false);
  });

  it("app/ holds no actions module and no 'use server' file", () => {
    const appFiles = walk(path.join(ROOT, 'app'));
    expect(appFiles.length).toBeGreaterThan(20);
    const actions = appFiles.filter((f) => /actions\.tsx?$/.test(path.basename(f)));
    const useServer = appFiles.filter((f) => /^\s*['"]use server['"]/.test(source(f)));
    expect([...actions, ...useServer].map(rel)).toEqual([]);
  });

  it("every lib/<domain>/*server-actions.ts is a 'use server' module that imports 'server-only'", () => {
    const wrappers = walk(path.join(ROOT, 'lib')).filter((f) => /server-actions\.ts$/.test(path.basename(f)));
    expect(wrappers.length).toBeGreaterThanOrEqual(12);
    const wrong = wrappers.filter((f) => !/^'use server';\n\nimport 'server-only';/.test(source(f))).map(rel);
    expect(wrong).toEqual([]);
  });
});

/** Pages and routes read through lib/<domain> (which scopes and audits), never Prisma (docs/decisions/022-structure.md). */
describe('pages read through lib/<domain>', () => {
  const importsDb = (f: string) => specifiersOf(f).some((spec) => spec === '@/lib/db/client' || /(^|\/)lib\/db\/client$/.test(spec));

  it('no file under app/ imports the database client', () => {
    const offending = walk(path.join(ROOT, 'app')).filter(importsDb).map(rel);
    expect(offending).toEqual([]);
  });
});
