import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { createPerson } from '@/prisma/seed/factories';
import { activeStatic99r, createRiskAssessment } from '@/prisma/seed/risk';
import { findRiskAssessments, findRiskHistory, getRiskFigures, ZRiskListQuery } from '@/lib/risk/oversight';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { findExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { kzToday } from '@/lib/time/today';
import { GET as riskCsv } from '@/app/(app)/risk/export/route';
import { GET as caseloadCsv } from '@/app/(app)/caseload/export/route';
import { GET as expiringCsv } from '@/app/(app)/expiring/export/route';

// Risk oversight (docs/decisions/029-risk-oversight.md): the person's history, band filter and
// sort of the caseload and the expiry worklist, the dashboard's figures and the CSV export, all
// on a world of its own (a region nobody else uses), so no count depends on demo data.

let world: TWorld;
const p: Record<'high' | 'low' | 'none' | 'far', { id: string; iin: string }> = {} as never;
const a: Record<string, string> = {};
let high: { code: string; rank: number };
let low: { code: string; rank: number };

const request = (path: string) => new Request(`http://localhost${path}`);
const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('utf8');
const NO_FILTER = { districtId: undefined, officerId: undefined };
const caseloadQuery = (q: Record<string, string>) => ZCaseloadQuery.parse(q);

beforeAll(async () => {
  world = await buildWorld();
  const { definition } = await activeStatic99r(db);
  // Highest- and lowest-scoring answers per item: the two ends of the instrument's bands.
  const pick = (best: boolean) => (itemCode: string) => {
    const answers = [...definition.items.find((i) => i.code === itemCode)!.answers].sort((x, y) => x.points - y.points);
    return (best ? answers[answers.length - 1] : answers[0]).code;
  };
  const sorted = [...definition.bands].sort((x, y) => x.rank - y.rank);
  high = sorted[sorted.length - 1];
  low = sorted[0];
  const soon = addDays(kzToday(), 30);
  const make = async (key: keyof typeof p, lastName: string, districtId = world.district.id, officerId = world.users.officer.id) => {
    const { person } = await createPerson(db, {
      districtId,
      createdById: world.users.police.id,
      officerId,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
      identity: { lastName },
      order: { endDate: soon },
      restrictions: [],
    });
    p[key] = { id: person.id, iin: person.iin };
  };
  await make('high', 'Riskhigh');
  await make('low', 'Risklow');
  await make('none', 'Risknone');
  await make('far', 'Riskfar', world.district2.id, world.users.officer2.id);
  // The world's own person is not assessed and ends far away: keep its order out of the worklist.
  await db.supervisionOrder.updateMany({ where: { personId: world.person.id }, data: { lifelong: true, endDate: null } });

  const assess = (personId: string, best: boolean, opts: { status?: 'COUNTERSIGNED' | 'DRAFT' | 'SUBMITTED'; at?: Date; officer?: string } = {}) =>
    createRiskAssessment(db, {
      personId,
      assessorId: opts.officer ?? world.users.officer.id,
      countersignerId: world.users.supervisor.id,
      status: opts.status ?? 'COUNTERSIGNED',
      choose: pick(best),
      countersignedAt: opts.at,
    });
  // "high": low band a year and a half ago, then high band half a year ago, then a draft.
  a.first = (await assess(p.high.id, false, { at: new Date('2025-05-10T06:00:00Z') })).id;
  a.second = (await assess(p.high.id, true, { at: new Date('2026-05-10T06:00:00Z') })).id;
  a.draft = (await assess(p.high.id, true, { status: 'DRAFT' })).id;
  a.low = (await assess(p.low.id, false, { at: new Date('2026-06-01T06:00:00Z') })).id;
  a.submitted = (await assess(p.none.id, true, { status: 'SUBMITTED' })).id;
  a.far = (await assess(p.far.id, true, { at: new Date('2026-06-01T06:00:00Z'), officer: world.users.officer2.id })).id;

  // Dues of our own making: "high" overdue, "low" due later, "none" overdue but satisfied.
  const mine = Object.values(p).map((x) => x.id);
  await db.riskReassessmentDue.deleteMany({ where: { personId: { in: mine } } });
  const today = kzToday();
  await db.riskReassessmentDue.createMany({
    data: [
      { personId: p.high.id, reason: 'ANNUAL', sourceId: a.second, dueOn: addDays(today, -3) },
      { personId: p.low.id, reason: 'ANNUAL', sourceId: a.low, dueOn: addDays(today, 40) },
      { personId: p.none.id, reason: 'ANNUAL', sourceId: 'x', dueOn: addDays(today, -10), satisfiedAt: new Date(), satisfiedById: a.low },
    ],
  });
});

describe('risk history on the person page', () => {
  it('lists every assessment newest first and charts countersigned scores oldest first, marking the band change', async () => {
    expect(high.rank).toBeGreaterThan(low.rank);
    const officer = await actorOf(world.users.officer);
    const history = (await findRiskHistory({ db, actor: officer, personId: p.high.id, locale: 'ru' }))!;
    expect(history.assessments.map((x) => x.id)).toEqual([a.draft, a.second, a.first]);
    expect(history.points.map((x) => [x.id, x.bandCode, x.bandChanged])).toEqual([
      [a.first, low.code, false],
      [a.second, high.code, true],
    ]);
    expect(history.current?.id).toBe(a.second);
    // The label is the band's own, in the reader's language, from the version the assessment used.
    const { definition } = await activeStatic99r(db);
    expect(history.current?.bandLabel).toBe(definition.bands.find((b) => b.code === high.code)!.label.ru);
    const none = (await findRiskHistory({ db, actor: officer, personId: world.person.id, locale: 'en' }))!;
    expect(none.current).toBeNull();
    expect(none.points).toEqual([]);
  });

  it('is scoped and needs risk.read: another district officer, police and clerks get nothing', async () => {
    for (const user of [world.users.officer2, world.users.police, world.users.clerk, world.users.supervisor2]) {
      expect(await findRiskHistory({ db, actor: await actorOf(user), personId: p.high.id, locale: 'en' })).toBeNull();
    }
    expect(await findRiskHistory({ db, actor: await actorOf(world.users.supervisor), personId: p.high.id, locale: 'en' })).not.toBeNull();
  });
});

describe('the /risk list', () => {
  it('shows assessments in scope newest first, filtered by status, band and overdue', async () => {
    const officer = await actorOf(world.users.officer);
    const list = async (actor: typeof officer, q: Record<string, string> = {}) =>
      (await findRiskAssessments({ db, actor, query: ZRiskListQuery.parse(q), locale: 'en' })).rows.map((r) => r.id);
    expect(await list(officer)).toEqual([a.submitted, a.low, a.draft, a.second, a.first]);
    expect(await list(officer, { status: 'SUBMITTED' })).toEqual([a.submitted]);
    expect(await list(officer, { band: low.code, status: 'COUNTERSIGNED' })).toEqual([a.low, a.first]);
    expect(await list(officer, { overdue: '1' })).toEqual([a.draft, a.second, a.first]);
    const supervisor = await actorOf(world.users.supervisor);
    expect(await list(supervisor)).toContain(a.far);
    expect(await list(supervisor, { districtId: world.district2.id })).toEqual([a.far]);
    expect(await list(await actorOf(world.users.supervisor2))).toEqual([]);
    expect(await list(await actorOf(world.users.police))).toEqual([]);
  });
});

describe('caseload and expiry worklist by band', () => {
  it('caseload filters by band or "not assessed" and sorts by band, highest first, not assessed last, within scope', async () => {
    const officer = await actorOf(world.users.officer);
    const ids = async (q: Record<string, string>) => (await findCaseload({ db, actor: officer, query: caseloadQuery(q) })).rows.map((r) => r.id);
    expect(await ids({ band: high.code })).toEqual([p.high.id]);
    expect(await ids({ band: low.code })).toEqual([p.low.id]);
    expect((await ids({ band: 'none' })).sort()).toEqual([p.none.id, world.person.id].sort());
    const sorted = (await findCaseload({ db, actor: officer, query: caseloadQuery({ sort: 'band' }) })).rows;
    expect(sorted.slice(0, 2).map((r) => r.id)).toEqual([p.high.id, p.low.id]);
    expect(sorted.slice(2).every((r) => r.risk.bandCode === null)).toBe(true);
    expect(sorted.map((r) => r.id)).not.toContain(p.far.id);
    const officer2 = await actorOf(world.users.officer2);
    expect((await findCaseload({ db, actor: officer2, query: caseloadQuery({ band: high.code }) })).rows.map((r) => r.id)).toEqual([p.far.id]);
  });

  it('the worklist shows police the band, filters by it and sorts by it with not assessed last, within scope', async () => {
    const police = await actorOf(world.users.police);
    const list = (opts: { band?: string; sort?: 'band' }) => findExpiringOrders({ db, actor: police, within: 180, page: 1, ...opts });
    const sorted = (await list({ sort: 'band' })).rows;
    expect(sorted.map((r) => r.person.id)).toEqual([p.high.id, p.low.id, p.none.id]);
    expect(sorted.map((r) => r.person.riskBandCode)).toEqual([high.code, low.code, null]);
    expect((await list({ band: low.code })).rows.map((r) => r.person.id)).toEqual([p.low.id]);
    expect((await list({ band: 'none' })).rows.map((r) => r.person.id)).toEqual([p.none.id]);
    const farPolice = await actorOf(world.users.police2);
    expect((await findExpiringOrders({ db, actor: farPolice, within: 180, page: 1, band: high.code })).total).toBe(0);
  });
});

describe('caseload and worklist exports by band', () => {
  it('carry the band column and follow the band filter', async () => {
    await actAs(world.users.officer);
    const caseload = (await text(await caseloadCsv(request(`/caseload/export?band=${high.code}`)))).trim().split('\r\n');
    expect(caseload[0].endsWith(',Band')).toBe(true);
    expect(caseload).toHaveLength(2);
    expect(caseload[1]).toContain(p.high.iin);
    expect(caseload[1].endsWith(`,${high.code}`)).toBe(true);
    await actAs(world.users.police);
    const worklist = (await text(await expiringCsv(request('/expiring/export?band=none')))).trim().split('\r\n');
    expect(worklist[0].endsWith(',Band')).toBe(true);
    expect(worklist.slice(1).map((line) => line.includes(p.none.iin))).toEqual([true]);
  });
});

describe('dashboard risk figures', () => {
  it('counts current bands, not assessed, overdue reassessments and assessments awaiting countersignature in scope and filters', async () => {
    const supervisor = await actorOf(world.users.supervisor);
    const all = await getRiskFigures({ db, actor: supervisor, filter: NO_FILTER });
    expect(Object.fromEntries(all.byBand)).toEqual(high.code === low.code ? {} : { [high.code]: 2, [low.code]: 1 });
    expect(all.notAssessed).toBe(2);
    expect(all.overdue).toBe(1);
    expect(all.awaiting).toBe(1);
    const district2 = await getRiskFigures({ db, actor: supervisor, filter: { ...NO_FILTER, districtId: world.district2.id } });
    expect(Object.fromEntries(district2.byBand)).toEqual({ [high.code]: 1 });
    expect([district2.notAssessed, district2.overdue, district2.awaiting]).toEqual([0, 0, 0]);
    const other = await getRiskFigures({ db, actor: await actorOf(world.users.supervisor2), filter: NO_FILTER });
    expect(other.byBand.get(high.code) ?? 0).toBe(0);
    // Only a supervisor's dashboard counts anybody.
    const officer = await getRiskFigures({ db, actor: await actorOf(world.users.officer), filter: NO_FILTER });
    expect([officer.byBand.size, officer.notAssessed, officer.awaiting]).toEqual([0, 0, 0]);
  });
});

describe('CSV export of assessments', () => {
  it('gives a supervisor the assessments of their region with a header, and audits the export', async () => {
    await actAs(world.users.supervisor);
    const body = await text(await riskCsv(request(`/risk/export?band=${high.code}`)));
    expect(body.startsWith('\uFEFFLast name,First name,Middle name,IIN,Instrument,Version')).toBe(true);
    expect(body).toContain(p.high.iin);
    expect(body).toContain(p.far.iin);
    expect(body).not.toContain(p.low.iin);
    expect(body).toContain('STATIC99R');
    const event = await db.auditEvent.findFirst({ where: { action: 'export.risk', actorId: world.users.supervisor.id } });
    expect(event?.details).toMatchObject({ filters: { band: high.code } });
    await actAs(world.users.supervisor2);
    const other = await text(await riskCsv(request('/risk/export')));
    expect(other).not.toContain(p.high.iin);
  });

  it('is not found, and the refusal audited, for roles without risk.export', async () => {
    for (const user of [world.users.officer, world.users.police, world.users.clerk, world.users.admin]) {
      await actAs(user);
      expect((await riskCsv(request('/risk/export'))).status).toBe(404);
    }
    const denied = await db.auditEvent.count({ where: { action: 'export.risk', actorId: world.users.officer.id, outcome: 'DENIED' } });
    expect(denied).toBe(1);
  });
});
