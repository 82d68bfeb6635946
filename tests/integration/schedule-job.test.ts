import { beforeAll, describe, expect, it, inject } from 'vitest';
import { parseCrontab, runOnce } from 'graphile-worker';
import { buildWorld, db, type TWorld } from '../helpers/world';
import { rollAllSchedules, rollSchedules } from '@/lib/checkins/schedule';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { CRONTAB, taskList } from '@/lib/jobs/tasks';
import { JOB_NAMES, QUEUED_ONLY_JOBS } from '@/lib/jobs/names';
import { createPerson } from '@/prisma/seed/factories';

let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

async function personReporting(timesPerMonth: number, options: { officerId?: string } = {}) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: options.officerId ?? world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2022, 0, 1)),
    restrictions: [{ type: 'REPORTING', timesPerMonth }],
  });
  return { person, order: order! };
}

const slotsOf = async (personId: string) =>
  (
    await db.checkIn.findMany({
      where: { personId, outcome: 'SCHEDULED' },
      orderBy: { scheduledAt: 'asc' },
      select: { scheduledAt: true, slotKey: true, officerId: true },
    })
  ).map((c) => ({ at: c.scheduledAt!.toISOString(), slotKey: c.slotKey, officerId: c.officerId }));

describe('the reporting schedule job', () => {
  it('produces, for a hand-built case, the schedule a per-person roll produces (and the dates the rule gives)', async () => {
    const now = new Date('2026-12-01T06:00:00Z');
    // An officer of their own: their free slots hold only these two persons' check-ins.
    const officer = await db.user.create({
      data: { email: `schedule-${Date.now()}@test.kz`, fullName: 'Schedule Officer', role: 'OFFICER', districtId: world.district.id },
    });
    const twice = await personReporting(2, { officerId: officer.id });
    const thrice = await personReporting(3, { officerId: officer.id });
    // Ends mid-window: slots after its end must not exist.
    await db.restriction.updateMany({ where: { orderId: thrice.order.id, type: 'REPORTING' }, data: { effectiveTo: new Date('2026-12-31') } });
    // An order that ended, with slots left from when it was active: the job removes them.
    const ended = await personReporting(1);
    await db.$transaction((tx) => rollSchedules({ tx, personIds: [ended.person.id], now }));
    expect((await slotsOf(ended.person.id)).length).toBeGreaterThan(0);
    await db.supervisionOrder.update({ where: { id: ended.order.id }, data: { status: 'EXPIRED' } });

    // Tiny batches (batching must not change the result), over this test's own district: the whole
    // shared test database in batches of two took over a minute on a loaded machine.
    const own = { districtId: world.district.id };
    const totals = await rollAllSchedules({ db, now, batchSize: 2, where: own });
    expect(totals.persons).toBeGreaterThanOrEqual(3);

    // The dates the rule gives (days spread evenly) over the 60-day window, each in the officer's
    // first free slot (default hours: 09:00 in Kazakhstan); a weekend day moves to the Monday.
    expect((await slotsOf(twice.person.id)).map((s) => s.at)).toEqual([
      '2026-12-08T04:00:00.000Z',
      '2026-12-24T04:00:00.000Z',
      '2027-01-08T04:00:00.000Z',
      '2027-01-25T04:00:00.000Z',
    ]);
    expect((await slotsOf(thrice.person.id)).map((s) => s.at)).toEqual(['2026-12-07T04:00:00.000Z', '2026-12-16T04:00:00.000Z', '2026-12-28T04:00:00.000Z']);
    expect(await slotsOf(ended.person.id)).toEqual([]);
    expect((await slotsOf(twice.person.id)).every((s) => s.officerId === officer.id)).toBe(true);

    // The same as what the write path (one person at a time) makes: delete, roll per person, compare.
    const byJob = { twice: await slotsOf(twice.person.id), thrice: await slotsOf(thrice.person.id) };
    await db.checkIn.deleteMany({ where: { personId: { in: [twice.person.id, thrice.person.id] } } });
    for (const p of [twice, thrice]) await db.$transaction((tx) => rollSchedules({ tx, personIds: [p.person.id], now }));
    expect({ twice: await slotsOf(twice.person.id), thrice: await slotsOf(thrice.person.id) }).toEqual(byJob);
    // And a second run changes nothing.
    const again = await rollAllSchedules({ db, now, where: own });
    expect({ added: again.added, removed: again.removed }).toEqual({ added: 0, removed: 0 });
  });

  it('runs through the job runner: a job enqueued in a transaction is done by the worker', async () => {
    const { person } = await personReporting(4);
    expect(await slotsOf(person.id)).toEqual([]);
    await db.$transaction((tx) => enqueueJob(tx, 'schedule:roll', { personIds: [person.id] }));
    await runOnce({ connectionString: inject('databaseUrl'), taskList, noPreparedStatements: inject('databaseKind') === 'embedded' });
    expect((await slotsOf(person.id)).length).toBeGreaterThanOrEqual(8);
    const [left] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'schedule:roll'`;
    expect(Number(left.n)).toBe(0);
  });

  it('has a valid crontab naming only known jobs, and a task for every job', () => {
    const items = parseCrontab(CRONTAB);
    expect([...new Set(items.map((i) => i.task))].sort()).toEqual(JOB_NAMES.filter((name) => !QUEUED_ONLY_JOBS.includes(name)).sort());
    // The verifier runs twice: new links hourly, the whole chain nightly.
    expect(items.filter((i) => i.task === 'audit:verify').map((i) => i.payload)).toEqual([{ full: false }, { full: true }]);
    expect(Object.keys(taskList).sort()).toEqual([...JOB_NAMES].sort());
  });
});
