import { differenceInYears } from 'date-fns';
import type { TAnswerSource, TAnswers, TInstrumentDefinition, TPrefillSource } from './instrument';

// What the record can propose for an instrument's items, with where it came from. Nothing here
// is an answer: the officer confirms or changes each proposal (lib/risk/instrument.ts TItemAnswer),
// and an item the record cannot answer is proposed as nothing, with the reason shown.

export type TConvictionFacts = {
  verdictDate: Date;
  sentenceEnd: Date;
  sexualOffence: boolean;
  contactOffence: boolean | null;
  nonSexualViolence: boolean | null;
  victimSex: 'MALE' | 'FEMALE' | null;
  victimRelationship: 'FAMILY' | 'ACQUAINTANCE' | 'STRANGER' | null;
};
export type TRiskRecord = { birthDate: Date; convictions: TConvictionFacts[] };

/** The conviction columns the proposals read (a Prisma select). */
export const CONVICTION_FACTS_SELECT = {
  verdictDate: true,
  sentenceEnd: true,
  sexualOffence: true,
  contactOffence: true,
  nonSexualViolence: true,
  victimSex: true,
  victimRelationship: true,
} as const;

type TProposal = { proposed: string | null; source: TAnswerSource };

const day = (d: Date) => d.toISOString().slice(0, 10);
const dates = (list: TConvictionFacts[]) => list.map((c) => day(c.verdictDate)).join(', ');

/** true if any is true; false if all are known false; null (not recorded) otherwise. */
function anyKnown(values: (boolean | null)[]): boolean | null {
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : null;
}

const yesNo = (value: boolean | null, source: TAnswerSource): TProposal =>
  value === null ? { proposed: null, source: { key: 'notRecorded', values: {} } } : { proposed: value ? 'YES' : 'NO', source };

/**
 * The index offence is the latest sexual conviction by verdict date; convictions sentenced the
 * same day belong to it, earlier ones are priors (Static-99R coding rules).
 */
export function splitIndex(convictions: TConvictionFacts[]) {
  const sexual = convictions.filter((c) => c.sexualOffence);
  if (sexual.length === 0) return null;
  const indexDay = day(sexual.reduce((latest, c) => (c.verdictDate > latest.verdictDate ? c : latest)).verdictDate);
  const index = convictions.filter((c) => day(c.verdictDate) === indexDay);
  const priors = convictions.filter((c) => day(c.verdictDate) < indexDay);
  const release = index.reduce((latest, c) => (c.sentenceEnd > latest ? c.sentenceEnd : latest), index[0].sentenceEnd);
  return { indexDay, index, priors, release };
}

const DERIVE: Record<TPrefillSource, (record: TRiskRecord, split: NonNullable<ReturnType<typeof splitIndex>>) => TProposal> = {
  ageAtRelease: ({ birthDate }, { release }) => {
    const age = differenceInYears(release, birthDate);
    const proposed = age >= 60 ? 'AGE_60_PLUS' : age >= 40 ? 'AGE_40_59' : age >= 35 ? 'AGE_35_39' : 'AGE_18_34';
    return { proposed, source: { key: 'ageAtRelease', values: { age, birthDate: day(birthDate), release: day(release) } } };
  },
  indexNonSexualViolence: (_, { index, indexDay }) =>
    yesNo(anyKnown(index.map((c) => c.nonSexualViolence)), { key: 'indexNonSexualViolence', values: { date: indexDay } }),
  priorNonSexualViolence: (_, { priors }) =>
    priors.length === 0
      ? { proposed: 'NO', source: { key: 'noPriors', values: {} } }
      : yesNo(anyKnown(priors.map((c) => c.nonSexualViolence)), { key: 'priorNonSexualViolence', values: { count: priors.length, dates: dates(priors) } }),
  priorSexOffences: (_, { priors }) => {
    const sexual = priors.filter((c) => c.sexualOffence);
    const n = sexual.length;
    const proposed = n === 0 ? 'NONE' : n === 1 ? 'CHARGES_1_2_OR_CONVICTION_1' : n <= 3 ? 'CHARGES_3_5_OR_CONVICTIONS_2_3' : 'CHARGES_6_OR_CONVICTIONS_4';
    // Charges are not on the record: the officer checks them before confirming.
    return { proposed, source: { key: 'priorSexConvictions', values: { count: n, dates: dates(sexual) } } };
  },
  priorSentencingDates: (_, { priors }) => {
    const n = new Set(priors.map((c) => day(c.verdictDate))).size;
    return { proposed: n >= 4 ? 'FOUR_OR_MORE' : 'UP_TO_3', source: { key: 'priorSentencingDates', values: { count: n } } };
  },
  nonContactConviction: ({ convictions }) => {
    const sexual = convictions.filter((c) => c.sexualOffence);
    return yesNo(anyKnown(sexual.map((c) => (c.contactOffence === null ? null : !c.contactOffence))), {
      key: 'nonContactConviction',
      values: { count: sexual.length },
    });
  },
  unrelatedVictim: ({ convictions }) =>
    victimItem(convictions, (c) => (c.victimRelationship === null ? null : c.victimRelationship !== 'FAMILY'), 'unrelatedVictim'),
  strangerVictim: ({ convictions }) =>
    victimItem(convictions, (c) => (c.victimRelationship === null ? null : c.victimRelationship === 'STRANGER'), 'strangerVictim'),
  maleVictim: ({ convictions }) => victimItem(convictions, (c) => (c.victimSex === null ? null : c.victimSex === 'MALE'), 'maleVictim'),
};

function victimItem(convictions: TConvictionFacts[], test: (c: TConvictionFacts) => boolean | null, key: string): TProposal {
  const sexual = convictions.filter((c) => c.sexualOffence);
  return yesNo(anyKnown(sexual.map(test)), { key, values: { count: sexual.length } });
}

/** Proposals for every item the instrument lets the record answer. */
export function proposeAnswers(instrument: TInstrumentDefinition, record: TRiskRecord): TAnswers {
  const split = splitIndex(record.convictions);
  const answers: TAnswers = {};
  for (const item of instrument.items) {
    if (!item.prefill) continue;
    const { proposed, source } = split ? DERIVE[item.prefill](record, split) : { proposed: null, source: { key: 'noConviction', values: {} } };
    // A proposal the version does not offer (an administrator renamed an answer) is not proposed.
    const offered = proposed !== null && item.answers.some((a) => a.code === proposed);
    answers[item.code] = { answer: null, proposed: offered ? proposed : null, source };
  }
  return answers;
}
