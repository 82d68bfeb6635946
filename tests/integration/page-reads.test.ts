import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { findPersonForCheckIn, findPersonForOrder, findPersonForViolation } from '@/lib/persons/form-subjects';
import { findUsers, getUserForEdit } from '@/lib/users/find-users';
import { loadRegionDistricts } from '@/lib/reference/options';
import { createUser } from '@/prisma/seed/factories';

// The reads pages used to make with Prisma directly (docs/decisions/022-structure.md), now in lib:
// still scoped to the actor, and the users table sorts by the query-string column.

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

describe('page reads through lib', () => {
  it('the record-entry pages find a person in scope and not one out of it', async () => {
    const own = await actorOf(world.users.police);
    const far = await actorOf(world.users.police2);
    expect((await findPersonForOrder({ db, actor: own, personId: world.person.id }))?.id).toBe(world.person.id);
    expect(await findPersonForOrder({ db, actor: far, personId: world.person.id })).toBeNull();
    expect(await findPersonForViolation({ db, actor: far, personId: world.person.id })).toBeNull();
    expect(await findPersonForCheckIn({ db, actor: far, personId: world.person.id })).toBeNull();
    const found = await findPersonForCheckIn({ db, actor: own, personId: world.person.id, slotId: '00000000-0000-0000-0000-000000000000' });
    expect(found?.person.id).toBe(world.person.id);
    expect(found?.slot).toBeNull();
  });

  it("a supervisor's review filter lists only the region's districts", async () => {
    const ids = (await loadRegionDistricts({ db, actor: await actorOf(world.users.supervisor) })).map((d) => d.id);
    expect(ids).toContain(world.district.id);
    expect(ids).not.toContain(world.farDistrict.id);
    expect(await loadRegionDistricts({ db, actor: { regionId: null } })).toEqual([]);
  });

  it('the users table sorts by name both ways, and the edit page reads one user', async () => {
    const q = `sort${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    for (const name of ['Bekova', 'Abenov', 'Ermekov'])
      await createUser(db, { role: 'OFFICER', districtId: world.district.id, email: `${name}.${q}@test.kz`, fullName: name });
    const asc = (await findUsers({ db, q, page: 1, sort: { key: 'name', dir: 'asc' } })).rows.map((u) => u.fullName);
    const desc = (await findUsers({ db, q, page: 1, sort: { key: 'name', dir: 'desc' } })).rows.map((u) => u.fullName);
    expect(asc).toEqual(['Abenov', 'Bekova', 'Ermekov']);
    expect(desc).toEqual([...asc].reverse());
    expect((await getUserForEdit({ db, userId: world.users.police.id }))?.email).toBe(world.users.police.email);
  });
});
