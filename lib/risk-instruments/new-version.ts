import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError, type TMessage } from '@/lib/actions/errors';
import { zPlainString } from '@/lib/validation/fields';
import { parseInstrument, scoreRange, zInstrumentDefinition, type TInstrumentDefinition } from '@/lib/risk/instrument';

// An administrator's new version of a risk instrument (docs/decisions/024-risk-instruments.md).
// The form sends the whole definition; the item codes and their `prefill` keys come from the
// version it started from (the active one), so only wording, answers, points and bands change.
// Versions are never edited or deleted: a correction is another version.

const V = 'riskInstruments.validation';

const zTranslation = (max: number) =>
  zPlainString(`${V}.translationMissing`)
    .trim()
    .min(1, { message: `${V}.translationMissing`, abort: true })
    .max(max, { message: 'validation.tooLong', abort: true });
const zTexts = (max: number) => z.object({ en: zTranslation(max), ru: zTranslation(max), kk: zTranslation(max) });

/** A whole number typed in a form (a string) or sent as a number; out of range is the field's message. */
const zWhole = (message: string, min: number, max: number) =>
  z.union([z.number(), z.string().max(12)], { error: message }).transform((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : value.trim().replace('\u2212', '-');
    const n = /^-?\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });

const zAnswerCode = zPlainString(`${V}.answerCode`)
  .trim()
  .regex(/^[A-Z0-9_]{1,40}$/, { message: `${V}.answerCode`, abort: true });
const zBandCode = zPlainString(`${V}.bandCode`)
  .trim()
  .regex(/^[A-Za-z0-9_]{1,20}$/, { message: `${V}.bandCode`, abort: true });

export const ZNewInstrumentVersion = z.object({
  /** The active version the form started from: if another version became active since, a conflict. */
  baseId: z.string().min(1).max(100),
  title: zTexts(300),
  caveat: zTexts(2000),
  items: z
    .array(
      z.object({
        code: z.string().max(40),
        question: zTexts(500),
        answers: z
          .array(z.object({ code: zAnswerCode, points: zWhole(`${V}.points`, -20, 20), label: zTexts(300) }))
          .min(2, `${V}.twoAnswers`)
          .max(20, `${V}.tooMany`),
      }),
    )
    .min(1)
    .max(60),
  bands: z
    .array(
      z.object({
        code: zBandCode,
        rank: zWhole(`${V}.rank`, 1, 99),
        min: zWhole(`${V}.whole`, -999, 999),
        max: zWhole(`${V}.whole`, -999, 999),
        label: zTexts(300),
        description: zTexts(2000),
      }),
    )
    .min(1, `${V}.oneBand`)
    .max(20, `${V}.tooMany`),
});
export type TNewInstrumentVersion = z.output<typeof ZNewInstrumentVersion>;

/**
 * The rules zInstrumentDefinition enforces, as messages next to the fields they concern: unique
 * answer and band codes, bands ranked 1..n in score order that cover every possible total once.
 * Empty when the definition is usable.
 */
export function definitionProblems(definition: TInstrumentDefinition): Record<string, TMessage> {
  const problems: Record<string, TMessage> = {};
  const add = (path: string, key: string, values?: TMessage['values']) => {
    problems[path] ??= { key: `${V}.${key}`, values };
  };
  definition.items.forEach((item, i) => {
    const seen = new Set<string>();
    item.answers.forEach((answer, a) => {
      if (seen.has(answer.code)) add(`items.${i}.answers.${a}.code`, 'duplicateCode');
      seen.add(answer.code);
    });
  });
  const { min, max } = scoreRange(definition.items);
  const order = definition.bands.map((band, index) => ({ band, index })).sort((x, y) => x.band.min - y.band.min || x.index - y.index);
  const codes = new Set<string>();
  order.forEach(({ band, index }, position) => {
    if (codes.has(band.code)) add(`bands.${index}.code`, 'duplicateCode');
    codes.add(band.code);
    if (band.max < band.min) add(`bands.${index}.max`, 'bandEndsBeforeStart');
    if (band.rank !== position + 1) add(`bands.${index}.rank`, 'bandRank', { rank: position + 1 });
    if (position === 0 && band.min > min) add(`bands.${index}.min`, 'bandLowest', { total: min });
    if (position === order.length - 1 && band.max < max) add(`bands.${index}.max`, 'bandHighest', { total: max });
    const previous = order[position - 1]?.band;
    if (previous && band.min > previous.max + 1) add(`bands.${index}.min`, 'bandGap', { band: previous.code, expected: previous.max + 1 });
    if (previous && band.min <= previous.max) add(`bands.${index}.min`, 'bandOverlap', { band: previous.code, expected: previous.max + 1 });
  });
  return problems;
}

/**
 * Creates version max+1 of the base version's instrument, makes it the active one and
 * deactivates the base, in the caller's transaction. Bad input throws before anything is written.
 */
export async function createInstrumentVersion({ tx, actor, input }: { tx: Tx; actor: TActor; input: TNewInstrumentVersion }) {
  // Row lock on the base: a second administrator saving at once waits here, then finds the base
  // no longer active and gets a conflict (the partial unique index backs this up).
  await tx.$queryRaw`SELECT "id" FROM "public"."RiskInstrument" WHERE "id" = ${input.baseId} FOR UPDATE`;
  const base = await tx.riskInstrument.findUnique({ where: { id: input.baseId } });
  if (!base) throw new NotFoundError('RiskInstrument');
  if (!base.active) throw new ConflictError({ key: 'riskInstruments.conflict' });
  const baseDefinition = parseInstrument(base);

  // The items are the base's, in its order: their codes and prefill keys are not the form's to change.
  const sameItems = input.items.length === baseDefinition.items.length && input.items.every((item, i) => item.code === baseDefinition.items[i].code);
  if (!sameItems) throw new FieldError({ _form: { key: `${V}.items` } });
  const definition: TInstrumentDefinition = {
    items: input.items.map((item, i) => ({
      code: item.code,
      question: item.question,
      answers: item.answers,
      prefill: baseDefinition.items[i].prefill,
    })),
    bands: input.bands,
  };
  const problems = definitionProblems(definition);
  if (Object.keys(problems).length > 0) throw new FieldError(problems);
  // The same check every read makes; the field rules above should leave nothing for it.
  const checked = zInstrumentDefinition.safeParse(definition);
  if (!checked.success) throw new FieldError({ _form: { key: `${V}.invalid` } });

  const latest = await tx.riskInstrument.aggregate({ where: { code: base.code }, _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  await tx.riskInstrument.update({ where: { id: base.id }, data: { active: false } });
  const created = await tx.riskInstrument.create({
    data: {
      code: base.code,
      version,
      titleEn: input.title.en,
      titleRu: input.title.ru,
      titleKk: input.title.kk,
      caveatEn: input.caveat.en,
      caveatRu: input.caveat.ru,
      caveatKk: input.caveat.kk,
      items: checked.data.items,
      bands: checked.data.bands,
      active: true,
      createdById: actor.id,
    },
  });
  return { id: created.id, code: created.code, version: created.version, previousVersion: base.version };
}
