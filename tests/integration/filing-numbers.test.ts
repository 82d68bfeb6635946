import { describe, expect, it } from 'vitest';
import { actAsOnce, buildWorld, db } from '../helpers/world';
import { filePetitionAction } from '@/lib/petitions/actions';
import { nextFilingNumber } from '@/lib/petitions/manage-petition';
import { buildPrefill } from '@/lib/petitions/prefill';
import { createPerson } from '@/prisma/seed/factories';

describe('petition filing numbers', () => {
  it('are distinct and consecutive when petitions are filed at the same moment', async () => {
    const world = await buildWorld();
    const petitions = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const { person, order } = await createPerson(db, {
          districtId: world.district.id,
          createdById: world.users.police.id,
          officerId: world.users.officer.id,
          articleId: world.article.id,
          courtId: world.court.id,
          legalBasisId: world.basis.id,
          sentenceEnd: new Date(Date.UTC(2018, 11, 20)),
          order: { endDate: new Date(Date.UTC(2027, 0, 20)) },
        });
        const prefill = await db.$transaction((tx) => buildPrefill(tx, { personId: person.id, orderId: order!.id, asOf: new Date() }));
        return db.extensionPetition.create({
          data: {
            personId: person.id,
            orderId: order!.id,
            courtId: world.court.id,
            drafterId: world.users.police.id,
            grounds: 'Repeated breaches.',
            requestedTermYears: 2,
            prefill,
            status: 'ENDORSED',
            endorserId: world.users.supervisor.id,
          },
        });
      }),
    );
    for (let i = 0; i < petitions.length; i++) await actAsOnce(world.users.police);
    // All eight at once (on a server these are eight concurrent transactions).
    const results = await Promise.all(petitions.map((p) => filePetitionAction({ petitionId: p.id, version: p.version })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const numbers = (await db.extensionPetition.findMany({ where: { id: { in: petitions.map((p) => p.id) } }, select: { filingNumber: true } })).map(
      (p) => p.filingNumber!,
    );
    expect(new Set(numbers).size).toBe(8);
    const ordinals = numbers.map((n) => Number(n.slice(-5))).sort((a, b) => a - b);
    expect(ordinals[7] - ordinals[0]).toBe(7);
  });

  it('start a year after any number already given that year, and never repeat', async () => {
    const world = await buildWorld();
    const now = new Date(Date.UTC(2091, 5, 1));
    await db.extensionPetition.create({
      data: {
        personId: world.person.id,
        orderId: world.order.id,
        courtId: world.court.id,
        drafterId: world.users.police.id,
        grounds: 'g',
        status: 'FILED',
        filingNumber: 'EP-2091-00041',
      },
    });
    expect(await db.$transaction((tx) => nextFilingNumber(tx, now))).toBe('EP-2091-00042');
    expect(await db.$transaction((tx) => nextFilingNumber(tx, now))).toBe('EP-2091-00043');
    // A filing that rolls back gives its number back.
    await expect(
      db.$transaction(async (tx) => {
        await nextFilingNumber(tx, now);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.$transaction((tx) => nextFilingNumber(tx, now))).toBe('EP-2091-00044');
  });

  it('follow the year in Kazakhstan: 20:00 UTC on 31 December is already the new year there', async () => {
    const number = await db.$transaction((tx) => nextFilingNumber(tx, new Date(Date.UTC(2092, 11, 31, 20, 0))));
    expect(number.startsWith('EP-2093-')).toBe(true);
  });
});
