import { z } from 'zod';

// What a conviction records for the risk instrument's items (issue 13; docs/decisions/025-conviction-risk-facts.md):
// the enums, the form's and the import's cell parsers, and the rules that tie the facts together.
// Every fact is optional (null = "not recorded", as on convictions entered before they were asked).

export const VICTIM_AGE_BANDS = ['UNDER_14', 'AGE_14_17', 'ADULT'] as const;
export const VICTIM_SEXES = ['MALE', 'FEMALE'] as const;
export const VICTIM_RELATIONSHIPS = ['FAMILY', 'ACQUAINTANCE', 'STRANGER'] as const;
export type TVictimAgeBand = (typeof VICTIM_AGE_BANDS)[number];
export type TVictimSex = (typeof VICTIM_SEXES)[number];
export type TVictimRelationship = (typeof VICTIM_RELATIONSHIPS)[number];

/** The facts that only a sexual offence has; a prior non-sexual conviction leaves them empty. */
export const SEXUAL_ONLY_FACTS = ['victimAgeBand', 'victimSex', 'victimRelationship', 'contactOffence'] as const;

export type TConvictionRiskFacts = {
  minorVictim: boolean;
  sexualOffence: boolean;
  victimAgeBand: TVictimAgeBand | null;
  victimSex: TVictimSex | null;
  victimRelationship: TVictimRelationship | null;
  contactOffence: boolean | null;
  nonSexualViolence: boolean | null;
};
export type TConvictionFactField = keyof TConvictionRiskFacts;

const empty = (v: unknown) => v === '' || v === null || v === undefined;

/** A select's value: '' (not recorded) or one of the enum's codes. */
export const zOptionalFact = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (empty(v) ? null : v), z.enum(values, { error: 'validation.invalid' }).nullable());

/** A yes / no / not recorded select ('yes', 'no', ''); booleans are accepted as they are. */
export const zOptionalYesNo = z.preprocess(
  (v) => (empty(v) ? null : v === 'yes' ? true : v === 'no' ? false : v),
  z.boolean({ error: 'validation.invalid' }).nullable(),
);

/** Sexual offence (the default: the register's convictions are) or a prior non-sexual conviction. */
export const zSexualOffence = z.preprocess((v) => (empty(v) ? true : v === 'yes' ? true : v === 'no' ? false : v), z.boolean({ error: 'validation.invalid' }));

/** The form's value of a tri-state fact: '' for not recorded. */
export const yesNoValue = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : '');

/**
 * The rules between the facts, by field and message key: victim and contact facts belong to a
 * sexual offence only; the age band agrees with "the victim was a minor".
 */
export function convictionFactProblems(c: TConvictionRiskFacts): { field: TConvictionFactField; key: string }[] {
  const problems: { field: TConvictionFactField; key: string }[] = [];
  if (!c.sexualOffence) {
    for (const field of SEXUAL_ONLY_FACTS) if (c[field] !== null) problems.push({ field, key: 'convictionFacts.validation.sexualOnly' });
    return problems;
  }
  if (c.minorVictim && c.victimAgeBand === 'ADULT') problems.push({ field: 'victimAgeBand', key: 'convictionFacts.validation.adultButMinor' });
  if (!c.minorVictim && (c.victimAgeBand === 'UNDER_14' || c.victimAgeBand === 'AGE_14_17')) {
    problems.push({ field: 'victimAgeBand', key: 'convictionFacts.validation.minorButNotMinor' });
  }
  return problems;
}
