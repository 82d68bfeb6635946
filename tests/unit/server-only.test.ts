import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../helpers/resolve-import';
import { ROOT, rel, source, walk } from '../helpers/source-files';

// `import 'server-only'` makes Next's build fail when a client component reaches the module
// (docs/decisions/015-error-pages-public-surface-hygiene.md). The rule it enforces here:
//   a lib/ module is server-only when it imports, at runtime, the database client (lib/db/client),
//   the configuration with the secrets (lib/env), the request (next/headers) or a Node built-in
//   (node:*); such a module starts with `import 'server-only'`.
// And, checked from the other end: no 'use client' module reaches one of them through its imports.
// The tsx tools (prisma/tools) run outside Next, where the package throws: their npm scripts load
// prisma/tools/server-only-off.mjs, which resolves it to an empty module (vitest aliases it).

/** The module specifiers a file imports at runtime (`import type` and `export type` left out). */
function specifiersOf(file: string): string[] {
  const out: string[] = [];
  for (const m of source(file).matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (!m[1]) out.push(m[2]);
  }
  return out;
}

const SERVER_ONLY_FILES = new Set(['lib/db/client.ts', 'lib/env.ts'].map((f) => path.join(ROOT, f)));

/** Why a module is server-only by the rule above, or null. */
function serverOnlyReason(file: string): string | null {
  for (const spec of specifiersOf(file)) {
    if (spec === 'next/headers' || spec.startsWith('node:')) return spec;
    const resolved = resolveImport(file, spec);
    if (resolved && SERVER_ONLY_FILES.has(resolved)) return rel(resolved);
  }
  return null;
}

/**
 * Server-only by the rule but without the marker, and why. lib/env.ts is read by the launcher and
 * other tools before anything else runs; every lib module that reads it carries the marker, and
 * the client check below still keeps it out of the browser.
 */
const EXEMPT: Record<string, string> = {
  'lib/env.ts': 'the configuration itself: read by the tools outside Next (the modules reading it are marked)',
  'lib/observability/tracing.ts': "loaded only by instrumentation.ts's register(), which Next runs outside React's server layer",
};

const hasMarker = (file: string) => /^import 'server-only';$/m.test(source(file));
const directive = (name: string) => new RegExp(`^(?:\\s|\\/\\/[^\\n]*\\n|\\/\\*[\\s\\S]*?\\*\\/)*['"]${name}['"]`);
const isClient = (file: string) => directive('use client').test(source(file));
/** A server-actions module: a client module importing it gets references to the actions, not the code. */
const isServerActions = (file: string) => directive('use server').test(source(file));

const libFiles = walk(path.join(ROOT, 'lib'));

describe('server-only modules', () => {
  it('finds the modules the rule is about (the rule is not vacuous)', () => {
    const serverOnly = libFiles.filter((f) => serverOnlyReason(f));
    expect(serverOnly.map(rel)).toEqual(expect.arrayContaining(['lib/db/client.ts', 'lib/auth/current-actor.ts', 'lib/audit/mac.ts', 'lib/i18n/request.ts']));
    expect(serverOnlyReason(path.join(ROOT, 'lib/iin/iin.ts'))).toBeNull();
  });

  it("every lib module that reaches the database, the secrets, the request or Node's APIs imports 'server-only'", () => {
    const missing = libFiles
      .filter((f) => !(rel(f) in EXEMPT) && !hasMarker(f))
      .map((f) => [rel(f), serverOnlyReason(f)] as const)
      .filter(([, reason]) => reason)
      .map(([file, reason]) => `${file} (imports ${reason})`);
    expect(missing).toEqual([]);
  });

  it('no client component reaches a server-only module through its imports', () => {
    const clientFiles = [...walk(path.join(ROOT, 'components')), ...walk(path.join(ROOT, 'app'))].filter(isClient);
    expect(clientFiles.length).toBeGreaterThan(10);
    const offending: string[] = [];
    for (const client of clientFiles) {
      const seen = new Set<string>();
      const stack: [string, string[]][] = [[client, [rel(client)]]];
      while (stack.length > 0) {
        const [file, trail] = stack.pop()!;
        if (seen.has(file) || isServerActions(file)) continue;
        seen.add(file);
        if (file !== client && (hasMarker(file) || SERVER_ONLY_FILES.has(file))) {
          offending.push(trail.join(' → '));
          continue;
        }
        for (const spec of specifiersOf(file)) {
          if (spec === 'server-only') offending.push(trail.join(' → '));
          const next = resolveImport(file, spec);
          if (next && !rel(next).startsWith('lib/generated/')) stack.push([next, [...trail, rel(next)]]);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('the tools run with the loader that lets them import server-only modules', () => {
    // Every tsx script, whether or not it reaches one today: a tool that starts to would crash only
    // when someone runs it.
    const scripts = (JSON.parse(source(path.join(ROOT, 'package.json'))) as { scripts: Record<string, string> }).scripts;
    const tsxScripts = Object.entries(scripts).filter(([, command]) => /^tsx /.test(command));
    expect(tsxScripts.length).toBeGreaterThan(3);
    const wrong = tsxScripts.filter(([, command]) => !command.startsWith('tsx --import ./prisma/tools/server-only-off.mjs ')).map(([name]) => name);
    expect(wrong).toEqual([]);
    // And the processes that start other tools do it through tsxTool(), which passes it on.
    expect(source(path.join(ROOT, 'prisma/tools/tsx-tool.ts'))).toContain("'server-only-off.mjs'");
    const spawners = [...walk(path.join(ROOT, 'prisma')), ...walk(path.join(ROOT, 'e2e'))].filter((f) => rel(f) !== 'prisma/tools/tsx-tool.ts');
    const bypassing = spawners.filter((f) => /'\.bin', 'tsx'|'--import', 'tsx'|bin\('tsx'\)/.test(source(f))).map(rel);
    expect(bypassing).toEqual([]);
    expect(spawners.filter((f) => source(f).includes('tsxTool(')).map(rel)).toEqual(expect.arrayContaining(['prisma/tools/start.ts', 'e2e/server.ts']));
  });
});
