import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { coversPath, mergeNamespaces, pickMessages } from '@/lib/i18n/client-messages';
import { ROOT_CLIENT_MESSAGES } from '@/components/layout/messages';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { resolveImport } from '../helpers/resolve-import';
import { ROOT, rel, source, walk } from '../helpers/source-files';

// Client components read the messages of the nearest NextIntlClientProvider, and a provider ships
// only the namespaces it is given (docs/conventions.md, "Client messages"). A namespace missing there shows
// at runtime as a logged error and a raw key, so this test reads the sources:
//   1. every 'use client' module's namespace list (`<FILE_NAME>_MESSAGES` in its folder's
//      messages.ts) covers the keys it uses: its useTranslations calls, key literals in it and in
//      the code it imports (zod messages), the keys its server actions can return (the code they
//      reach), and the lists of the client modules it renders;
//   2. every page and layout ships (through <ClientMessages>) the lists of the client modules it
//      renders, directly or through server components;
//   3. the public registry ships only the registry's and the language switcher's namespaces.

// ── the catalogue's paths ──
const leafKeys = new Set<string>();
const subtrees = new Set<string>();
(function index(tree: Record<string, unknown>, prefix: string) {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') leafKeys.add(key);
    else {
      subtrees.add(key);
      index(v as Record<string, unknown>, key);
    }
  }
})(MESSAGES.en as Record<string, unknown>, '');

// ── the import graph ──
/** Runtime imports (type-only imports carry no messages); generated code is left out. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of source(file).matchAll(/\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)) {
    if (m[1]) continue;
    const resolved = resolveImport(file, m[2]);
    if (resolved && !rel(resolved).startsWith('lib/generated/')) out.push(resolved);
  }
  return out;
}

const isClient = (file: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/.test(source(file));

// ── the keys a module uses ──
const notMessages = new Set<string>(PERMISSIONS);

/** The argument a translator call starts with: a path below its namespace, or null (computed). */
function argumentPath(rest: string): string | null {
  const literal = /^\s*(['"])([^'"]*)\1/.exec(rest);
  if (literal) return literal[2];
  const template = /^\s*`([A-Za-z][\w.]*?)\.?\$\{/.exec(rest);
  if (template) return template[1];
  return null;
}

/**
 * Message paths a module's text uses. A root translator given a computed key (an action result's
 * `m.key`) adds nothing here: those keys are found in the code the module reaches.
 */
function keysUsed(file: string): Set<string> {
  const text = source(file);
  const paths = new Set<string>();
  // Whole keys written out (zod messages, fallbacks like 'errors.unexpected', t('petition.start')),
  // but not the permission and audit-action names that happen to look like one ('petition.file').
  for (const m of text.matchAll(/(\b(?:name|action|permission):\s*)?(['"])([A-Za-z]\w*(?:\.\w+)+)\2/g)) {
    if (leafKeys.has(m[3]) && !m[1] && !notMessages.has(m[3])) paths.add(m[3]);
  }
  // Keys built from a written prefix: t(`reference.option.${o}`), `importer.validation.${key}`.
  for (const m of text.matchAll(/`([A-Za-z][\w]*(?:\.[\w]+)*)\.\$\{/g)) if (subtrees.has(m[1])) paths.add(m[1]);
  // Translators: each call belongs to the nearest binding of its name above it.
  const bindings = [...text.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*(?:(['"])([^'"]*)\2)?\s*\)/g)].map((m) => ({
    name: m[1],
    namespace: m[3] ?? '',
    at: m.index,
  }));
  for (const name of new Set(bindings.map((b) => b.name))) {
    for (const call of text.matchAll(new RegExp(`(?<![\\w.])${name}(?:\\.(?:rich|markup|raw|has))?\\(`, 'g'))) {
      const binding = bindings.filter((b) => b.name === name && b.at < call.index).at(-1);
      if (!binding) continue;
      const arg = argumentPath(text.slice(call.index + call[0].length));
      if (binding.namespace) paths.add(arg ? `${binding.namespace}.${arg}` : binding.namespace);
      else if (arg) paths.add(arg);
    }
  }
  return paths;
}

// ── the declared lists ──
const constantName = (file: string) =>
  `${path
    .basename(file)
    .replace(/\.tsx?$/, '')
    .replace(/-/g, '_')
    .toUpperCase()}_MESSAGES`;
const messagesModule = (file: string) => path.join(path.dirname(file), 'messages.ts');

const sources = [...walk(path.join(ROOT, 'components')), ...walk(path.join(ROOT, 'app'))];
const clientModules = sources.filter(isClient);
/** Every list by name (pages name them), and each messages.ts module's own lists. */
const lists = new Map<string, readonly string[]>();
const listsOf = new Map<string, Record<string, readonly string[]>>();
for (const file of sources.filter((f) => path.basename(f) === 'messages.ts')) {
  const own: Record<string, readonly string[]> = {};
  for (const [name, value] of Object.entries(await import(file))) {
    if (!name.endsWith('_MESSAGES')) continue;
    if (lists.has(name)) throw new Error(`${name} is defined twice`);
    lists.set(name, value as readonly string[]);
    own[name] = value as readonly string[];
  }
  listsOf.set(file, own);
}
const declared = (file: string) => listsOf.get(messagesModule(file))?.[constantName(file)];

/** What a client module needs: its own keys, the keys of the code it reaches, its children's lists. */
function requiredBy(file: string) {
  const paths = new Set<string>();
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    keysUsed(f).forEach((p) => paths.add(p));
    for (const next of importsOf(f)) {
      if (isClient(next) && next !== file) (declared(next) ?? []).forEach((ns) => paths.add(ns));
      else visit(next);
    }
  };
  visit(file);
  return [...paths].sort();
}

describe('client messages: each client component declares what it reads', () => {
  it('finds the client components', () => {
    expect(clientModules.length).toBeGreaterThan(20);
  });

  for (const file of clientModules) {
    it(rel(file), () => {
      const paths = requiredBy(file);
      const list = declared(file);
      const where = `${constantName(file)} in ${rel(messagesModule(file))}`;
      if (paths.length === 0) {
        expect(list ?? [], `${rel(file)} reads no messages; ${where} should not list any`).toEqual([]);
        return;
      }
      expect(list, `${rel(file)} reads ${paths.join(', ')}: declare ${where}`).toBeDefined();
      const missing = paths.filter((p) => !list!.some((ns) => coversPath(ns, p)));
      expect(missing, `${where} lacks namespaces for ${missing.join(', ')}`).toEqual([]);
      const unused = list!.filter((ns) => !paths.some((p) => coversPath(ns, p)));
      expect(unused, `${where} lists ${unused.join(', ')}, which ${rel(file)} does not read`).toEqual([]);
    });
  }
});

// ── pages and layouts ──
const routeFiles = walk(path.join(ROOT, 'app')).filter((f) =>
  /^(page|layout|template|not-found|error|global-error|loading|default)\.tsx$/.test(path.basename(f)),
);

/** The client modules a page or layout renders: imported directly or by the server components it uses. */
function renderedClientModules(file: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (f: string) => {
    for (const next of importsOf(f)) {
      if (isClient(next)) out.add(next);
      else if (/^(components|app)\//.test(rel(next)) && next.endsWith('.tsx') && !seen.has(next)) {
        seen.add(next);
        visit(next);
      }
    }
  };
  visit(file);
  return [...out];
}

/** The namespaces a route file ships: the root's, plus the lists it names (passed to ClientMessages). */
function shippedBy(file: string): string[] {
  const code = source(file).replace(/^import[\s\S]*?from\s+['"][^'"]+['"];?$/gm, '');
  const named = [...new Set(code.match(/\b[A-Z][A-Z0-9_]*_MESSAGES\b/g) ?? [])];
  for (const name of named) expect(lists.has(name), `${rel(file)} names ${name}, which no messages.ts exports`).toBe(true);
  return mergeNamespaces(ROOT_CLIENT_MESSAGES, ...named.map((n) => lists.get(n) as never));
}

describe('client messages: each page and layout ships what its client components read', () => {
  it('finds the pages', () => {
    expect(routeFiles.length).toBeGreaterThan(20);
  });

  for (const file of routeFiles) {
    it(rel(file), () => {
      const text = source(file);
      const shipped = shippedBy(file);
      for (const client of renderedClientModules(file)) {
        const needs = declared(client) ?? [];
        const missing = needs.filter((ns) => !shipped.some((s) => coversPath(s, ns)));
        expect(missing, `${rel(file)} renders ${rel(client)} but does not ship ${missing.join(', ')} of ${constantName(client)}`).toEqual([]);
      }
      if (shipped.length > ROOT_CLIENT_MESSAGES.length)
        expect(text, `${rel(file)} names message lists but renders no <ClientMessages>`).toMatch(/<ClientMessages\b/);
    });
  }

  it('has the root layout ship only the root namespaces, and every provider go through ClientMessages', () => {
    expect(source(path.join(ROOT, 'app/layout.tsx'))).toMatch(/<ClientMessages namespaces=\{ROOT_CLIENT_MESSAGES\}>/);
    const providers = [...walk(path.join(ROOT, 'app')), ...walk(path.join(ROOT, 'components'))].filter((f) => /<NextIntlClientProvider\b/.test(source(f)));
    expect(providers.map(rel)).toEqual(['components/layout/client-messages.tsx']);
    expect(source(path.join(ROOT, 'components/layout/client-messages.tsx'))).toMatch(/<NextIntlClientProvider messages=\{pickMessages\(/);
  });
});

describe('client messages: the public registry', () => {
  it('ships only the registry and language switcher namespaces', () => {
    const files = ['app/layout.tsx', 'app/registry/layout.tsx', 'app/registry/page.tsx', 'app/registry/rules/page.tsx'].map((f) => path.join(ROOT, f));
    const shipped = mergeNamespaces(...files.map((f) => shippedBy(f) as never[]));
    const others = shipped.filter((ns) => !coversPath('registry', ns) && !coversPath('language', ns));
    expect(others, `the registry ships ${others.join(', ')}`).toEqual([]);
    const payload = pickMessages(MESSAGES.ru, shipped as never);
    expect(Object.keys(payload).sort()).toEqual(
      shipped
        .map((ns) => ns.split('.')[0])
        .filter((ns, i, all) => all.indexOf(ns) === i)
        .sort(),
    );
    expect(JSON.stringify(payload).length).toBeLessThan(5_000);
  });
});

describe('pickMessages', () => {
  it('keeps only the named namespaces and subtrees, in the catalogue shape', () => {
    const picked = pickMessages(MESSAGES.en, ['language', 'registry.form', 'registry.validation']);
    expect(Object.keys(picked).sort()).toEqual(['language', 'registry']);
    expect(picked.language).toEqual(MESSAGES.en.language);
    expect(Object.keys(picked.registry as object).sort()).toEqual(['form', 'validation']);
    expect((picked.registry as { form: unknown }).form).toEqual(MESSAGES.en.registry.form);
  });

  it('drops a subtree when its namespace is listed whole, and never changes the catalogue', () => {
    const before = JSON.stringify(MESSAGES.en);
    expect(mergeNamespaces(['registry.form', 'registry', 'errors', 'errors'])).toEqual(['errors', 'registry']);
    expect(pickMessages(MESSAGES.en, ['registry.form', 'registry']).registry).toEqual(MESSAGES.en.registry);
    expect(JSON.stringify(MESSAGES.en)).toBe(before);
  });

  it('throws on a namespace the catalogue lacks', () => {
    expect(() => pickMessages(MESSAGES.en, ['nope' as never])).toThrow(/nope/);
  });
});
