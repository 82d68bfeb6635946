import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { connect } from '@/prisma/tools/connect';
import { prepareDatabase } from '@/prisma/tools/prepare-database';
import { seedDemo } from '@/prisma/seed/demo-seed';
import { kzStartOfDay, kzToday, addCalendarDays } from '@/lib/time/today';
import { scratchDatabase } from '../helpers/scratch-db';

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
