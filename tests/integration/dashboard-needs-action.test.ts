import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { getDashboard } from '@/lib/oversight/figures';
import { ZDashboardFilter } from '@/lib/oversight/filters';
import { needsActionNow } from '@/lib/oversight/needs-action';
import { findCheckInList, ZCheckInList } from '@/lib/oversight/lists';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { createPerson } from '@/prisma/seed/factories';
import type { TActor } from '@/lib/auth/actor';
import { kzStartOfToday } from '@/lib/time/today';
import { rebuildDashboardRollups } from '@/lib/oversight/rollups';

// The dashboard's "needs action now" row and its default period, on a region of its own whose
// every figure is known (comments by each person). Each figure also equals the list it links to.
const NOW = new Date('2026-06-15T06:00:00Z'); // 11:00 on 15 June in Kazakhstan
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Kazakhstan

let world: TWorld;
let supervisor: TActor;
const none = ZDashboardFilter.parse({});

async function person(district: 'd1' | 'd2' | 'far', end: string | null) {
  const districtId = district === 'd1' ? world.district.id : district === 'd2' ? world.district2.id : world.farDistrict.id;
  const { person } = await createPerson(db, {
    districtId,
    createdById: world.users.police.id,
    officerId: district === 'd1' ? world.users.officer.id : district === 'd2' ? world.users.officer2.id : null,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: d('2022-01-10'),
    order: end ? { endDate: d(end) } : { lifelong: true },
    restrictions: [],
  });
  return person.id;
}

const checkIn = (personId: string, when: Date, outcome: 'SCHEDULED' | 'ATTENDED' | 'MISSED') =>
  db.checkIn.create({
    data: { personId, scheduledAt: when, actualAt: outcome === 'SCHEDULED' ? null : when, channel: 'STATION', outcome, source: 'SCHEDULE' },
  });

beforeAll(async () => {
  world = await buildWorld();
  await db.person.delete({ where: { id: world.person.id } });
  supervisor = await actorOf(world.users.supervisor);
  // A (d1): two overdue check-ins (yesterday, and 1 June), one later today and one tomorrow (not
  // overdue); an open violation: in breach. Ends in 20 days: ending within 30 without a petition.
  const a = await person('d1', '2026-07-05');
  await checkIn(a, at('2026-06-14'), 'SCHEDULED');
  await checkIn(a, at('2026-06-01'), 'SCHEDULED');
  await checkIn(a, new Date('2026-06-15T10:00:00Z'), 'SCHEDULED');
  await checkIn(a, at('2026-06-16'), 'SCHEDULED');
  await db.violation.create({
    data: {
      personId: a,
      occurredAt: at('2026-03-03'),
      type: 'CURFEW_BREACH',
      status: 'RECORDED',
      description: 'fixture',
      recordedById: world.users.officer.id,
    },
  });
  // B (d2): missed a check-in 10 days ago: in breach; one overdue check-in. Lifelong.
  const b = await person('d2', null);
  await checkIn(b, at('2026-06-05'), 'MISSED');
  await checkIn(b, at('2026-06-10'), 'SCHEDULED');
  // C (d1): attended in April, missed 60 days ago (at risk, not in breach), a dealt-with violation.
  const c = await person('d1', '2030-01-01');
  await checkIn(c, at('2026-04-10'), 'ATTENDED');
  await checkIn(c, at('2026-04-16'), 'MISSED');
  await db.violation.create({
    data: {
      personId: c,
      occurredAt: at('2026-04-17'),
      type: 'MISSED_REPORTING',
      status: 'DISMISSED',
      description: 'fixture',
      recordedById: world.users.officer.id,
    },
  });
  // Another region: overdue and in breach, never counted here.
  const far = await person('far', '2026-06-30');
  await checkIn(far, at('2026-06-01'), 'SCHEDULED');
  await checkIn(far, at('2026-06-02'), 'MISSED');
  // As the job would after these writes (the months before June are then read from the roll-ups).
  await rebuildDashboardRollups({ db, now: NOW });
});

describe('needs action now', () => {
  it('counts overdue check-ins, persons in breach and orders ending within 30 days without a petition', async () => {
    const needs = await needsActionNow({ db, actor: supervisor, filter: none, now: NOW });
    expect(needs).toEqual({ overdueCheckIns: 3, inBreach: 2 });
    const dash = await getDashboard({ db, actor: supervisor, filter: none, now: NOW });
    expect(dash.needsAction).toEqual({ overdueCheckIns: 3, inBreach: 2, ending: { within: 30, count: 1 } });
  });

  it('narrows by district and officer like the rest of the dashboard', async () => {
    const d2 = ZDashboardFilter.parse({ districtId: world.district2.id });
    expect(await needsActionNow({ db, actor: supervisor, filter: d2, now: NOW })).toEqual({ overdueCheckIns: 1, inBreach: 1 });
    const officer = ZDashboardFilter.parse({ officerId: world.users.officer.id });
    expect(await needsActionNow({ db, actor: supervisor, filter: officer, now: NOW })).toEqual({ overdueCheckIns: 2, inBreach: 1 });
  });

  it('equal the lists they link to', async () => {
    for (const scope of [{}, { districtId: world.district2.id }, { officerId: world.users.officer.id }]) {
      const filter = ZDashboardFilter.parse(scope);
      const needs = await needsActionNow({ db, actor: supervisor, filter, now: NOW });
      const overdue = await findCheckInList({ db, actor: supervisor, query: ZCheckInList.parse({ ...scope, outcome: 'OVERDUE' }), now: NOW });
      expect(overdue.total).toBe(needs.overdueCheckIns);
      expect(overdue.rows.every((r) => r.outcome === 'SCHEDULED' && r.scheduledAt! < kzStartOfToday(NOW))).toBe(true);
      const caseload = await findCaseload({ db, actor: supervisor, query: ZCaseloadQuery.parse({ ...scope, status: 'IN_BREACH' }), now: NOW });
      expect(caseload.rows.length).toBe(needs.inBreach);
    }
  });

  it('count nobody for a supervisor of another region', async () => {
    const other = await actorOf(world.users.supervisor2);
    expect(await needsActionNow({ db, actor: other, filter: none, now: NOW })).toEqual({ overdueCheckIns: 1, inBreach: 1 });
    const police = await actorOf(world.users.police);
    expect(await needsActionNow({ db, actor: police, filter: none, now: NOW })).toEqual({ overdueCheckIns: 0, inBreach: 0 });
  });
});

describe('default period', () => {
  it('is the months with data up to the latest, not the twelve-month look-back', async () => {
    const dash = await getDashboard({ db, actor: supervisor, filter: none, now: NOW });
    // Data: the March violation, April check-ins, June check-ins (May has none but lies between).
    expect(dash.defaultPeriod).toBe(true);
    expect(dash.checkIns.map((m) => m.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
    expect(dash.violations.map((m) => m.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
    expect(dash.range).toEqual({ start: d('2026-03-01'), end: d('2026-07-01') });
  });

  it('keeps a chosen period whole, empty months included', async () => {
    const dash = await getDashboard({ db, actor: supervisor, filter: ZDashboardFilter.parse({ from: '2025-07', to: '2026-06' }), now: NOW });
    expect(dash.defaultPeriod).toBe(false);
    expect(dash.checkIns).toHaveLength(12);
  });
});
