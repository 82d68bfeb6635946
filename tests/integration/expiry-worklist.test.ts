import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { countExpiringOrders, findExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { createPerson } from '@/prisma/seed/factories';
import { expiringRows } from '@/lib/exports/lists';
import { hasOrderInForce } from '@/lib/registry/registry-status';

let world: TWorld;
const NOW = new Date('2026-11-28T09:00:00Z');
const day = (n: number) => new Date(Date.UTC(2026, 10, 28) + n * 86_400_000);
const ids: Record<string, string> = {};

beforeAll(async () => {
  world = await buildWorld();
  // A district of its own, so only these orders are in the police officer's scope.
  await db.supervisionOrder.updateMany({ where: { personId: world.person.id }, data: { lifelong: true, endDate: null } });
  const make = async (name: string, order: { endDate?: Date | null; lifelong?: boolean }, petition?: 'DRAFT' | 'DENIED') => {
    const { order: o } = await createPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
      sentenceEnd: new Date(Date.UTC(2018, 0, 1)),
      order,
    });
    ids[name] = o!.id;
    if (petition) {
      await db.extensionPetition.create({
        data: { personId: o!.personId, orderId: o!.id, courtId: world.court.id, grounds: 'x', drafterId: world.users.police.id, status: petition },
      });
    }
  };
  await make('expired', { endDate: day(-5) });
  await make('in10', { endDate: day(10) });
  await make('in60', { endDate: day(60) });
  await make('in170', { endDate: day(170) });
  await make('in200', { endDate: day(200) });
  await make('lifelong', { lifelong: true });
  await make('pending', { endDate: day(20) }, 'DRAFT');
  await make('denied', { endDate: day(25) }, 'DENIED');
});

describe('expiry worklist', () => {
  it('lists orders ending in the window without a pending petition, most urgent first, expired included', async () => {
    const police = await actorOf(world.users.police);
    const list = async (within: number) => (await findExpiringOrders({ db, actor: police, within, page: 1, now: NOW })).rows.map((r) => r.id);
    expect(await list(30)).toEqual([ids.expired, ids.in10, ids.denied]);
    expect(await list(90)).toEqual([ids.expired, ids.in10, ids.denied, ids.in60]);
    expect(await list(180)).toEqual([ids.expired, ids.in10, ids.denied, ids.in60, ids.in170]);
    const rows = (await findExpiringOrders({ db, actor: police, within: 30, page: 1, now: NOW })).rows;
    expect(rows.map((r) => r.daysLeft)).toEqual([-5, 10, 25]);
    expect(await countExpiringOrders({ db, actor: police, now: NOW })).toBe(5);
  });

  it('is scoped: police of another district and officers see none of them', async () => {
    const other = await actorOf(world.users.police2);
    expect(await countExpiringOrders({ db, actor: other, now: NOW })).toBe(0);
    const supervisor = await actorOf(world.users.supervisor);
    expect(await countExpiringOrders({ db, actor: supervisor, now: NOW })).toBe(5);
    const officer = await actorOf(world.users.officer);
    expect(await countExpiringOrders({ db, actor: officer, now: NOW })).toBe(0);
  });
});

describe('one Kazakhstan today at 20:00 UTC (issue 9)', () => {
  // 20:00 UTC on 1 December is 01:00 on 2 December in Astana: every module counts from 2 December.
  const EVENING = new Date('2026-12-01T20:00:00Z');
  it('the worklist, its CSV and the registry rule agree on the day', async () => {
    const { order } = await createPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
      sentenceEnd: new Date(Date.UTC(2018, 0, 1)),
      order: { endDate: new Date(Date.UTC(2026, 11, 1)) },
    });
    const police = await actorOf(world.users.police);
    const row = (await findExpiringOrders({ db, actor: police, within: 30, page: 1, now: EVENING })).rows.find((r) => r.id === order!.id);
    // Ended yesterday in Kazakhstan (a UTC "today" said 0 days left).
    expect(row?.daysLeft).toBe(-1);
    const csv: unknown[][] = [];
    for await (const rows of expiringRows({ db, actor: police, within: 30, districtId: world.district.id, locale: 'en', now: EVENING })) csv.push(...rows);
    expect(csv.filter((r) => r[6] === '2026-12-01').map((r) => r[7])).toEqual([-1]);
    // And it is no longer in force for the public registry, from the same today.
    expect(await hasOrderInForce({ db, personId: order!.personId, now: EVENING })).toBe(false);
    expect(await hasOrderInForce({ db, personId: order!.personId, now: new Date('2026-12-01T18:59:00Z') })).toBe(true);
  });
});
