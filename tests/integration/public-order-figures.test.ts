import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { createIncidentLocal, createPublicOrderPersonLocal, createPublicOrderWarningLocal } from '../helpers/public-order-worklist';
import { createPerson, createUser, uniqueSuffix } from '@/prisma/seed/factories';
import type { TActor } from '@/lib/auth/actor';
import type { TSubject } from '@/lib/public-order/subject';
import { findPublicOrderWorklist, worklistWindowStart } from '@/lib/public-order/worklist';
import { publicOrderWarningFigures } from '@/lib/public-order/figures';
import { findRegistryEntries } from '@/lib/registry/find-registry-entries';
import { registryCsvRows } from '@/lib/registry/export-registry';
import { ZRegistrySearch } from '@/lib/registry/search';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { findPersons } from '@/lib/persons/find-persons';
import { findExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { countNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { caseloadRows, personRows } from '@/lib/exports/lists';
import { getDashboard } from '@/lib/oversight/figures';
import { monthRange, ZDashboardFilter } from '@/lib/oversight/filters';
import { addCalendarDays, kzToday } from '@/lib/time/today';

// Issue 14: public-order records are not in the registry, on no caseload and in no supervision
// figure, while the public-order worklist and the dashboard's public-order count show them
// (docs/decisions/034-public-order-worklist-figures.md).

const NOW = new Date();
const TODAY = kzToday(NOW);
const daysAgo = (n: number) => addCalendarDays(TODAY, -n);

let world: TWorld;
let police: TActor;
let supervisor: TActor;

beforeAll(async () => {
  world = await buildWorld();
  police = await actorOf(world.users.police);
  supervisor = await actorOf(world.users.supervisor);
});

/** A letters-only tag (names are searched as words), unique to one test. */
function tag() {
  return `Zq${uniqueSuffix()
    .replace(/[^a-z]/gi, '')
    .slice(-4)}${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
}

async function record(districtId = world.district.id, lastName = tag()) {
  const r = await createPublicOrderPersonLocal(db, { districtId, createdById: world.users.police.id, lastName });
  return { id: r.id, iin: r.iin, lastName, subject: { kind: 'publicOrder', id: r.id } as TSubject };
}

async function incidents(subject: TSubject, dates: Date[]) {
  for (const occurredOn of dates) await createIncidentLocal(db, { subject, occurredOn, recordedById: world.users.police.id });
}

function warn(subject: TSubject, outcome: 'PENDING' | 'SIGNED' | 'REFUSED', issuedAt = NOW) {
  return createPublicOrderWarningLocal(db, { subject, outcome, issuedAt, legalBasisId: world.basis.id, issuedById: world.users.police.id });
}

/** A supervised person of the first district on the officer's caseload, order ending in 60 days (on the expiry worklist). */
async function supervised(lastName: string) {
  const { person } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    identity: { lastName },
    sentenceEnd: daysAgo(400),
    order: { endDate: addCalendarDays(TODAY, 60) },
  });
  return person;
}

async function listed(actor: TActor, opts: { settings?: Parameters<typeof findPublicOrderWorklist>[0]['settings'] } = {}) {
  // Every page, so the checks never depend on what else the district holds.
  const items = [];
  for (let page = 1; ; page++) {
    const list = await findPublicOrderWorklist({ actor, page, now: NOW, ...opts });
    items.push(...list.items);
    if (page * list.pageSize >= list.total) return items;
  }
}

async function collect(rows: AsyncGenerator<unknown[][]>) {
  const out: unknown[][] = [];
  for await (const batch of rows) out.push(...batch);
  return out;
}

describe('public-order records stay out of the supervision register', () => {
  it('are absent from the registry, caseloads, person lists, the expiry worklist and CSV exports, which still list the supervised person of the same name', async () => {
    const name = tag();
    const control = await supervised(name);
    const po = await record(world.district.id, name);
    await incidents(po.subject, [daysAgo(3), daysAgo(20), daysAgo(40)]);
    await warn(po.subject, 'SIGNED');
    const officer = await actorOf(world.users.officer);

    // Public registry, page and CSV.
    const registry = await findRegistryEntries({ query: ZRegistrySearch.parse({ q: name }), locale: 'en', now: NOW });
    expect(registry.entries.map((e) => e.lastName)).toEqual([name]);
    expect(registry.total).toBe(1);
    const registryCsv = await collect(registryCsvRows({ query: { q: name, region: undefined }, locale: 'en', origin: 'https://example.test', now: NOW }));
    expect(registryCsv).toHaveLength(1);
    expect(JSON.stringify(registryCsv)).not.toContain(po.iin);

    // Caseloads: the officer's own and the supervisor's region.
    for (const actor of [officer, supervisor]) {
      const caseload = await findCaseload({ actor, query: ZCaseloadQuery.parse({ q: name }), now: NOW });
      expect(caseload.rows.map((r) => r.id)).toEqual([control.id]);
      const csv = await collect(caseloadRows({ actor, query: ZCaseloadQuery.parse({ q: name }), locale: 'en' }));
      expect(csv).toHaveLength(1);
    }

    // Persons list and search (by name and by the record's IIN), and its CSV export.
    const byName = await findPersons({ actor: police, q: name, page: 1 });
    expect(byName.rows.map((r) => r.id)).toEqual([control.id]);
    const byIin = await findPersons({ actor: police, q: po.iin, page: 1 });
    expect(byIin.rows).toEqual([]);
    const personsCsv = await collect(personRows({ actor: police, q: name, locale: 'en' }));
    expect(personsCsv.map((r) => r[3])).toEqual([control.iin]);

    // Expiry worklist: the control is there, the record is not.
    const expiring = await findExpiringOrders({ actor: police, within: 180, page: 1, now: NOW, districtId: world.district.id });
    const names = expiring.rows.map((r) => r.person.lastName);
    expect(names.filter((n) => n === name)).toEqual([name]);
    expect(expiring.rows.find((r) => r.person.iin === po.iin)).toBeUndefined();

    // The public-order worklist does not list the record (signed) but the record exists in scope.
    expect(await db.publicOrderPerson.count({ where: { id: po.id, districtId: world.district.id } })).toBe(1);
  });

  it('leave every supervision figure of the dashboard and the notice worklist unchanged, while the public-order count shows them', async () => {
    const filter = ZDashboardFilter.parse({ districtId: world.district.id });
    const strip = (d: Awaited<ReturnType<typeof getDashboard>>) => ({ ...d, rolledUpAt: null });
    const before = strip(await getDashboard({ actor: supervisor, filter, now: NOW }));
    const noticesBefore = await countNoticeWorklist({ db, actor: police });
    const range = monthRange(ZDashboardFilter.parse({}), NOW);
    const figuresBefore = await publicOrderWarningFigures({ actor: supervisor, filter, range });

    // A public-order record with incidents and warnings, and a public-order warning on the
    // supervised person of the world (their IIN routed it to their record).
    const po = await record();
    await incidents(po.subject, [daysAgo(1), daysAgo(2), daysAgo(3), daysAgo(4)]);
    await warn(po.subject, 'SIGNED');
    await warn(po.subject, 'REFUSED');
    const personSubject: TSubject = { kind: 'person', id: world.person.id };
    await incidents(personSubject, [daysAgo(5)]);
    await warn(personSubject, 'SIGNED');

    const after = strip(await getDashboard({ actor: supervisor, filter, now: NOW }));
    expect(after).toEqual(before);
    // A signed public-order warning is no signed notice: the supervised person stays on the notice worklist.
    expect(await countNoticeWorklist({ db, actor: police })).toBe(noticesBefore);

    const figures = await publicOrderWarningFigures({ actor: supervisor, filter, range });
    expect(figures.outside.issued - figuresBefore.outside.issued).toBe(2);
    expect(figures.outside.SIGNED - figuresBefore.outside.SIGNED).toBe(1);
    expect(figures.outside.REFUSED - figuresBefore.outside.REFUSED).toBe(1);
    expect(figures.supervised.issued - figuresBefore.supervised.issued).toBe(1);
    expect(figures.supervised.SIGNED - figuresBefore.supervised.SIGNED).toBe(1);
  });
});

describe('the public-order warning figure', () => {
  it('counts warnings issued in the period by outcome, outside and under supervision, in the region and district; the officer filter leaves records counted', async () => {
    const district = await db.district.create({
      data: { code: `fig-${uniqueSuffix()}`, regionId: world.region.id, nameEn: 'Fig', nameRu: 'Fig', nameKk: 'Fig', latitude: 51, longitude: 71 },
    });
    const a = await record(district.id);
    const b = await record(district.id);
    await warn(a.subject, 'SIGNED');
    await warn(a.subject, 'PENDING');
    await warn(b.subject, 'REFUSED');
    // Issued before the period: not counted.
    const range = monthRange(ZDashboardFilter.parse({}), NOW);
    await warn(b.subject, 'SIGNED', addCalendarDays(range.start, -3));

    const inDistrict = await publicOrderWarningFigures({ actor: supervisor, filter: ZDashboardFilter.parse({ districtId: district.id }), range });
    expect(inDistrict.outside).toEqual({ issued: 3, SIGNED: 1, REFUSED: 1, PENDING: 1 });
    expect(inDistrict.supervised).toEqual({ issued: 0, SIGNED: 0, REFUSED: 0, PENDING: 0 });

    const byOfficer = await publicOrderWarningFigures({
      actor: supervisor,
      filter: ZDashboardFilter.parse({ districtId: district.id, officerId: world.users.officer.id }),
      range,
    });
    expect(byOfficer.outside.issued).toBe(3);

    const otherDistrict = await publicOrderWarningFigures({ actor: supervisor, filter: ZDashboardFilter.parse({ districtId: world.district2.id }), range });
    expect(otherDistrict.outside.issued).toBe(0);
    const region = await publicOrderWarningFigures({ actor: supervisor, filter: ZDashboardFilter.parse({}), range });
    expect(region.outside.issued).toBeGreaterThanOrEqual(3);

    // Another region's supervisor, and anyone not a supervisor, count nothing of it.
    const far = await publicOrderWarningFigures({ actor: await actorOf(world.users.supervisor2), filter: ZDashboardFilter.parse({}), range });
    expect(far.outside.issued).toBe(0);
    const asPolice = await publicOrderWarningFigures({ actor: police, filter: ZDashboardFilter.parse({}), range });
    expect(asPolice.outside.issued).toBe(0);
  });
});

describe('the public-order worklist', () => {
  it('lists 3 incidents in the window, not 2; the window starts on the same day 12 months ago', async () => {
    const from = worklistWindowStart(12, NOW);
    const three = await record();
    await incidents(three.subject, [daysAgo(1), daysAgo(30), daysAgo(60)]);
    const two = await record();
    await incidents(two.subject, [daysAgo(1), daysAgo(30)]);
    const onBoundary = await record();
    await incidents(onBoundary.subject, [daysAgo(1), daysAgo(30), from]);
    const pastBoundary = await record();
    await incidents(pastBoundary.subject, [daysAgo(1), daysAgo(30), addCalendarDays(from, -1)]);

    const items = await listed(police);
    const ids = items.map((i) => i.id);
    expect(ids).toContain(three.id);
    expect(ids).toContain(onBoundary.id);
    expect(ids).not.toContain(two.id);
    expect(ids).not.toContain(pastBoundary.id);
    const item = items.find((i) => i.id === three.id)!;
    expect(item).toMatchObject({
      kind: 'publicOrder',
      incidents: 3,
      latestIncidentOn: daysAgo(1),
      warning: { state: 'NONE' },
      href: `/public-order/${three.id}`,
    });
    // The boundary: twelve calendar months back from Kazakhstan's today.
    expect(from.toISOString().slice(0, 10)).toBe(`${TODAY.getUTCFullYear() - 1}${TODAY.toISOString().slice(4, 10)}`.replace(/-02-29$/, '-02-28'));
  });

  it('drops a subject with a signed public-order warning, keeps a refused or pending one with its state, and sorts by incidents then the latest', async () => {
    const signed = await record();
    await incidents(signed.subject, [daysAgo(1), daysAgo(2), daysAgo(3)]);
    await warn(signed.subject, 'REFUSED', addCalendarDays(TODAY, -10));
    await warn(signed.subject, 'SIGNED');
    const refused = await record();
    await incidents(refused.subject, [daysAgo(1), daysAgo(2), daysAgo(3), daysAgo(4), daysAgo(5)]);
    await warn(refused.subject, 'REFUSED');
    const pending = await record();
    await incidents(pending.subject, [daysAgo(10), daysAgo(11), daysAgo(12), daysAgo(13), daysAgo(14)]);
    await warn(pending.subject, 'PENDING');

    const items = await listed(police);
    const ids = items.map((i) => i.id);
    expect(ids).not.toContain(signed.id);
    expect(items.find((i) => i.id === refused.id)!.warning).toEqual({ state: 'REFUSED', date: TODAY });
    expect(items.find((i) => i.id === pending.id)!.warning.state).toBe('PENDING');
    // Five incidents each: the later latest incident first; both before any subject with fewer.
    expect(ids.indexOf(refused.id)).toBeLessThan(ids.indexOf(pending.id));
    const firstFewer = items.findIndex((i) => i.incidents < 5);
    if (firstFewer >= 0) expect(ids.indexOf(pending.id)).toBeLessThan(firstFewer);
    const counts = items.map((i) => i.incidents);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('lists a supervised person with public-order incidents, linked to their record, until a signed public-order warning', async () => {
    const person = await supervised(tag());
    const subject: TSubject = { kind: 'person', id: person.id };
    await incidents(subject, [daysAgo(1), daysAgo(2), daysAgo(3)]);
    let item = (await listed(police)).find((i) => i.id === person.id);
    expect(item).toMatchObject({ kind: 'person', incidents: 3, href: `/persons/${person.id}#public-order` });
    // A signed notice of lifelong restrictions is not a public-order warning.
    await db.warning.create({
      data: {
        personId: person.id,
        type: 'LIFELONG_RESTRICTIONS_NOTICE',
        legalBasisId: world.basis.id,
        issuedById: world.users.police.id,
        outcome: 'SIGNED',
        signedOn: TODAY,
      },
    });
    item = (await listed(police)).find((i) => i.id === person.id);
    expect(item?.warning.state).toBe('NONE');
    await warn(subject, 'SIGNED');
    expect((await listed(police)).find((i) => i.id === person.id)).toBeUndefined();
  });

  it('reads the threshold from the settings: at 2 the 2-incident subject is listed', async () => {
    const two = await record();
    await incidents(two.subject, [daysAgo(1), daysAgo(2)]);
    expect((await listed(police)).map((i) => i.id)).not.toContain(two.id);
    // Changed inside a transaction that is rolled back, so no other test sees the setting move.
    const rollback = new Error('rollback');
    await expect(
      db.$transaction(async (tx) => {
        await tx.setting.update({ where: { key: 'publicOrder.worklistThreshold' }, data: { value: '2' } });
        const list = await findPublicOrderWorklist({ db: tx, actor: police, now: NOW });
        expect(list.threshold).toBe(2);
        const all = [];
        for (let page = 1; ; page++) {
          const p = await findPublicOrderWorklist({ db: tx, actor: police, now: NOW, page });
          all.push(...p.items);
          if (page * p.pageSize >= p.total) break;
        }
        expect(all.map((i) => i.id)).toContain(two.id);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect((await listed(police)).map((i) => i.id)).not.toContain(two.id);
  });

  it('is scoped: police of another district and another region see nothing of it, supervisors of the region see it, officers never', async () => {
    const r = await record();
    await incidents(r.subject, [daysAgo(1), daysAgo(2), daysAgo(3)]);
    const otherPolice = await actorOf(await createUser(db, { role: 'POLICE', districtId: world.district2.id }));
    const farPolice = await actorOf(world.users.police2);
    const farSupervisor = await actorOf(world.users.supervisor2);
    const officer = await actorOf(world.users.officer);
    expect((await listed(police)).map((i) => i.id)).toContain(r.id);
    expect((await listed(supervisor)).map((i) => i.id)).toContain(r.id);
    expect(await listed(otherPolice)).toEqual([]);
    expect((await listed(farPolice)).map((i) => i.id)).not.toContain(r.id);
    expect((await listed(farSupervisor)).map((i) => i.id)).not.toContain(r.id);
    const asOfficer = await findPublicOrderWorklist({ actor: officer, now: NOW });
    expect(asOfficer).toMatchObject({ total: 0, items: [] });
    // A page past the last (a stale link) shows the first.
    const stale = await findPublicOrderWorklist({ actor: police, page: 9999, now: NOW });
    expect(stale.page).toBe(1);
    expect(stale.items.map((i) => i.id)).toContain(r.id);
  });
});
