import fc from 'fast-check';
import type { z } from 'zod';
import en from '@/lib/i18n/messages/en.json';
import { CATALOGUE_PARTS } from '@/lib/i18n/catalogues';

// Inputs for fuzzing server actions: shaped by each action's zod schema (so that a good share
// parse and reach the handler) and mixed with what a script, a broken client or an attacker
// sends (control characters, impossible dates, wrong types, huge or nested values).

type TDef = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): TDef => (schema as { _zod: { def: TDef } })._zod.def;

/** Dates and times people and scripts send: valid, impossible, out of range, other formats. */
const dateLike = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
  fc.constantFrom('2026-02-30', '2026-13-01', '12.04.1981', '2024-01-01 10:00', '0001-01-01', '9999-12-31', '2024-01-01T24:00', '2024-01-01T10:00:00Z', ''),
);

const controlled = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\u0001', '\u001B', '\u007F', '\uD800', '\t', '\n', '\r\n'), fc.string({ maxLength: 8 }))
  .map(([a, c, b]) => a + c + b);

const stringLike = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  controlled,
  dateLike,
  fc.uuid(),
  fc.integer({ min: -5, max: 20 }).map(String),
  fc.constantFrom('', ' ', 'yes', 'no', 'on', 'true', 'null', '810412300145', 'x'.repeat(5000)),
);

/** Anything at all, shallow: wrong types for any field. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  stringLike,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const BLOB_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'text/csv', 'text/plain', ''];
const blob = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(...BLOB_TYPES), fc.constantFrom('a.csv', 'a.pdf', 'photo.jpg', ''))
  .map(([bytes, type, name]) => new File([bytes], name, { type }));

/** An input arbitrary that follows a zod schema's shape, with garbage mixed in at every level. */
/** Strings a field of this name usually holds, so that more inputs get past the format checks. */
/** Dates of the last ten years, as date or datetime-local values: they pass most date rules. */
const recentDate = fc
  .date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date(Date.now() - 86_400_000), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString().slice(0, 16)));
/** Ordinary words, as people type them in names, places and reasons. */
const words = fc.constantFrom('Ivanov', 'Сапаров Ерлан', 'Әлихан', 'ул. Абая, 12', 'Missed two check-ins in a row', '2-1187/2021', 'AP-42');

function stringFor(key: string): fc.Arbitrary<string> {
  if (/(Date|At|From|On|date|_start|_end)$/.test(key))
    return fc.oneof({ arbitrary: dateLike, weight: 2 }, { arbitrary: recentDate, weight: 2 }, { arbitrary: stringLike, weight: 1 });
  if (key === 'idempotencyKey') return fc.oneof({ arbitrary: fc.uuid(), weight: 3 }, { arbitrary: stringLike, weight: 1 });
  return fc.oneof({ arbitrary: stringLike, weight: 2 }, { arbitrary: words, weight: 1 });
}

/** Real ids by field name (e.g. personId), so that fuzzed input also reaches records that exist. */
export type TKnownIds = Record<string, string[]>;

export function arbitraryFor(schema: unknown, depth = 0, key = '', known: TKnownIds = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  // Mostly well-typed values, so that whole objects parse often enough to reach the handlers.
  const orGarbage = (a: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: a, weight: 9 }, { arbitrary: garbage, weight: 1 });
  if (depth > 6) return garbage;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, depth + 1, k, known)]));
      return orGarbage(fc.record(fields, { requiredKeys: Object.keys(shape).filter((_, i) => i % 3 !== 2) }));
    }
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => arbitraryFor(o, depth + 1, key, known)));
    case 'pipe':
      return arbitraryFor(def.in, depth + 1, key, known);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return fc.oneof(fc.constant(undefined), arbitraryFor(def.innerType, depth + 1, key, known));
    case 'enum':
      return orGarbage(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
    case 'literal':
      return orGarbage(fc.constantFrom(...(def.values as unknown[])));
    case 'string':
      return known[key]?.length ? fc.oneof({ arbitrary: fc.constantFrom(...known[key]), weight: 3 }, { arbitrary: stringFor(key), weight: 1 }) : stringFor(key);
    case 'number':
      return fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double(), fc.integer().map(String), stringLike);
    case 'boolean':
      return orGarbage(fc.boolean());
    case 'array':
      return orGarbage(fc.array(arbitraryFor(def.element, depth + 1, key, known), { maxLength: 4 }));
    case 'custom':
      return orGarbage(blob);
    default:
      return garbage;
  }
}

/** The whole input of an action: shaped by its schema, sometimes not an object at all. */
export function actionInput(schema: z.ZodType, known: TKnownIds = {}): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: arbitraryFor(schema, 0, '', known), weight: 9 }, { arbitrary: garbage, weight: 1 });
}

/** Every action built with defineAction, with the name and schema it declares. */
export type TDefinedAction = ((input: unknown) => Promise<unknown>) & { actionName: string; permission: string; schema: z.ZodType };

const modules = import.meta.glob<Record<string, unknown>>('/lib/*/actions.ts', { eager: true });
export const DEFINED_ACTIONS: TDefinedAction[] = Object.values(modules)
  .flatMap((m) => Object.values(m))
  .filter((v): v is TDefinedAction => typeof v === 'function' && 'schema' in v && 'actionName' in v);

/** Every message key of the English catalogue (the others are held to it by their own test). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
export const CATALOGUE_KEYS = new Set([...keysOf(en), ...CATALOGUE_PARTS.en.slice(1).flatMap((part) => keysOf(part))]);

/** A fixed seed per run, printed so that a failure can be replayed (FUZZ_SEED=<n>). */
export function fuzzSeed(): number {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.info(`[fuzz] seed ${seed} (replay with FUZZ_SEED=${seed})`);
  return seed;
}
