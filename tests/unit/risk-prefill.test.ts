import { describe, expect, it } from 'vitest';
import { proposeAnswers, splitIndex, type TConvictionFacts } from '@/lib/risk/prefill';
import { STATIC99R } from '@/lib/risk/static99r';
import type { TInstrumentDefinition } from '@/lib/risk/instrument';

// lib/risk/prefill.ts on hand-made records: what the record proposes for the default instrument's
// items, with the source the officer sees (docs/decisions/023 and 025).

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** A sexual conviction with every fact recorded (a contact offence on an adult female family member, no violence). */
function conviction(verdict: string, overrides: Partial<TConvictionFacts> = {}): TConvictionFacts {
  return {
    verdictDate: d(verdict),
    sentenceEnd: d(verdict),
    sexualOffence: true,
    contactOffence: true,
    nonSexualViolence: false,
    victimSex: 'FEMALE',
    victimRelationship: 'FAMILY',
    ...overrides,
  };
}
const nonSexual = (verdict: string, overrides: Partial<TConvictionFacts> = {}) =>
  conviction(verdict, { sexualOffence: false, contactOffence: null, victimSex: null, victimRelationship: null, ...overrides });

const BIRTH = d('1970-06-15');
const propose = (convictions: TConvictionFacts[], birthDate = BIRTH) => proposeAnswers(STATIC99R, { birthDate, convictions });
const proposal = (convictions: TConvictionFacts[], item: string, birthDate = BIRTH) => propose(convictions, birthDate)[item];

describe('splitIndex', () => {
  it('takes the latest sexual conviction by verdict date as the index, whatever the list order', () => {
    const split = splitIndex([conviction('2005-02-01'), conviction('2016-09-12'), conviction('2010-04-20')])!;
    expect(split.indexDay).toBe('2016-09-12');
    expect(split.index.map((c) => c.verdictDate)).toEqual([d('2016-09-12')]);
    expect(split.priors.map((c) => c.verdictDate)).toEqual([d('2005-02-01'), d('2010-04-20')]);
  });

  it('puts convictions sentenced the same day into the index, non-sexual ones included; later non-sexual ones are neither', () => {
    const split = splitIndex([
      conviction('2016-09-12', { sentenceEnd: d('2020-01-01') }),
      nonSexual('2016-09-12', { sentenceEnd: d('2022-05-05') }),
      conviction('2012-01-10'),
      nonSexual('2019-03-03'),
    ])!;
    expect(split.index).toHaveLength(2);
    expect(split.priors.map((c) => c.verdictDate)).toEqual([d('2012-01-10')]);
    // Release from the index: the latest sentence end of that day's convictions.
    expect(split.release).toEqual(d('2022-05-05'));
  });

  it('a non-sexual conviction alone has no index', () => {
    expect(splitIndex([nonSexual('2010-01-01')])).toBeNull();
    expect(splitIndex([])).toBeNull();
  });
});

describe('proposeAnswers: age at release', () => {
  it.each([
    ['2004-06-14', 'AGE_18_34', 33],
    ['2005-06-14', 'AGE_18_34', 34],
    ['2005-06-15', 'AGE_35_39', 35],
    ['2010-06-14', 'AGE_35_39', 39],
    ['2010-06-15', 'AGE_40_59', 40],
    ['2030-06-14', 'AGE_40_59', 59],
    ['2030-06-15', 'AGE_60_PLUS', 60],
  ])('released %s proposes %s (age %i)', (release, expected, age) => {
    const answer = proposal([conviction('2003-01-01', { sentenceEnd: d(release) })], 'AGE_AT_RELEASE');
    expect(answer).toEqual({
      answer: null,
      proposed: expected,
      source: { key: 'ageAtRelease', values: { age, birthDate: '1970-06-15', release } },
    });
  });
});

describe('proposeAnswers: prior offences', () => {
  it('counts priors by verdict date before the index: sexual priors give each answer of item 5', () => {
    const index = conviction('2020-05-05');
    const priors = ['2001-01-01', '2003-03-03', '2005-05-05', '2007-07-07', '2009-09-09'].map((v) => conviction(v));
    const expected = [
      'NONE',
      'CHARGES_1_2_OR_CONVICTION_1',
      'CHARGES_3_5_OR_CONVICTIONS_2_3',
      'CHARGES_3_5_OR_CONVICTIONS_2_3',
      'CHARGES_6_OR_CONVICTIONS_4',
      'CHARGES_6_OR_CONVICTIONS_4',
    ];
    expected.forEach((answer, n) => {
      const item = proposal([index, ...priors.slice(0, n)], 'PRIOR_SEX_OFFENCES');
      expect(item.proposed, `${n} sexual priors`).toBe(answer);
      expect(item.source).toEqual({
        key: 'priorSexConvictions',
        values: {
          count: n,
          dates: priors
            .slice(0, n)
            .map((c) => c.verdictDate.toISOString().slice(0, 10))
            .join(', '),
        },
      });
    });
  });

  it('does not count non-sexual priors, same-day convictions or later ones as sexual priors', () => {
    const item = proposal([conviction('2020-05-05'), conviction('2020-05-05'), nonSexual('2010-01-01'), conviction('2015-02-02')], 'PRIOR_SEX_OFFENCES');
    expect(item.proposed).toBe('CHARGES_1_2_OR_CONVICTION_1');
    expect(item.source?.values).toMatchObject({ count: 1, dates: '2015-02-02' });
  });

  it('counts distinct prior sentencing dates of any conviction: 3 → up to 3, 4 → four or more', () => {
    const index = conviction('2020-05-05');
    const three = [nonSexual('2001-01-01'), conviction('2003-03-03'), nonSexual('2003-03-03'), nonSexual('2005-05-05')];
    expect(proposal([index, ...three], 'PRIOR_SENTENCING_DATES')).toMatchObject({
      proposed: 'UP_TO_3',
      source: { key: 'priorSentencingDates', values: { count: 3 } },
    });
    const four = [...three, nonSexual('2007-07-07')];
    expect(proposal([index, ...four], 'PRIOR_SENTENCING_DATES')).toMatchObject({
      proposed: 'FOUR_OR_MORE',
      source: { key: 'priorSentencingDates', values: { count: 4 } },
    });
    // The index day itself is not a prior sentencing date.
    expect(proposal([index, nonSexual('2020-05-05'), ...three], 'PRIOR_SENTENCING_DATES')?.proposed).toBe('UP_TO_3');
  });

  it('with no priors proposes no prior non-sexual violence, saying there are none', () => {
    expect(proposal([conviction('2020-05-05')], 'PRIOR_NONSEXUAL_VIOLENCE')).toEqual({ answer: null, proposed: 'NO', source: { key: 'noPriors', values: {} } });
  });

  it('prior non-sexual violence: yes if any prior had it, no if every prior is known without it, nothing if unknown', () => {
    const index = conviction('2020-05-05');
    expect(
      proposal([index, nonSexual('2010-01-01', { nonSexualViolence: true }), nonSexual('2012-01-01', { nonSexualViolence: null })], 'PRIOR_NONSEXUAL_VIOLENCE'),
    ).toEqual({
      answer: null,
      proposed: 'YES',
      source: { key: 'priorNonSexualViolence', values: { count: 2, dates: '2010-01-01, 2012-01-01' } },
    });
    expect(proposal([index, nonSexual('2010-01-01')], 'PRIOR_NONSEXUAL_VIOLENCE')?.proposed).toBe('NO');
    expect(proposal([index, nonSexual('2010-01-01', { nonSexualViolence: null })], 'PRIOR_NONSEXUAL_VIOLENCE')).toEqual({
      answer: null,
      proposed: null,
      source: { key: 'notRecorded', values: {} },
    });
  });

  it('index non-sexual violence looks at every conviction of the index day', () => {
    const item = proposal(
      [conviction('2020-05-05'), nonSexual('2020-05-05', { nonSexualViolence: true }), nonSexual('2010-01-01', { nonSexualViolence: false })],
      'INDEX_NONSEXUAL_VIOLENCE',
    );
    expect(item).toEqual({ answer: null, proposed: 'YES', source: { key: 'indexNonSexualViolence', values: { date: '2020-05-05' } } });
    expect(proposal([conviction('2020-05-05'), nonSexual('2010-01-01', { nonSexualViolence: true })], 'INDEX_NONSEXUAL_VIOLENCE')?.proposed).toBe('NO');
  });
});

describe('proposeAnswers: victims and non-contact offences', () => {
  it('non-contact: yes if any sexual conviction was non-contact, no if all were contact', () => {
    expect(proposal([conviction('2020-05-05'), conviction('2010-01-01', { contactOffence: false })], 'NON_CONTACT_CONVICTION')).toEqual({
      answer: null,
      proposed: 'YES',
      source: { key: 'nonContactConviction', values: { count: 2 } },
    });
    expect(proposal([conviction('2020-05-05'), conviction('2010-01-01')], 'NON_CONTACT_CONVICTION')?.proposed).toBe('NO');
  });

  it('unrelated victim: a family victim is related; an acquaintance or a stranger is not', () => {
    expect(proposal([conviction('2020-05-05')], 'UNRELATED_VICTIM')).toMatchObject({ proposed: 'NO', source: { key: 'unrelatedVictim' } });
    expect(proposal([conviction('2020-05-05', { victimRelationship: 'ACQUAINTANCE' })], 'UNRELATED_VICTIM')?.proposed).toBe('YES');
    expect(proposal([conviction('2020-05-05'), conviction('2010-01-01', { victimRelationship: 'STRANGER' })], 'UNRELATED_VICTIM')?.proposed).toBe('YES');
  });

  it('stranger victim: only a stranger counts', () => {
    expect(proposal([conviction('2020-05-05', { victimRelationship: 'ACQUAINTANCE' })], 'STRANGER_VICTIM')).toMatchObject({
      proposed: 'NO',
      source: { key: 'strangerVictim' },
    });
    expect(proposal([conviction('2020-05-05', { victimRelationship: 'STRANGER' })], 'STRANGER_VICTIM')?.proposed).toBe('YES');
  });

  it('male victim: any male victim of a sexual conviction', () => {
    expect(proposal([conviction('2020-05-05')], 'MALE_VICTIM')).toMatchObject({ proposed: 'NO', source: { key: 'maleVictim', values: { count: 1 } } });
    expect(proposal([conviction('2020-05-05'), conviction('2010-01-01', { victimSex: 'MALE' })], 'MALE_VICTIM')?.proposed).toBe('YES');
    // A non-sexual conviction's victim is not looked at.
    expect(proposal([conviction('2020-05-05'), nonSexual('2010-01-01', { victimSex: 'MALE' })], 'MALE_VICTIM')?.proposed).toBe('NO');
  });

  it('unknown facts propose nothing, with "not recorded" as the source; one known "yes" is enough', () => {
    const unknown = conviction('2020-05-05', { contactOffence: null, victimSex: null, victimRelationship: null, nonSexualViolence: null });
    const answers = propose([unknown, conviction('2010-01-01')]);
    for (const item of ['NON_CONTACT_CONVICTION', 'UNRELATED_VICTIM', 'STRANGER_VICTIM', 'MALE_VICTIM', 'INDEX_NONSEXUAL_VIOLENCE']) {
      expect(answers[item], item).toEqual({ answer: null, proposed: null, source: { key: 'notRecorded', values: {} } });
    }
    expect(proposal([unknown, conviction('2010-01-01', { victimRelationship: 'STRANGER' })], 'STRANGER_VICTIM')?.proposed).toBe('YES');
  });
});

describe('proposeAnswers: the whole instrument', () => {
  it('proposes for every prefillable item and leaves the officer-only item out; nothing is an answer', () => {
    const answers = propose([conviction('2020-05-05', { sentenceEnd: d('2024-01-01') })]);
    const prefillable = STATIC99R.items.filter((i) => i.prefill).map((i) => i.code);
    expect(Object.keys(answers).sort()).toEqual([...prefillable].sort());
    expect(answers).not.toHaveProperty('EVER_LIVED_WITH_PARTNER');
    expect(Object.values(answers).every((a) => a.answer === null && a.proposed !== null)).toBe(true);
  });

  it('with no sexual conviction proposes nothing, saying there is no conviction', () => {
    for (const convictions of [[], [nonSexual('2010-01-01', { nonSexualViolence: true })]]) {
      const answers = propose(convictions);
      expect(Object.keys(answers)).toHaveLength(STATIC99R.items.filter((i) => i.prefill).length);
      for (const a of Object.values(answers)) expect(a).toEqual({ answer: null, proposed: null, source: { key: 'noConviction', values: {} } });
    }
  });

  it('does not propose an answer the instrument version does not offer, but keeps the source', () => {
    const renamed: TInstrumentDefinition = {
      ...STATIC99R,
      items: STATIC99R.items.map((item) =>
        item.code === 'AGE_AT_RELEASE' ? { ...item, answers: item.answers.map((a) => (a.code === 'AGE_40_59' ? { ...a, code: 'AGE_40_TO_59' } : a)) } : item,
      ),
    };
    const answers = proposeAnswers(renamed, { birthDate: BIRTH, convictions: [conviction('2003-01-01', { sentenceEnd: d('2015-01-01') })] });
    expect(answers.AGE_AT_RELEASE).toMatchObject({ answer: null, proposed: null, source: { key: 'ageAtRelease', values: { age: 44 } } });
    // The other items are still proposed.
    expect(answers.MALE_VICTIM?.proposed).toBe('NO');
  });
});
