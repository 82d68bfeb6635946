import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE_PARTS, MESSAGES } from '@/lib/i18n/catalogues';

function leaves(obj: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, leaves(v, key));
  }
  return out;
}

const catalogues = { en: leaves(MESSAGES.en), ru: leaves(MESSAGES.ru), kk: leaves(MESSAGES.kk) };

describe('message catalogues', () => {
  it('never define one namespace in two files', () => {
    for (const parts of Object.values(CATALOGUE_PARTS)) {
      const namespaces = parts.flatMap((part) => Object.keys(part));
      expect(namespaces.length).toBeGreaterThan(10);
      expect(new Set(namespaces).size).toBe(namespaces.length);
    }
  });

  it('have exactly the same keys in English, Russian and Kazakh', () => {
    const keys = Object.keys(catalogues.en).sort();
    expect(Object.keys(catalogues.ru).sort()).toEqual(keys);
    expect(Object.keys(catalogues.kk).sort()).toEqual(keys);
  });

  it('hold valid ICU messages with the same placeholders as English', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(messages)) {
        expect(() => new IntlMessageFormat(message, locale), `${locale}:${key}`).not.toThrow();
        const placeholders = (m: string) => [...m.matchAll(/\{(\w+)[,}]/g)].map((x) => x[1]).sort();
        expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(catalogues.en[key]));
      }
    }
  });

  it('contain every validation key the schemas use', () => {
    const sources = [
      'lib/validation',
      'lib/persons',
      'lib/supervision',
      'lib/users',
      'lib/reference',
      'lib/actions',
      'lib/registry',
      'lib/warnings',
      'lib/importer',
      'lib/oversight',
    ]
      .filter((dir) => fs.existsSync(dir))
      .flatMap((dir) => fs.readdirSync(dir).map((f) => path.join(dir, f)))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const used = new Set([...sources.matchAll(/'((?:validation|errors)\.[A-Za-z.]+)'/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(catalogues.en[key], key).toBeTypeOf('string');
  });
});
