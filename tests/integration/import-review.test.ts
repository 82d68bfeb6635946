import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { actAs, actAsOnce, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { importRegistryAction } from '@/lib/importer/actions';
import { COLUMNS } from '@/lib/importer/schemas';
import { buildIin } from '@/lib/iin/iin';
import { reviewPersonsAction } from '@/lib/review/actions';
import { countPendingReview, findPendingReview, ZReviewQuery } from '@/lib/review/find-pending';
import { findRegistryEntries, registrySearchWhere } from '@/lib/registry/find-registry-entries';
import { listedSql, listedWhere, registryToday } from '@/lib/registry/rule';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { findReassignable } from '@/lib/caseload/reassign';
import { reassignPersonsAction } from '@/lib/caseload/actions';
import { caseloadPerOfficer, supervisionTotals } from '@/lib/oversight/figures';
import { ZDashboardFilter } from '@/lib/oversight/filters';
import { createUser, uniqueSuffix } from '@/prisma/seed/factories';

// Issue 9: imported persons land in review. They are not public and on no caseload until a
// supervisor reviews them and assigns an officer of their district (lib/review/).

const SEED = process.env.IMPORT_REVIEW_SEED ? Number(process.env.IMPORT_REVIEW_SEED) : Math.floor(Math.random() * 1e6);
console.info(`import-review IIN seed: ${SEED} (replay with IMPORT_REVIEW_SEED)`);
let serial = 1000 + (SEED % 7000);

function iin() {
  for (;;) {
    const value = buildIin(new Date('1977-08-19T00:00:00Z'), 'MALE', serial++);
    if (value) return value;
  }
}

/** Imports one row per district code (as the administrator) and returns the persons created, in that order. */
async function importPersons(world: TWorld, districtCodes: string[]) {
  const lastName = `Reviewov${uniqueSuffix().replace(/[^A-Za-z0-9]/g, '')}`;
  const rows = districtCodes.map(
    (district, i) =>
      ({
        iin: iin(),
        last_name: lastName,
        first_name: `Imported${i}`,
        middle_name: '',
        birth_date: '1977-08-19',
        sex: 'M',
        district_code: district,
        locality: 'Astana',
        street: 'Abay ave.',
        building: String(i + 1),
        apartment: '',
        article_code: world.article.code,
        court_code: world.court.code,
        verdict_date: '2012-05-10',
        sentence_end: '2021-05-09',
        legal_basis_code: world.basis.code,
        ruling_number: `2-${i}/2021`,
        ruling_date: '2021-04-20',
        order_start: '2021-05-10',
        order_end: '2035-05-09',
        lifelong: 'no',
      }) as Record<string, string>,
  );
  const text = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => r[c] ?? '').join(','))].join('\r\n') + '\r\n';
  await actAs(world.users.admin);
  const result = await importRegistryAction({ file: new File([text], 'review.csv', { type: 'text/csv' }) });
  expect(result).toMatchObject({ ok: true });
  const persons = await db.person.findMany({ where: { iin: { in: rows.map((r) => r.iin) } } });
  return { lastName, persons: rows.map((r) => persons.find((p) => p.iin === r.iin)!) };
}

const refs = async (ids: string[]) =>
  (await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } })).map((p) => ({ id: p.id, version: p.version }));

/** Whom the registry lists among these ids, by its Prisma form and by its SQL form. */
async function listed(ids: string[], lastName: string) {
  const today = registryToday();
  const viaPrisma = (await db.person.findMany({ where: { AND: [listedWhere(today), { id: { in: ids } }] }, select: { id: true } })).map((p) => p.id).sort();
  const viaSql = (await db.$queryRaw<{ id: string }[]>`SELECT p.id FROM "Person" p WHERE ${listedSql(today)} AND p.id IN (${Prisma.join(ids)})`)
    .map((p) => p.id)
    .sort();
  // And as the public sees it: the page (SQL) and the counts and export (Prisma).
  const page = await findRegistryEntries({ db, query: { q: lastName, region: undefined, page: 1 }, locale: 'en' });
  const exported = await db.person.count({ where: registrySearchWhere({ q: lastName, region: undefined }) });
  return { viaPrisma, viaSql, page: page.total, exported };
}

async function caseloadTotal(user: TWorld['users']['officer'], lastName: string) {
  return (await findCaseload({ db, actor: await actorOf(user), query: ZCaseloadQuery.parse({ q: lastName }) })).total;
}

describe('imported persons before review', () => {
  it('are pending: not in the registry (Prisma and SQL), on no caseload, not offered for reassignment, listed for review', async () => {
    const world = await buildWorld();
    const { lastName, persons } = await importPersons(world, [world.district.code, world.district.code, world.district2.code]);
    const ids = persons.map((p) => p.id);
    for (const p of persons) expect(p).toMatchObject({ reviewStatus: 'PENDING_REVIEW', officerId: null, reviewedById: null, reviewedAt: null });

    expect(await listed(ids, lastName)).toEqual({ viaPrisma: [], viaSql: [], page: 0, exported: 0 });
    expect(await caseloadTotal(world.users.supervisor, lastName)).toBe(0);
    expect(await caseloadTotal(world.users.officer, lastName)).toBe(0);
    const supervisor = await actorOf(world.users.supervisor);
    expect((await findReassignable({ db, actor: supervisor, officerId: null })).map((p) => p.id)).not.toContain(ids[0]);
    await actAs(world.users.supervisor);
    expect(
      await reassignPersonsAction({ persons: await refs([ids[0]]), toOfficerId: world.users.officer.id, reason: 'Trying to skip the review' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { persons: { key: 'importReview.validation.reassignPending' } },
    });
    expect((await db.person.findUniqueOrThrow({ where: { id: ids[0] } })).officerId).toBeNull();

    // The dashboard counts them apart from the persons under supervision and the unassigned.
    const args = { db, actor: supervisor, filter: ZDashboardFilter.parse({}), now: new Date(), rollup: null };
    expect(await supervisionTotals(args)).toMatchObject({ persons: 1 });
    expect(await caseloadPerOfficer(args)).toMatchObject({ unassigned: 0, awaitingReview: 3 });

    // The review list: the supervisor's region only, by district on request.
    expect((await findPendingReview({ db, actor: supervisor, query: ZReviewQuery.parse({}) })).rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect((await findPendingReview({ db, actor: supervisor, query: ZReviewQuery.parse({ districtId: world.district2.id }) })).rows.map((r) => r.id)).toEqual([
      ids[2],
    ]);
    expect(await countPendingReview({ db, actor: supervisor })).toBe(3);
    expect(await countPendingReview({ db, actor: await actorOf(world.users.supervisor2) })).toBe(0);
  });
});

describe('bulk review', () => {
  it('assigns to an officer of the district, publishes, rolls the schedule and writes one audit event with ids only', async () => {
    const world = await buildWorld();
    const { lastName, persons } = await importPersons(world, [world.district.code, world.district.code, world.district.code, world.district2.code]);
    const chosen = persons.slice(0, 3).map((p) => p.id);
    // Police added a reporting restriction to one of them meanwhile: its slots go to the officer.
    const order = await db.supervisionOrder.findFirstOrThrow({ where: { personId: chosen[0] } });
    await db.restriction.create({
      data: {
        orderId: order.id,
        type: 'REPORTING',
        params: { timesPerMonth: 2 },
        effectiveFrom: new Date('2021-05-10'),
        rulingNumber: 'R',
        rulingDate: new Date('2021-04-20'),
      },
    });

    await actAs(world.users.supervisor);
    const auditBefore = await db.auditEvent.count();
    const result = await reviewPersonsAction({ persons: await refs(chosen), officerId: world.users.officer.id });
    expect(result).toEqual({ ok: true, data: { count: 3, officerId: world.users.officer.id } });

    for (const p of await db.person.findMany({ where: { id: { in: chosen } } })) {
      expect(p).toMatchObject({ reviewStatus: 'REVIEWED', officerId: world.users.officer.id, reviewedById: world.users.supervisor.id, version: 2 });
      expect(p.reviewedAt).toBeInstanceOf(Date);
    }
    expect(await db.person.findUniqueOrThrow({ where: { id: persons[3].id } })).toMatchObject({ reviewStatus: 'PENDING_REVIEW', officerId: null });

    expect(
      await listed(
        persons.map((p) => p.id),
        lastName,
      ),
    ).toEqual({ viaPrisma: [...chosen].sort(), viaSql: [...chosen].sort(), page: 3, exported: 3 });
    expect(await caseloadTotal(world.users.officer, lastName)).toBe(3);
    const slots = await db.checkIn.findMany({ where: { personId: chosen[0], outcome: 'SCHEDULED' } });
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.officerId === world.users.officer.id)).toBe(true);

    const events = await db.auditEvent.findMany({ where: {}, orderBy: { id: 'asc' }, skip: auditBefore });
    const review = events.filter((e) => e.action === 'person.review');
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ outcome: 'SUCCESS', actorId: world.users.supervisor.id, targetType: 'User', targetId: world.users.officer.id });
    expect(review[0].details).toMatchObject({ count: 3, personIds: [...chosen].sort(), districtId: world.district.id });
    const details = JSON.stringify(review[0].details);
    for (const p of persons) {
      expect(details).not.toContain(p.iin);
      expect(details).not.toContain(p.firstName);
    }
    expect(details).not.toContain(lastName);
  });
});

describe('refusals: nothing is saved', () => {
  async function unchanged(ids: string[]) {
    const rows = await db.person.findMany({ where: { id: { in: ids } } });
    expect(rows.map((p) => [p.reviewStatus, p.officerId, p.version])).toEqual(ids.map(() => ['PENDING_REVIEW', null, 1]));
  }

  it('refuses an officer of another district, of another region or inactive, and persons outside the region', async () => {
    const world = await buildWorld();
    const { persons } = await importPersons(world, [world.district.code, world.district.code, world.district2.code, world.farDistrict.code]);
    const [a, b, other, far] = persons.map((p) => p.id);
    await actAs(world.users.supervisor);

    expect(await reviewPersonsAction({ persons: await refs([a, b]), officerId: world.users.officer2.id })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { officerId: { key: 'importReview.validation.officerDistrict' } },
    });
    // Persons of two districts cannot go to one officer.
    expect(await reviewPersonsAction({ persons: await refs([a, other]), officerId: world.users.officer.id })).toMatchObject({
      ok: false,
      fieldErrors: { officerId: { key: 'importReview.validation.officerDistrict' } },
    });
    const farOfficer = await createUser(db, { role: 'OFFICER', districtId: world.farDistrict.id });
    expect(await reviewPersonsAction({ persons: await refs([a]), officerId: farOfficer.id })).toMatchObject({
      ok: false,
      fieldErrors: { officerId: { key: 'importReview.validation.officer' } },
    });
    const gone = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    await db.user.update({ where: { id: gone.id }, data: { status: 'DEACTIVATED' } });
    expect(await reviewPersonsAction({ persons: await refs([a]), officerId: gone.id })).toMatchObject({
      ok: false,
      fieldErrors: { officerId: { key: 'importReview.validation.officer' } },
    });
    expect(await reviewPersonsAction({ persons: await refs([a]), officerId: world.users.police.id })).toMatchObject({
      ok: false,
      fieldErrors: { officerId: { key: 'importReview.validation.officer' } },
    });

    // A person of another region is not found, even among persons of the right district.
    expect(await reviewPersonsAction({ persons: await refs([a, far]), officerId: world.users.officer.id })).toMatchObject({ ok: false, code: 'not_found' });
    await unchanged([a, b, other, far]);
    const denied = await db.auditEvent.findFirstOrThrow({ where: { action: 'person.review', actorId: world.users.supervisor.id }, orderBy: { id: 'desc' } });
    expect(denied).toMatchObject({ outcome: 'DENIED', details: { reason: 'not_found', entity: 'Person' } });

    // The other region's supervisor cannot review them either.
    await actAs(world.users.supervisor2);
    expect(await reviewPersonsAction({ persons: await refs([a]), officerId: world.users.officer.id })).toMatchObject({ ok: false, code: 'not_found' });
    await unchanged([a, b, other, far]);
  });

  it('refuses a stale list: a person changed or reviewed meanwhile is a conflict and nobody is reviewed', async () => {
    const world = await buildWorld();
    const { persons } = await importPersons(world, [world.district.code, world.district.code]);
    const [a, b] = persons.map((p) => p.id);
    const seen = await refs([a, b]);
    // Someone edits b after the list was shown.
    await db.person.update({ where: { id: b }, data: { middleName: 'Edited', version: { increment: 1 } } });
    await actAs(world.users.supervisor);
    expect(await reviewPersonsAction({ persons: seen, officerId: world.users.officer.id })).toEqual({
      ok: false,
      code: 'conflict',
      message: { key: 'importReview.errors.changed' },
    });
    expect((await db.person.findMany({ where: { id: { in: [a, b] } }, orderBy: { id: 'asc' } })).map((p) => [p.reviewStatus, p.officerId])).toEqual([
      ['PENDING_REVIEW', null],
      ['PENDING_REVIEW', null],
    ]);
    expect(await db.auditEvent.count({ where: { action: 'person.review', outcome: 'SUCCESS', actorId: world.users.supervisor.id } })).toBe(0);

    // Two supervisors review the same person at once: exactly one succeeds.
    const colleague = await createUser(db, { role: 'SUPERVISOR', regionId: world.region.id });
    const second = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    const fresh = await refs([a]);
    await actAsOnce(world.users.supervisor);
    await actAsOnce(colleague);
    const results = await Promise.all([
      reviewPersonsAction({ persons: fresh, officerId: world.users.officer.id }),
      reviewPersonsAction({ persons: fresh, officerId: second.id }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'conflict', message: { key: 'importReview.errors.changed' } });
    const winner = results[0].ok ? world.users.officer.id : second.id;
    expect(await db.person.findUniqueOrThrow({ where: { id: a } })).toMatchObject({ reviewStatus: 'REVIEWED', officerId: winner, version: 2 });

    // Reviewing an already reviewed person, even with its current version, is refused too.
    await actAs(world.users.supervisor);
    expect(await reviewPersonsAction({ persons: await refs([a]), officerId: world.users.officer.id })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('refuses an empty selection and a selection larger than a page, by the schema', async () => {
    const world = await buildWorld();
    await actAs(world.users.supervisor);
    expect(await reviewPersonsAction({ persons: [], officerId: world.users.officer.id })).toMatchObject({
      ok: false,
      fieldErrors: { persons: { key: 'importReview.validation.nobody' } },
    });
    const many = Array.from({ length: 51 }, (_, i) => ({ id: `p${i}`, version: 1 }));
    expect(await reviewPersonsAction({ persons: many, officerId: world.users.officer.id })).toMatchObject({
      ok: false,
      fieldErrors: { persons: { key: 'importReview.validation.tooMany' } },
    });
    expect(await reviewPersonsAction({ persons: [{ id: 'x', version: 1 }], officerId: '' })).toMatchObject({
      ok: false,
      fieldErrors: { officerId: { key: 'importReview.validation.officer' } },
    });
  });
});
