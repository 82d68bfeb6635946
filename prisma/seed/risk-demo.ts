import type { Tx } from '@/lib/db/client';
import type { RiskAssessmentStatus } from '@/lib/generated/prisma/enums';
import { TZDate } from '@date-fns/tz';
import { addYears, differenceInCalendarDays, differenceInYears } from 'date-fns';
import { addCalendarDays, addKzDays, kzToday } from '@/lib/time/today';
import { CONVICTION_FACTS_SELECT, proposeAnswers, type TConvictionFacts } from '@/lib/risk/prefill';
import type { TAnswers, TInstrumentDefinition } from '@/lib/risk/instrument';
import { activeStatic99r, createRiskAssessment } from './risk';
import type { TRandom } from './random';

// Risk work in the demo (issue 13; docs/decisions/025-conviction-risk-facts.md): conviction facts
// for every person (some old records "not recorded"), prior convictions for some, and assessments
// scored from what the record proposes — countersigned ones over the last two years (some over 12
// months ago: an overdue annual reassessment), band changes, one correction, some awaiting
// countersignature and drafts. Runs on its own random stream, so the rest of the demo is unchanged.

type TPerson = Awaited<ReturnType<typeof loadPersons>>[number];

const loadPersons = (tx: Tx) =>
  tx.person.findMany({
    orderBy: { iin: 'asc' },
    select: {
      id: true,
      iin: true,
      birthDate: true,
      officerId: true,
      district: { select: { regionId: true } },
      convictions: { select: { id: true, articleId: true, courtId: true, verdictDate: true, sentenceEnd: true } },
      orders: { where: { status: 'ACTIVE' }, select: { endDate: true, lifelong: true } },
    },
  });

/** Facts for a person's conviction; about one old record in five has none ("not recorded"). */
function convictionFacts(rng: TRandom) {
  if (rng.chance(0.2)) return null;
  const r = rng.next();
  const victimAgeBand = r < 0.55 ? ('UNDER_14' as const) : r < 0.85 ? ('AGE_14_17' as const) : ('ADULT' as const);
  const rel = rng.next();
  return {
    minorVictim: victimAgeBand !== 'ADULT',
    victimAgeBand,
    victimSex: rng.chance(0.8) ? ('FEMALE' as const) : ('MALE' as const),
    // Partly recorded records exist too: the relationship left out now and then.
    victimRelationship: rng.chance(0.1) ? null : rel < 0.4 ? ('FAMILY' as const) : rel < 0.8 ? ('ACQUAINTANCE' as const) : ('STRANGER' as const),
    contactOffence: rng.chance(0.85),
    nonSexualViolence: rng.chance(0.2),
  };
}

/** The least risky facts of an index conviction (a family member, a girl, contact, no other violence). */
const LOW_RISK_FACTS = {
  minorVictim: true,
  victimAgeBand: 'UNDER_14' as const,
  victimSex: 'FEMALE' as const,
  victimRelationship: 'FAMILY' as const,
  contactOffence: true,
  nonSexualViolence: false,
};

/** Prior convictions before the index verdict, spread from the person's 16th birthday on. */
async function addPriors(tx: Tx, rng: TRandom, person: TPerson, count: number, highRisk: boolean) {
  const index = person.convictions[0];
  const earliest = addYears(new TZDate(person.birthDate, 'UTC'), 16);
  const slot = Math.floor((differenceInCalendarDays(index.verdictDate, earliest) - 180) / count);
  if (slot < 200) return;
  for (let n = 0; n < count; n++) {
    const verdictDate = addCalendarDays(earliest, slot * n + rng.int(0, Math.floor(slot / 2)));
    const sentenceEnd = addCalendarDays(verdictDate, rng.int(90, Math.floor(slot / 2)));
    const sexual = highRisk ? n % 2 === 0 : rng.chance(0.4);
    await tx.conviction.create({
      data: {
        personId: person.id,
        articleId: index.articleId,
        courtId: index.courtId,
        verdictDate,
        sentenceEnd,
        caseNumber: `1-${rng.int(100, 999)}/${verdictDate.getUTCFullYear()}`,
        sexualOffence: sexual,
        minorVictim: sexual,
        ...(sexual
          ? {
              victimAgeBand: rng.chance(0.7) ? 'UNDER_14' : 'AGE_14_17',
              victimSex: highRisk || rng.chance(0.3) ? 'MALE' : 'FEMALE',
              victimRelationship: highRisk ? 'STRANGER' : rng.pick(['FAMILY', 'ACQUAINTANCE', 'STRANGER'] as const),
              contactOffence: highRisk ? n !== 0 : rng.chance(0.8),
              nonSexualViolence: highRisk || rng.chance(0.2),
            }
          : { nonSexualViolence: highRisk || rng.chance(0.5) }),
      },
    });
  }
}

/** What the record proposes, and the officer's answers: the proposal, or their own where none. */
async function answersFor(tx: Tx, rng: TRandom, definition: TInstrumentDefinition, person: TPerson, profile: 'high' | 'low' | 'any'): Promise<TAnswers> {
  const convictions: TConvictionFacts[] = await tx.conviction.findMany({
    where: { personId: person.id },
    select: CONVICTION_FACTS_SELECT,
  });
  const proposed = proposeAnswers(definition, { birthDate: person.birthDate, convictions });
  const answers: TAnswers = {};
  for (const item of definition.items) {
    const p = proposed[item.code];
    const codes = item.answers.map((a) => a.code);
    // Items the record cannot answer: what the officer found out (high- and low-risk profiles: the riskiest or the least risky answer).
    const own =
      profile === 'high'
        ? item.answers.reduce((a, b) => (b.points > a.points ? b : a)).code
        : profile === 'low'
          ? item.answers.reduce((a, b) => (b.points < a.points ? b : a)).code
          : rng.pick(codes);
    answers[item.code] = { answer: p?.proposed ?? own, proposed: p?.proposed ?? null, source: p?.source ?? null };
  }
  return answers;
}

/** Options for one demo assessment. */
type TOne = { person: TPerson; status: RiskAssessmentStatus; at: Date; countersignerId?: string; answers: TAnswers; stored?: TAnswers };

/**
 * One assessment through the seed factory, then dated: created two days and submitted one day
 * before `at` (its countersignature), and its annual due raised at `at`, so a later assessment
 * settles it as the workflow would.
 */
async function assess(tx: Tx, one: TOne) {
  const assessment = await createRiskAssessment(tx, {
    personId: one.person.id,
    assessorId: one.person.officerId!,
    countersignerId: one.countersignerId,
    status: one.status,
    countersignedAt: one.at,
    dynamicNote: 'Проживает в 600 м от школы; маршрут на работу проходит мимо детской площадки.',
    choose: (itemCode) => one.answers[itemCode].answer!,
  });
  const draft = one.status === 'DRAFT';
  await tx.riskAssessment.update({
    where: { id: assessment.id },
    data: {
      answers: one.stored ?? one.answers,
      createdAt: addKzDays(one.at, draft ? 0 : -2),
      submittedAt: draft ? null : addKzDays(one.at, one.status === 'SUBMITTED' ? 0 : -1),
    },
  });
  await tx.riskReassessmentDue.updateMany({ where: { sourceId: assessment.id, reason: 'ANNUAL' }, data: { createdAt: one.at } });
  return assessment;
}

export async function seedRiskDemo(
  tx: Tx,
  rng: TRandom,
  { today, officerId, supervisors }: { today: Date; officerId: string; supervisors: Map<string, string> },
) {
  const { definition } = await activeStatic99r(tx);
  const kzDay = kzToday(today);
  const daysAgo = (days: number) => addKzDays(today, -days);

  const assessable = (p: TPerson) => p.officerId && p.orders.length > 0 && supervisors.has(p.district.regionId);
  // The lowest band needs a person released at 60 or older with nothing else scoring. Random
  // profiles reach it on some seeding days and not on others (ages at release move with the day
  // the demo is seeded), so the oldest at release outside the demo officer's caseload is given a
  // low-risk profile: no priors, the least risky facts and answers.
  const ageAtRelease = (p: TPerson) => differenceInYears(p.convictions[0].sentenceEnd, p.birthDate);
  const lowRiskId = (await loadPersons(tx))
    .filter((p) => assessable(p) && p.officerId !== officerId)
    .reduce<TPerson | null>((oldest, p) => (oldest && ageAtRelease(oldest) >= ageAtRelease(p) ? oldest : p), null)?.id;

  // 1. Facts on every conviction, and priors for about a quarter of the persons.
  const highRisk = new Set<string>();
  for (const [i, person] of (await loadPersons(tx)).entries()) {
    const facts = person.id === lowRiskId ? LOW_RISK_FACTS : convictionFacts(rng);
    if (facts) await tx.conviction.update({ where: { id: person.convictions[0].id }, data: facts });
    if (person.id === lowRiskId) continue;
    if (i % 9 === 4) {
      highRisk.add(person.id);
      await addPriors(tx, rng, person, rng.int(3, 5), true);
    } else if (rng.chance(0.2)) await addPriors(tx, rng, person, rng.int(1, 3), false);
  }

  // 2. Assessments for persons under supervision in the two regions with a demo supervisor.
  const persons = (await loadPersons(tx)).filter(assessable);
  const endsWithin90 = (p: TPerson) => p.orders.some((o) => !o.lifelong && o.endDate && o.endDate <= addCalendarDays(kzDay, 90));
  // The demo officer's persons whose orders end within 90 days, soonest first: the first stays
  // unassessed (a person to assess before petitioning), the others carry an assessment
  // countersigned within the last 12 months, so a police draft on the worklist rests on one
  // (e2e/risk-petition.spec.ts drafts on the second).
  const earliestEnd = (p: TPerson) => Math.min(...p.orders.filter((o) => o.endDate).map((o) => o.endDate!.getTime()));
  const expiring = persons.filter((p) => p.officerId === officerId && endsWithin90(p)).sort((a, b) => earliestEnd(a) - earliestEnd(b));
  const unassessed = expiring.slice(0, 1);
  const recent = new Set(expiring.slice(1).map((p) => p.id));
  const candidates = persons.filter((p) => !unassessed.includes(p));
  let submitted = 0;
  let drafts = 0;
  let corrected = false;
  const counts: Record<string, number> = {};
  for (const [i, person] of candidates.entries()) {
    const supervisorId = supervisors.get(person.district.regionId)!;
    const isHigh = highRisk.has(person.id);
    const answers = await answersFor(tx, rng, definition, person, isHigh ? 'high' : person.id === lowRiskId ? 'low' : 'any');
    const roll = rng.next();
    if (person.id === lowRiskId) {
      const one = await assess(tx, { person, status: 'COUNTERSIGNED', at: daysAgo(rng.int(20, 300)), countersignerId: supervisorId, answers });
      counts[one.bandCode ?? ''] = (counts[one.bandCode ?? ''] ?? 0) + 1;
      continue;
    }
    if (recent.has(person.id)) {
      const one = await assess(tx, { person, status: 'COUNTERSIGNED', at: daysAgo(rng.int(20, 200)), countersignerId: supervisorId, answers });
      counts[one.bandCode ?? ''] = (counts[one.bandCode ?? ''] ?? 0) + 1;
      continue;
    }
    if (person.officerId === officerId && drafts < 2 && i % 5 === 1) {
      drafts++;
      await assess(tx, { person, status: 'DRAFT', at: daysAgo(rng.int(1, 6)), answers, stored: withoutSome(answers, rng) });
      continue;
    }
    if (submitted < 3 && person.officerId === officerId && i % 5 === 3) {
      submitted++;
      await assess(tx, { person, status: 'SUBMITTED', at: daysAgo(rng.int(1, 4)), answers });
      continue;
    }
    if (roll < 0.3 && !isHigh) continue; // not yet assessed
    const at = daysAgo(rng.int(20, 720));
    if (!corrected && at < daysAgo(120)) {
      // A correction chain: the first was countersigned, a missed prior found, a corrected version countersigned.
      corrected = true;
      const original = await assess(tx, {
        person,
        status: 'COUNTERSIGNED',
        at,
        countersignerId: supervisorId,
        answers: flip(answers, definition, 'PRIOR_SENTENCING_DATES'),
      });
      const correction = await assess(tx, { person, status: 'COUNTERSIGNED', at: addKzDays(at, 30), countersignerId: supervisorId, answers });
      await tx.riskAssessment.update({ where: { id: original.id }, data: { status: 'SUPERSEDED' } });
      await tx.riskAssessment.update({
        where: { id: correction.id },
        data: { correctsId: original.id, correctionReason: 'A prior conviction of another region was missed; prior sentencing dates corrected.' },
      });
      continue;
    }
    if (roll > 0.85 && at < daysAgo(400)) {
      // Assessed twice: the earlier one before the officer learnt of a partner (a band change).
      await assess(tx, { person, status: 'COUNTERSIGNED', at, countersignerId: supervisorId, answers: flip(answers, definition, 'EVER_LIVED_WITH_PARTNER') });
      const later = await assess(tx, { person, status: 'COUNTERSIGNED', at: addKzDays(at, rng.int(330, 380)), countersignerId: supervisorId, answers });
      counts[later.bandCode ?? ''] = (counts[later.bandCode ?? ''] ?? 0) + 1;
      continue;
    }
    const one = await assess(tx, { person, status: 'COUNTERSIGNED', at, countersignerId: supervisorId, answers });
    counts[one.bandCode ?? ''] = (counts[one.bandCode ?? ''] ?? 0) + 1;
  }
  return { unassessed: unassessed.length, submitted, drafts, bands: counts };
}

/** The other answer of an item (its riskier or less risky alternative), for an earlier assessment. */
function flip(answers: TAnswers, definition: TInstrumentDefinition, itemCode: string): TAnswers {
  const item = definition.items.find((i) => i.code === itemCode)!;
  const current = answers[itemCode].answer;
  const other = item.answers.find((a) => a.code !== current)!.code;
  return { ...answers, [itemCode]: { ...answers[itemCode], answer: other } };
}

/** A draft: the proposals are there, some not yet confirmed. */
function withoutSome(answers: TAnswers, rng: TRandom): TAnswers {
  return Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, rng.chance(0.5) ? { ...a, answer: null } : a]));
}
