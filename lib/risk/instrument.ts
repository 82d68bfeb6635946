import { z } from 'zod';

// The shape of a risk instrument version (RiskInstrument.items / .bands) and of an assessment's
// answers. Kept as JSON in the database so that administrators can add a version without code;
// everything read from those columns goes through these parsers first.

export const zText = z.object({ en: z.string().trim().min(1), ru: z.string().trim().min(1), kk: z.string().trim().min(1) });
export type TText = z.infer<typeof zText>;

/** What of the record can propose an item's answer (lib/risk/prefill.ts); null: the officer only. */
export const PREFILL_SOURCES = [
  'ageAtRelease',
  'indexNonSexualViolence',
  'priorNonSexualViolence',
  'priorSexOffences',
  'priorSentencingDates',
  'nonContactConviction',
  'unrelatedVictim',
  'strangerVictim',
  'maleVictim',
] as const;
export type TPrefillSource = (typeof PREFILL_SOURCES)[number];

const zCode = z.string().regex(/^[A-Z0-9_]{1,40}$/);

export const zInstrumentItem = z.object({
  code: zCode,
  question: zText,
  answers: z
    .array(z.object({ code: zCode, points: z.number().int().min(-20).max(20), label: zText }))
    .min(2)
    .refine((answers) => new Set(answers.map((a) => a.code)).size === answers.length, 'duplicate answer code'),
  prefill: z.enum(PREFILL_SOURCES).nullable(),
});
export type TInstrumentItem = z.infer<typeof zInstrumentItem>;

export const zInstrumentBand = z.object({
  code: z.string().regex(/^[A-Za-z0-9_]{1,20}$/),
  rank: z.number().int().min(1),
  /** Inclusive score range. */
  min: z.number().int(),
  max: z.number().int(),
  label: zText,
  description: zText,
});
export type TInstrumentBand = z.infer<typeof zInstrumentBand>;

/** The lowest and highest totals the items allow. */
export function scoreRange(items: TInstrumentItem[]) {
  const sum = (pick: (points: number[]) => number) => items.reduce((total, item) => total + pick(item.answers.map((a) => a.points)), 0);
  return { min: sum((p) => Math.min(...p)), max: sum((p) => Math.max(...p)) };
}

/**
 * A usable version: unique item codes, and bands that are ranked 1..n in score order and cover
 * every total the items allow exactly once (no gap, no overlap), so every score has one band.
 */
export const zInstrumentDefinition = z
  .object({
    items: z
      .array(zInstrumentItem)
      .min(1)
      .refine((items) => new Set(items.map((i) => i.code)).size === items.length, 'duplicate item code'),
    bands: z.array(zInstrumentBand).min(1),
  })
  .superRefine(({ items, bands }, ctx) => {
    const sorted = [...bands].sort((a, b) => a.min - b.min);
    const { min, max } = scoreRange(items);
    const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['bands'], message });
    if (sorted[0].min > min) problem(`no band for the lowest total ${min}`);
    if (sorted[sorted.length - 1].max < max) problem(`no band for the highest total ${max}`);
    sorted.forEach((band, index) => {
      if (band.max < band.min) problem(`band ${band.code} ends before it starts`);
      if (band.rank !== index + 1) problem(`band ${band.code} should have rank ${index + 1}`);
      const next = sorted[index + 1];
      if (next && next.min !== band.max + 1) problem(`bands ${band.code} and ${next.code} leave a gap or overlap`);
    });
    if (new Set(bands.map((b) => b.code)).size !== bands.length) problem('duplicate band code');
  });
export type TInstrumentDefinition = z.infer<typeof zInstrumentDefinition>;

/** Reads an instrument row's JSON columns; throws on a row that does not hold a usable version. */
export function parseInstrument(row: { items: unknown; bands: unknown }): TInstrumentDefinition {
  return zInstrumentDefinition.parse({ items: row.items, bands: row.bands });
}

/** Where a proposed answer came from, shown next to it until the officer confirms it. */
export const zAnswerSource = z.object({
  /** Message key under `riskPrefill` and its values, e.g. { key: 'ageAtRelease', values: { age: 41, date: '2019-03-01' } }. */
  key: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
});
export type TAnswerSource = z.infer<typeof zAnswerSource>;

/**
 * One item's state in an assessment: `proposed` (with its source) comes from the record; `answer`
 * is what the officer confirmed or chose. Only confirmed answers count towards the score.
 */
export const zItemAnswer = z.object({
  answer: zCode.nullable().default(null),
  proposed: zCode.nullable().default(null),
  source: zAnswerSource.nullable().default(null),
});
export type TItemAnswer = z.infer<typeof zItemAnswer>;
export const zAnswers = z.record(z.string(), zItemAnswer);
export type TAnswers = z.infer<typeof zAnswers>;

export const DYNAMIC_RATINGS = ['NONE', 'SOME', 'DEFINITE'] as const;
export const zDynamicFactorReview = z.object({
  code: z.string(),
  /** The factor's title as reviewed: the reference list may change later. */
  title: zText,
  rating: z.enum(DYNAMIC_RATINGS).nullable(),
  note: z.string().max(2000).default(''),
});
export type TDynamicFactorReview = z.infer<typeof zDynamicFactorReview>;
export const zDynamicFactorReviews = z.array(zDynamicFactorReview);
