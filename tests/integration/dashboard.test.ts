import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { getDashboard } from '@/lib/oversight/figures';
import { personFilterSql, personFilterWhere, ZDashboardFilter } from '@/lib/oversight/filters';
import { findCheckInList, findViolationList, ZCheckInList, ZViolationList } from '@/lib/oversight/lists';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { findExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { findPetitions, ZPetitionQuery } from '@/lib/petitions/find-petitions';
import { createPerson } from '@/prisma/seed/factories';
import { registrySearchWhere } from '@/lib/registry/find-registry-entries';
import type { TActor } from '@/lib/auth/actor';
import { rebuildDashboardRollups } from '@/lib/oversight/rollups';
import { reassignPersonsAction } from '@/lib/caseload/actions';
import { actAs } from '../helpers/world';

// A hand-built region whose every figure is known (see the comments by each person).
const NOW = new Date('2026-06-15T06:00:00Z');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Kazakhstan

let world: TWorld;
let supervisor: TActor;
let p: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'far', string>;
let previousTarget: string | undefined;
const filter = ZDashboardFilter.parse({ from: '2026-01', to: '2026-06' });

async function person(opts: {
  district: 'd1' | 'd2' | 'far';
  officer: 'officer' | 'officer2' | null;
  start: string;
  end: string | null;
  status?: 'ACTIVE' | 'EXPIRED';
  withheld?: boolean;
}) {
  const districtId = opts.district === 'd1' ? world.district.id : opts.district === 'd2' ? world.district2.id : world.farDistrict.id;
  const { person, order } = await createPerson(db, {
    districtId,
    createdById: world.users.police.id,
    officerId: opts.officer ? world.users[opts.officer].id : null,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: d(opts.start),
    order: opts.end ? { endDate: d(opts.end) } : { lifelong: true },
    restrictions: [],
  });
  if (opts.status) await db.supervisionOrder.update({ where: { id: order!.id }, data: { status: opts.status } });
  if (opts.withheld) await db.person.update({ where: { id: person.id }, data: { registryWithheld: true } });
  return { personId: person.id, orderId: order!.id };
}

async function checkIn(personId: string, when: string, outcome: 'ATTENDED' | 'MISSED' | 'EXCUSED', source: 'SCHEDULE' | 'UNSCHEDULED' = 'SCHEDULE') {
  await db.checkIn.create({
    data: { personId, scheduledAt: source === 'UNSCHEDULED' ? null : at(when), actualAt: at(when), channel: 'STATION', outcome, source },
  });
}

async function violation(personId: string, when: string, type: 'MISSED_REPORTING' | 'CURFEW_BREACH', status: 'RECORDED' | 'ADMIN_PROTOCOL') {
  await db.violation.create({ data: { personId, occurredAt: at(when), type, status, description: 'fixture', recordedById: world.users.officer.id } });
}

async function petition(who: { personId: string; orderId: string }, status: 'GRANTED' | 'DENIED' | 'WITHDRAWN', created: string, decided?: string) {
  const e = await db.extensionPetition.create({
    data: {
      personId: who.personId,
      orderId: who.orderId,
      courtId: world.court.id,
      status,
      drafterId: world.users.police.id,
      grounds: 'fixture',
      requestedLifelong: true,
      createdAt: at(created),
    },
  });
  if (decided) {
    await db.courtDecision.create({
      data: {
        petitionId: e.id,
        clerkId: world.users.clerk.id,
        outcome: status === 'GRANTED' ? 'GRANTED_LIFELONG' : 'DENIED',
        decisionNumber: `D-${e.id}`,
        decisionDate: d(decided),
      },
    });
  }
}

beforeAll(async () => {
  world = await buildWorld();
  await db.person.delete({ where: { id: world.person.id } });
  supervisor = await actorOf(world.users.supervisor);
  // P1: d1, officer; ends 2026-07-01 (16 days: in every expiry window); check-ins in March and April; two violations.
  const p1 = await person({ district: 'd1', officer: 'officer', start: '2020-01-10', end: '2026-07-01' });
  await checkIn(p1.personId, '2026-03-05', 'ATTENDED');
  await checkIn(p1.personId, '2026-03-20', 'MISSED');
  await checkIn(p1.personId, '2026-04-05', 'EXCUSED');
  await checkIn(p1.personId, '2026-04-20', 'ATTENDED');
  await checkIn(p1.personId, '2026-04-10', 'ATTENDED', 'UNSCHEDULED'); // an extra contact, not a due check-in
  await violation(p1.personId, '2026-03-21', 'MISSED_REPORTING', 'ADMIN_PROTOCOL');
  await violation(p1.personId, '2026-05-02', 'CURFEW_BREACH', 'RECORDED');
  // P2: d1, officer; lifelong since 2019; granted petition decided in 30 days.
  const p2 = await person({ district: 'd1', officer: 'officer', start: '2019-05-01', end: null });
  await checkIn(p2.personId, '2026-05-10', 'ATTENDED');
  await petition(p2, 'GRANTED', '2026-02-01', '2026-03-03');
  // P3: d2, officer2; ends 2026-11-01 (139 days: only in the 180-day window); missed in June.
  const p3 = await person({ district: 'd2', officer: 'officer2', start: '2024-02-01', end: '2026-11-01' });
  await checkIn(p3.personId, '2026-06-01', 'MISSED');
  // P4: d2, unassigned; order expired at the end of 2025: in the registry's past, not under supervision.
  const p4 = await person({ district: 'd2', officer: null, start: '2017-12-31', end: '2025-12-31', status: 'EXPIRED' });
  // P5: d1, officer; since January 2026, withheld from the registry; denied in 50 days, and a withdrawn petition.
  const p5 = await person({ district: 'd1', officer: 'officer', start: '2026-01-15', end: '2034-01-15', withheld: true });
  await petition(p5, 'DENIED', '2026-03-01', '2026-04-20');
  await petition(p5, 'WITHDRAWN', '2026-05-01');
  // Another region: never counted.
  const far = await person({ district: 'far', officer: null, start: '2021-01-01', end: '2026-06-20' });
  await checkIn(far.personId, '2026-03-05', 'MISSED');
  await violation(far.personId, '2026-03-06', 'MISSED_REPORTING', 'RECORDED');
  p = { p1: p1.personId, p2: p2.personId, p3: p3.personId, p4: p4.personId, p5: p5.personId, far: far.personId };
  previousTarget = (await db.setting.findUnique({ where: { key: 'caseload.targetPerOfficer' } }))?.value;
  await db.setting.upsert({ where: { key: 'caseload.targetPerOfficer' }, create: { key: 'caseload.targetPerOfficer', value: '2' }, update: { value: '2' } });
  // As the job would after these writes: January to May from the roll-ups, June counted live.
  await rebuildDashboardRollups({ db, now: NOW });
});

afterAll(async () => {
  if (previousTarget) await db.setting.update({ where: { key: 'caseload.targetPerOfficer' }, data: { value: previousTarget } });
});

describe('supervisor dashboard figures', () => {
  it('match the hand-built region', async () => {
    const dash = await getDashboard({ db, actor: supervisor, filter, now: NOW });
    expect(dash.totals).toEqual({ persons: 4, lifelong: 1 });
    expect(dash.checkIns.map((m) => [m.month, m.due, m.attended, m.missed, m.excused])).toEqual([
      ['2026-01', 0, 0, 0, 0],
      ['2026-02', 0, 0, 0, 0],
      ['2026-03', 2, 1, 1, 0],
      ['2026-04', 1, 1, 0, 1],
      ['2026-05', 1, 1, 0, 0],
      ['2026-06', 1, 0, 1, 0],
    ]);
    expect(dash.checkIns.find((m) => m.month === '2026-03')?.rate).toBe(0.5);
    expect(dash.checkIns.find((m) => m.month === '2026-01')?.rate).toBeNull();
    const march = dash.violations.find((m) => m.month === '2026-03')!;
    expect(march.byType.MISSED_REPORTING).toBe(1);
    expect(march.byStatus).toEqual({ RECORDED: 0, ADMIN_PROTOCOL: 1, CRIMINAL_REFERRAL: 0, DISMISSED: 0 });
    expect(dash.violations.find((m) => m.month === '2026-05')!.byType.CURFEW_BREACH).toBe(1);
    expect(dash.violations.reduce((n, m) => n + m.total, 0)).toBe(2);
    expect(Object.fromEntries(dash.petitions.byStatus.map((s) => [s.status, s.count]))).toEqual({
      DRAFT: 0,
      ENDORSED: 0,
      FILED: 0,
      HEARING_SET: 0,
      GRANTED: 1,
      DENIED: 1,
      WITHDRAWN: 1,
    });
    expect(dash.petitions).toMatchObject({ medianDaysToDecision: 40, decided: 2 });
    expect(dash.ending).toEqual([
      { within: 30, count: 1 },
      { within: 90, count: 1 },
      { within: 180, count: 2 },
    ]);
    expect(dash.caseloads.target).toBe(2);
    expect(dash.caseloads.officers.map((o) => [o.id, o.persons, o.over])).toEqual([
      [world.users.officer.id, 3, true],
      [world.users.officer2.id, 1, false],
    ]);
    expect(dash.caseloads.unassigned).toBe(0);
    expect(dash.registry.map((y) => [y.year, y.listed])).toEqual([
      [2017, 1],
      [2018, 1],
      [2019, 2],
      [2020, 3],
      [2021, 3],
      [2022, 3],
      [2023, 3],
      [2024, 4],
      [2025, 4],
      [2026, 3],
    ]);
  });

  it('narrow to one district and one officer', async () => {
    const d2 = await getDashboard({ db, actor: supervisor, filter: { ...filter, districtId: world.district2.id }, now: NOW });
    expect(d2.totals).toEqual({ persons: 1, lifelong: 0 });
    expect(d2.checkIns.map((m) => m.due)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(d2.ending.map((e) => e.count)).toEqual([0, 0, 1]);
    expect(d2.caseloads.officers.map((o) => [o.id, o.persons])).toEqual([[world.users.officer2.id, 1]]);
    expect(d2.registry.find((y) => y.year === 2025)?.listed).toBe(2);
    const officer = await getDashboard({ db, actor: supervisor, filter: { ...filter, officerId: world.users.officer.id }, now: NOW });
    expect(officer.totals).toEqual({ persons: 3, lifelong: 1 });
    expect(officer.petitions.decided).toBe(2);
  });

  it('count nobody for a supervisor of another region or any other role', async () => {
    const other = await getDashboard({ db, actor: await actorOf(world.users.supervisor2), filter, now: NOW });
    expect(other.totals.persons).toBe(1); // only the far person
    expect(other.violations.reduce((n, m) => n + m.total, 0)).toBe(1);
    const police = await getDashboard({ db, actor: await actorOf(world.users.police), filter, now: NOW });
    expect(police.totals.persons).toBe(0);
  });

  it('agree with the lists they link to', async () => {
    for (const f of [filter, { ...filter, districtId: world.district2.id }, { ...filter, officerId: world.users.officer.id }]) {
      const dash = await getDashboard({ db, actor: supervisor, filter: f, now: NOW });
      const caseload = await findCaseload({
        db,
        actor: supervisor,
        query: ZCaseloadQuery.parse({ districtId: f.districtId, officerId: f.officerId }),
        now: NOW,
      });
      expect(caseload.total).toBe(dash.totals.persons);
      const lifelong = await findCaseload({
        db,
        actor: supervisor,
        query: ZCaseloadQuery.parse({ districtId: f.districtId, officerId: f.officerId, lifelong: '1' }),
        now: NOW,
      });
      expect(lifelong.total).toBe(dash.totals.lifelong);
      for (const o of dash.caseloads.officers) {
        expect(
          (await findCaseload({ db, actor: supervisor, query: ZCaseloadQuery.parse({ officerId: o.id, districtId: f.districtId }), now: NOW })).total,
        ).toBe(o.persons);
      }
      for (const s of dash.petitions.byStatus) {
        expect(
          (await findPetitions({ db, actor: supervisor, query: ZPetitionQuery.parse({ status: s.status, districtId: f.districtId, officerId: f.officerId }) }))
            .total,
        ).toBe(s.count);
      }
      for (const m of dash.checkIns) {
        for (const [outcome, figure] of [
          ['DUE', m.due],
          ['ATTENDED', m.attended],
          ['MISSED', m.missed],
          ['EXCUSED', m.excused],
        ] as const) {
          const list = await findCheckInList({
            db,
            actor: supervisor,
            query: ZCheckInList.parse({ month: m.month, outcome, districtId: f.districtId, officerId: f.officerId }),
            now: NOW,
          });
          expect(list.total, `${m.month} ${outcome}`).toBe(figure);
        }
      }
      for (const m of dash.violations) {
        for (const [type, figure] of Object.entries(m.byType)) {
          expect(
            (
              await findViolationList({
                db,
                actor: supervisor,
                query: ZViolationList.parse({ month: m.month, type, districtId: f.districtId, officerId: f.officerId }),
              })
            ).total,
          ).toBe(figure);
        }
      }
    }
  });

  it('count this year what the public registry lists today', async () => {
    for (const f of [filter, { ...filter, districtId: world.district2.id }]) {
      const dash = await getDashboard({ db, actor: supervisor, filter: f, now: NOW });
      const listed = await db.person.count({
        where: { AND: [registrySearchWhere({ q: undefined, region: world.region.code }, NOW), personFilterWhere(supervisor, f)] },
      });
      expect(dash.registry.at(-1)).toEqual({ year: 2026, listed });
    }
  });

  it('agree with the expiry worklist, with and without filters', async () => {
    for (const f of [filter, { ...filter, districtId: world.district2.id }, { ...filter, officerId: world.users.officer.id }]) {
      const dash = await getDashboard({ db, actor: supervisor, filter: f, now: NOW });
      for (const e of dash.ending) {
        expect(
          (await findExpiringOrders({ db, actor: supervisor, within: e.within, page: 1, districtId: f.districtId, officerId: f.officerId, now: NOW })).total,
        ).toBe(e.count);
      }
    }
  });

  it('select the same persons in SQL as in the Prisma filter', async () => {
    for (const f of [filter, { ...filter, districtId: world.district.id }, { ...filter, officerId: world.users.officer2.id }]) {
      const viaPrisma = (await db.person.findMany({ where: personFilterWhere(supervisor, f), select: { id: true } })).map((r) => r.id).sort();
      const viaSql = (await db.$queryRaw<{ id: string }[]>`SELECT p.id FROM "Person" p WHERE ${personFilterSql(supervisor, f)}`).map((r) => r.id).sort();
      expect(viaSql).toEqual(viaPrisma);
      expect(viaSql.length).toBeGreaterThan(0);
    }
    expect(Object.values(p)).toHaveLength(6);
  });

  it('read past months from the roll-ups, which agree with counting live', async () => {
    const fromRollups = await getDashboard({ db, actor: supervisor, filter, now: NOW });
    const state = await db.dashboardRollup.findUniqueOrThrow({ where: { id: 1 } });
    expect(state.through.toISOString().slice(0, 10)).toBe('2026-06-01');
    await db.dashboardRollup.delete({ where: { id: 1 } }); // no roll-ups: every month live
    const live = await getDashboard({ db, actor: supervisor, filter, now: NOW });
    expect({ checkIns: fromRollups.checkIns, violations: fromRollups.violations }).toEqual({ checkIns: live.checkIns, violations: live.violations });
    await rebuildDashboardRollups({ db, now: NOW });
    // The roll-up really is what the past months read: a check-in slipped in unannounced is not
    // seen there until the next rebuild.
    const slipped = await db.checkIn.create({
      data: { personId: p.p1, scheduledAt: at('2026-03-25'), actualAt: at('2026-03-25'), channel: 'STATION', outcome: 'ATTENDED', source: 'SCHEDULE' },
    });
    expect((await getDashboard({ db, actor: supervisor, filter, now: NOW })).checkIns.find((m) => m.month === '2026-03')?.due).toBe(2);
    await rebuildDashboardRollups({ db, now: NOW });
    expect((await getDashboard({ db, actor: supervisor, filter, now: NOW })).checkIns.find((m) => m.month === '2026-03')?.due).toBe(3);
    await db.checkIn.delete({ where: { id: slipped.id } });
    await rebuildDashboardRollups({ db, now: NOW });
  });

  it('follow a reassignment: it notes a change, the job rebuilds, and history counts under the new officer', async () => {
    const officer2 = { ...filter, officerId: world.users.officer2.id };
    const march = (dash: Awaited<ReturnType<typeof getDashboard>>) => dash.checkIns.find((m) => m.month === '2026-03')?.due;
    expect(march(await getDashboard({ db, actor: supervisor, filter: officer2, now: NOW }))).toBe(0);
    await actAs(world.users.supervisor);
    const p1 = await db.person.findUniqueOrThrow({ where: { id: p.p1 } });
    expect(
      await reassignPersonsAction({ persons: [{ id: p1.id, version: p1.version }], toOfficerId: world.users.officer2.id, reason: 'Officer on long leave' }),
    ).toMatchObject({ ok: true });
    expect(await db.dashboardRollupChange.count()).toBeGreaterThan(0); // the reassignment left a note
    expect(march(await getDashboard({ db, actor: supervisor, filter: officer2, now: NOW }))).toBe(0); // the roll-up still holds March as it was
    expect(await rebuildDashboardRollups({ db, now: NOW, onlyIfChanged: true })).not.toBeNull(); // what the minute job does
    expect(await db.dashboardRollupChange.count()).toBe(0); // notes taken into account are cleared
    expect(await rebuildDashboardRollups({ db, now: NOW, onlyIfChanged: true })).toBeNull(); // and with none, the job does nothing
    expect(march(await getDashboard({ db, actor: supervisor, filter: officer2, now: NOW }))).toBe(2); // P1's March check-ins moved with P1
    // Put P1 back for any later test.
    const moved = await db.person.findUniqueOrThrow({ where: { id: p.p1 } });
    expect(
      await reassignPersonsAction({
        persons: [{ id: moved.id, version: moved.version }],
        toOfficerId: world.users.officer.id,
        reason: 'Officer is back at work',
      }),
    ).toMatchObject({ ok: true });
    await rebuildDashboardRollups({ db, now: NOW });
  });
});
