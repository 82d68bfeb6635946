import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { connect } from '@/prisma/tools/connect';
import { prepareDatabase } from '@/prisma/tools/prepare-database';
import { seedDemo } from '@/prisma/seed/demo-seed';
import { kzStartOfDay, kzToday, addCalendarDays } from '@/lib/time/today';
import { scratchDatabase } from '../helpers/scratch-db';
import { convictionFactProblems } from '@/lib/persons/conviction-facts';

// The demo data has no event in the future (issue 12: a "supervision extended" ruling in 2028).
// The demo is seeded into a scratch database and every date and time column of every table is
// read: apart from the columns that hold a plan or a deadline by their nature (listed below, each
// with its reason), no value is after today in Kazakhstan. A new dated column is checked
// automatically.

/** Columns whose values are meant to lie ahead: `table.column`, and why. */
const PLANNED: Record<string, string> = {
  'CheckIn.scheduledAt': 'a check-in still to come is scheduled ahead (rows with an outcome are checked below)',
  'CheckIn.evidenceDueAt': 'a deadline for evidence',
  'SupervisionOrder.endDate': 'when the order will end',
  'OrderExtension.previousEndDate': 'the end date the ruling replaced',
  'OrderExtension.newEndDate': 'the end date the ruling set',
  'Restriction.effectiveTo': 'when a restriction will lapse',
  'RiskReassessmentDue.dueOn': 'when a reassessment falls due: 12 months after the last countersignature (overdue ones lie in the past)',
};

const db0 = { url: '', drop: async () => {} };
let db: ReturnType<typeof connect>;
// The demo's dates are relative to the day it is seeded; rows also get now() defaults, so the
// test seeds as of the real clock.
const NOW = new Date();
const endOfToday = kzStartOfDay(addCalendarDays(kzToday(NOW), 1));

beforeAll(async () => {
  Object.assign(db0, await scratchDatabase('demo_dates'));
  await prepareDatabase(db0.url);
  db = connect(db0.url);
  const seeded = await seedDemo(db, { today: NOW });
  expect(seeded?.persons).toBeGreaterThan(0);
}, 900_000);

afterAll(async () => {
  await db?.$disconnect();
  await db0.drop();
});

describe('demo data', () => {
  it('has no dated event after today (Kazakhstan)', async () => {
    const columns = await db.$queryRaw<{ table: string; column: string; type: string }[]>`
      SELECT table_name AS table, column_name AS column, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('date', 'timestamp without time zone', 'timestamp with time zone')
      ORDER BY 1, 2`;
    expect(columns.length).toBeGreaterThan(20);
    const future: string[] = [];
    for (const c of columns) {
      if (PLANNED[`${c.table}.${c.column}`]) continue;
      // Legal calendar dates are UTC midnight of the day; instants are compared with the end of today in Kazakhstan.
      const bound = c.type === 'date' ? kzToday(NOW) : endOfToday;
      // Names from the catalogue above, quoted as identifiers; the bound is a parameter.
      const column = Prisma.raw(`"${c.column.replaceAll('"', '""')}"`);
      const table = Prisma.raw(`"public"."${c.table.replaceAll('"', '""')}"`);
      const after = c.type === 'date' ? Prisma.sql`${column} > ${bound}` : Prisma.sql`${column} >= ${bound}`;
      const [row] = await db.$queryRaw<{ n: bigint; max: Date | null }[]>`SELECT count(*) AS n, max(${column}) AS max FROM ${table} WHERE ${after}`;
      if (Number(row.n) > 0) future.push(`${c.table}.${c.column}: ${row.n} rows, up to ${row.max?.toISOString()}`);
    }
    expect(future).toEqual([]);
  });

  it('schedules only check-ins still to come: every check-in with an outcome is in the past', async () => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "public"."CheckIn" WHERE outcome <> 'SCHEDULED' AND "scheduledAt" >= ${endOfToday}`;
    expect(Number(row.n)).toBe(0);
    // The plan itself is there: the demo has check-ins due ahead.
    const [ahead] = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "public"."CheckIn" WHERE outcome = 'SCHEDULED' AND "scheduledAt" >= ${endOfToday}`;
    expect(Number(ahead.n)).toBeGreaterThan(0);
  });

  it('still has extension chains (the past links of each are kept)', async () => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "public"."OrderExtension"`;
    expect(Number(row.n)).toBeGreaterThan(0);
  });
});

// The risk work in the demo (issue 13; docs/decisions/025-conviction-risk-facts.md).
describe('demo risk assessments', () => {
  it("records conviction facts with a mix of values, some not recorded, and none breaking the form's rules", async () => {
    const convictions = await db.conviction.findMany();
    expect(convictions.filter((c) => c.victimAgeBand === null && c.sexualOffence).length).toBeGreaterThan(0);
    for (const band of ['UNDER_14', 'AGE_14_17', 'ADULT'] as const)
      expect(
        convictions.some((c) => c.victimAgeBand === band),
        band,
      ).toBe(true);
    for (const rel of ['FAMILY', 'ACQUAINTANCE', 'STRANGER'] as const)
      expect(
        convictions.some((c) => c.victimRelationship === rel),
        rel,
      ).toBe(true);
    expect(convictions.some((c) => !c.sexualOffence)).toBe(true);
    expect(convictions.some((c) => c.contactOffence === false)).toBe(true);
    expect(convictions.flatMap((c) => convictionFactProblems(c).map((p) => `${c.id} ${p.field} ${p.key}`))).toEqual([]);
  });

  it("has current bands at all five levels, countersigned by the supervisor of the person's region", async () => {
    const ranks = await db.person.groupBy({ by: ['riskBandRank'], where: { riskBandRank: { not: null } }, _count: true });
    expect(ranks.map((r) => r.riskBandRank).sort()).toEqual([1, 2, 3, 4, 5]);
    const signed = await db.riskAssessment.findMany({
      where: { status: { in: ['COUNTERSIGNED', 'SUPERSEDED'] } },
      include: { countersigner: true, person: { include: { district: true } } },
    });
    expect(signed.length).toBeGreaterThan(20);
    for (const a of signed) expect(a.countersigner?.regionId, a.id).toBe(a.person.district.regionId);
  });

  it('has overdue annual reassessments, band changes and a correction chain', async () => {
    const overdue = await db.riskReassessmentDue.count({ where: { satisfiedAt: null, reason: 'ANNUAL', dueOn: { lt: kzToday(NOW) } } });
    expect(overdue).toBeGreaterThan(0);
    const twice = await db.riskAssessment.groupBy({
      by: ['personId'],
      where: { status: 'COUNTERSIGNED' },
      _count: true,
      having: { personId: { _count: { gt: 1 } } },
    });
    expect(twice.length).toBeGreaterThan(0);
    // A person assessed twice has one open annual due only: the later assessment settled the earlier one's.
    for (const { personId } of twice) expect(await db.riskReassessmentDue.count({ where: { personId, satisfiedAt: null } })).toBe(1);
    const correction = await db.riskAssessment.findFirstOrThrow({ where: { correctsId: { not: null } }, include: { corrects: true, person: true } });
    expect(correction.status).toBe('COUNTERSIGNED');
    expect(correction.corrects?.status).toBe('SUPERSEDED');
    expect(correction.person.riskAssessmentId).toBe(correction.id);
  });

  it('leaves work for the demo accounts: submissions to countersign, drafts, and expiring persons to assess', async () => {
    const officer = await db.user.findUniqueOrThrow({ where: { email: 'officer@demo.kz' } });
    const supervisor = await db.user.findUniqueOrThrow({ where: { email: 'supervisor@demo.kz' } });
    expect(await db.riskAssessment.count({ where: { status: 'SUBMITTED', person: { district: { regionId: supervisor.regionId! } } } })).toBeGreaterThan(0);
    expect(await db.riskAssessment.count({ where: { status: 'DRAFT', assessorId: officer.id, person: { officerId: officer.id } } })).toBeGreaterThan(0);
    const ending = await db.person.count({
      where: {
        officerId: officer.id,
        riskAssessments: { none: {} },
        orders: { some: { status: 'ACTIVE', lifelong: false, endDate: { lte: addCalendarDays(kzToday(NOW), 90) } } },
      },
    });
    expect(ending).toBeGreaterThan(0);
  });
});
