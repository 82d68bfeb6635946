import { describe, expect, it } from 'vitest';
import { STATIC99R } from '@/lib/risk/static99r';
import { bandOf, scoreAnswers } from '@/lib/risk/score';
import { proposeAnswers, type TConvictionFacts } from '@/lib/risk/prefill';
import { zInstrumentDefinition, type TAnswers, type TInstrumentDefinition } from '@/lib/risk/instrument';

// The default instrument scored by hand: every answer's points against a baseline of zero, every
// band boundary, the age item's boundaries from birth date and sentence end, and the definition
// rules that keep an administrator's version usable (docs/decisions/024-risk-instruments.md).

/** The Static-99R coding rules as written in DOMAIN.md, typed out here rather than read from the constant. */
const EXPECTED_POINTS: Record<string, Record<string, number>> = {
  AGE_AT_RELEASE: { AGE_18_34: 1, AGE_35_39: 0, AGE_40_59: -1, AGE_60_PLUS: -3 },
  EVER_LIVED_WITH_PARTNER: { NO: 1, YES: 0 },
  INDEX_NONSEXUAL_VIOLENCE: { NO: 0, YES: 1 },
  PRIOR_NONSEXUAL_VIOLENCE: { NO: 0, YES: 1 },
  PRIOR_SEX_OFFENCES: { NONE: 0, CHARGES_1_2_OR_CONVICTION_1: 1, CHARGES_3_5_OR_CONVICTIONS_2_3: 2, CHARGES_6_OR_CONVICTIONS_4: 3 },
  PRIOR_SENTENCING_DATES: { UP_TO_3: 0, FOUR_OR_MORE: 1 },
  NON_CONTACT_CONVICTION: { NO: 0, YES: 1 },
  UNRELATED_VICTIM: { NO: 0, YES: 1 },
  STRANGER_VICTIM: { NO: 0, YES: 1 },
  MALE_VICTIM: { NO: 0, YES: 1 },
};

/** Every item answered with its zero-point answer: a total of 0. */
const BASELINE: Record<string, string> = {
  AGE_AT_RELEASE: 'AGE_35_39',
  EVER_LIVED_WITH_PARTNER: 'YES',
  INDEX_NONSEXUAL_VIOLENCE: 'NO',
  PRIOR_NONSEXUAL_VIOLENCE: 'NO',
  PRIOR_SEX_OFFENCES: 'NONE',
  PRIOR_SENTENCING_DATES: 'UP_TO_3',
  NON_CONTACT_CONVICTION: 'NO',
  UNRELATED_VICTIM: 'NO',
  STRANGER_VICTIM: 'NO',
  MALE_VICTIM: 'NO',
};

function answers(chosen: Record<string, string | null>): TAnswers {
  return Object.fromEntries(Object.entries(chosen).map(([code, answer]) => [code, { answer, proposed: null, source: null }]));
}
const withChanges = (changes: Record<string, string | null>) => answers({ ...BASELINE, ...changes });

describe('Static-99R: every answer of every item', () => {
  it('has exactly the items and answers of the coding rules', () => {
    expect(STATIC99R.items.map((i) => i.code)).toEqual(Object.keys(EXPECTED_POINTS));
    for (const item of STATIC99R.items) expect(item.answers.map((a) => a.code).sort()).toEqual(Object.keys(EXPECTED_POINTS[item.code]).sort());
  });

  it('scores the baseline as 0 (band II)', () => {
    const result = scoreAnswers(STATIC99R, answers(BASELINE));
    expect(result).toMatchObject({ complete: true, score: 0, missing: [] });
    expect(result.band?.code).toBe('II');
  });

  for (const [item, points] of Object.entries(EXPECTED_POINTS)) {
    for (const [answer, expected] of Object.entries(points)) {
      it(`${item} = ${answer} adds ${expected}`, () => {
        expect(scoreAnswers(STATIC99R, withChanges({ [item]: answer })).score).toBe(expected);
      });
    }
  }
});

describe('Static-99R: band boundaries (2016 risk levels)', () => {
  // Hand-worked answer sets on each side of every boundary: -3,-2 | -1,0 | 1,3 | 4,5 | 6,12.
  const CASES: { total: number; band: string; changes: Record<string, string> }[] = [
    { total: -3, band: 'I', changes: { AGE_AT_RELEASE: 'AGE_60_PLUS' } },
    { total: -2, band: 'I', changes: { AGE_AT_RELEASE: 'AGE_60_PLUS', MALE_VICTIM: 'YES' } },
    { total: -1, band: 'II', changes: { AGE_AT_RELEASE: 'AGE_40_59' } },
    { total: -1, band: 'II', changes: { AGE_AT_RELEASE: 'AGE_60_PLUS', EVER_LIVED_WITH_PARTNER: 'NO', STRANGER_VICTIM: 'YES' } },
    { total: 0, band: 'II', changes: {} },
    { total: 0, band: 'II', changes: { AGE_AT_RELEASE: 'AGE_40_59', UNRELATED_VICTIM: 'YES' } },
    { total: 1, band: 'III', changes: { AGE_AT_RELEASE: 'AGE_18_34' } },
    { total: 3, band: 'III', changes: { AGE_AT_RELEASE: 'AGE_18_34', PRIOR_SEX_OFFENCES: 'CHARGES_3_5_OR_CONVICTIONS_2_3' } },
    { total: 4, band: 'IVa', changes: { AGE_AT_RELEASE: 'AGE_18_34', PRIOR_SEX_OFFENCES: 'CHARGES_6_OR_CONVICTIONS_4' } },
    { total: 5, band: 'IVa', changes: { AGE_AT_RELEASE: 'AGE_18_34', PRIOR_SEX_OFFENCES: 'CHARGES_6_OR_CONVICTIONS_4', MALE_VICTIM: 'YES' } },
    {
      total: 6,
      band: 'IVb',
      changes: { AGE_AT_RELEASE: 'AGE_18_34', PRIOR_SEX_OFFENCES: 'CHARGES_6_OR_CONVICTIONS_4', MALE_VICTIM: 'YES', STRANGER_VICTIM: 'YES' },
    },
    {
      total: 12,
      band: 'IVb',
      changes: {
        AGE_AT_RELEASE: 'AGE_18_34',
        EVER_LIVED_WITH_PARTNER: 'NO',
        INDEX_NONSEXUAL_VIOLENCE: 'YES',
        PRIOR_NONSEXUAL_VIOLENCE: 'YES',
        PRIOR_SEX_OFFENCES: 'CHARGES_6_OR_CONVICTIONS_4',
        PRIOR_SENTENCING_DATES: 'FOUR_OR_MORE',
        NON_CONTACT_CONVICTION: 'YES',
        UNRELATED_VICTIM: 'YES',
        STRANGER_VICTIM: 'YES',
        MALE_VICTIM: 'YES',
      },
    },
  ];
  for (const c of CASES) {
    it(`total ${c.total} is band ${c.band} (${Object.keys(c.changes).join(', ') || 'baseline'})`, () => {
      const result = scoreAnswers(STATIC99R, withChanges(c.changes));
      expect(result.complete).toBe(true);
      expect(result.score).toBe(c.total);
      expect(result.band?.code).toBe(c.band);
    });
  }

  it('bandOf puts each boundary total in its band and nothing outside -3..12', () => {
    const expected: [number, string, number][] = [
      [-3, 'I', 1],
      [-2, 'I', 1],
      [-1, 'II', 2],
      [0, 'II', 2],
      [1, 'III', 3],
      [3, 'III', 3],
      [4, 'IVa', 4],
      [5, 'IVa', 4],
      [6, 'IVb', 5],
      [12, 'IVb', 5],
    ];
    for (const [score, code, rank] of expected) expect(bandOf(STATIC99R, score)).toMatchObject({ code, rank });
    expect(() => bandOf(STATIC99R, -4)).toThrow(/no band/);
    expect(() => bandOf(STATIC99R, 13)).toThrow(/no band/);
  });
});

describe('scoring refuses what it cannot score', () => {
  it('gives no band while any item is unanswered, listing the missing items', () => {
    const result = scoreAnswers(STATIC99R, withChanges({ AGE_AT_RELEASE: 'AGE_18_34', MALE_VICTIM: null, STRANGER_VICTIM: null }));
    expect(result).toEqual({ complete: false, score: 1, band: null, missing: ['STRANGER_VICTIM', 'MALE_VICTIM'] });
    const empty = scoreAnswers(STATIC99R, {});
    expect(empty.band).toBeNull();
    expect(empty.missing).toHaveLength(10);
  });

  it('does not score a proposal the officer has not confirmed', () => {
    const proposedOnly = withChanges({});
    proposedOnly.AGE_AT_RELEASE = { answer: null, proposed: 'AGE_18_34', source: null };
    expect(scoreAnswers(STATIC99R, proposedOnly)).toMatchObject({ complete: false, band: null, missing: ['AGE_AT_RELEASE'] });
  });

  it('throws on an answer code the version does not know', () => {
    expect(() => scoreAnswers(STATIC99R, withChanges({ PRIOR_SEX_OFFENCES: 'SEVERAL' }))).toThrow(/PRIOR_SEX_OFFENCES has no answer SEVERAL/);
  });
});

describe('the age item from birth date and sentence end (proposeAnswers)', () => {
  const birthDate = new Date('1980-06-15T00:00:00Z');
  const conviction = (sentenceEnd: string): TConvictionFacts => ({
    verdictDate: new Date('2012-03-01T00:00:00Z'),
    sentenceEnd: new Date(`${sentenceEnd}T00:00:00Z`),
    sexualOffence: true,
    contactOffence: true,
    nonSexualViolence: false,
    victimSex: 'FEMALE',
    victimRelationship: 'FAMILY',
  });
  const CASES: [string, number, string][] = [
    ['2015-06-14', 34, 'AGE_18_34'],
    ['2015-06-15', 35, 'AGE_35_39'],
    ['2020-06-14', 39, 'AGE_35_39'],
    ['2020-06-15', 40, 'AGE_40_59'],
    ['2040-06-14', 59, 'AGE_40_59'],
    ['2040-06-15', 60, 'AGE_60_PLUS'],
  ];
  for (const [release, age, answer] of CASES) {
    it(`released ${release} (born 1980-06-15): age ${age}, proposed ${answer}`, () => {
      const proposed = proposeAnswers(STATIC99R, { birthDate, convictions: [conviction(release)] });
      expect(proposed.AGE_AT_RELEASE).toEqual({
        answer: null,
        proposed: answer,
        source: { key: 'ageAtRelease', values: { age, birthDate: '1980-06-15', release } },
      });
    });
  }

  it('a confirmed age proposal scores like the typed answer, down to a negative total', () => {
    const proposed = proposeAnswers(STATIC99R, { birthDate, convictions: [conviction('2040-06-15')] });
    const confirmed = withChanges({ AGE_AT_RELEASE: proposed.AGE_AT_RELEASE.proposed! });
    expect(scoreAnswers(STATIC99R, confirmed)).toMatchObject({ score: -3, band: { code: 'I' } });
  });
});

describe('zInstrumentDefinition keeps an administrator’s version usable', () => {
  /** STATIC99R with some bands changed (by index). */
  function withBands(change: (bands: TInstrumentDefinition['bands']) => void) {
    const copy = structuredClone(STATIC99R);
    change(copy.bands);
    return zInstrumentDefinition.safeParse(copy);
  }
  const messages = (result: ReturnType<typeof withBands>) => (result.success ? [] : result.error.issues.map((i) => i.message));

  it('accepts the default instrument', () => {
    expect(zInstrumentDefinition.safeParse(STATIC99R).success).toBe(true);
  });
  it('rejects a gap between bands', () => {
    expect(messages(withBands((b) => void (b[1].min = 0)))).toContain('bands I and II leave a gap or overlap');
  });
  it('rejects an overlap between bands', () => {
    expect(messages(withBands((b) => void (b[2].min = 0)))).toContain('bands II and III leave a gap or overlap');
  });
  it('rejects a wrong rank', () => {
    const result = withBands((b) => {
      b[3].rank = 5;
      b[4].rank = 4;
    });
    expect(messages(result)).toEqual(expect.arrayContaining(['band IVa should have rank 4', 'band IVb should have rank 5']));
  });
  it('rejects bands that do not reach the lowest total', () => {
    expect(messages(withBands((b) => void (b[0].min = -2)))).toContain('no band for the lowest total -3');
  });
  it('rejects bands that do not reach the highest total', () => {
    expect(messages(withBands((b) => void (b[4].max = 11)))).toContain('no band for the highest total 12');
  });
  it('rejects a band that ends before it starts, and a duplicate band code', () => {
    expect(messages(withBands((b) => void (b[1].max = -2)))).toContain('band II ends before it starts');
    expect(messages(withBands((b) => void (b[1].code = 'I')))).toContain('duplicate band code');
  });
});
