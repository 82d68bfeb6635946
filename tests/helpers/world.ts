import { vi } from 'vitest';
import { db } from '@/lib/db/client';
import { readRequestContext } from '@/lib/auth/request-context';
import { resolveSession } from '@/lib/auth/resolve-session';
import type { Role } from '@/lib/generated/prisma/enums';
import { createPerson, createSession, createUser, uniqueSuffix } from '@/prisma/seed/factories';
import { createRandom } from '@/prisma/seed/random';

export { db };

/** Makes the next server-action calls run as this user (through a real session row). */
export async function actAs(user: { id: string; sessionVersion: number } | null) {
  const session = user ? await createSession(db, user) : null;
  vi.mocked(readRequestContext).mockResolvedValue({ sessionId: session?.id ?? null, ip: '10.0.0.7', requestId: `req-${uniqueSuffix()}` });
  return session;
}

/** The actor a real session of this user resolves to, for calling domain functions directly. */
export async function actorOf(user: { id: string; sessionVersion: number }) {
  return (await resolveSession({ db, sessionId: (await createSession(db, user)).id }))!;
}

/** Queues one request as this user, for calls made concurrently by different users. */
export async function actAsOnce(user: { id: string; sessionVersion: number }) {
  const session = await createSession(db, user);
  vi.mocked(readRequestContext).mockResolvedValueOnce({ sessionId: session.id, ip: '10.0.0.8', requestId: `req-${uniqueSuffix()}` });
}

/**
 * A small world of its own per call: a region with two districts, their courts, users of every
 * role in the first district/court/region, and a person on the officer's caseload.
 */
export async function buildWorld() {
  const s = uniqueSuffix();
  const region = await db.region.create({ data: { code: `r-${s}`, nameEn: `Region ${s}`, nameRu: `Регион ${s}`, nameKk: `Өңір ${s}` } });
  const otherRegion = await db.region.create({ data: { code: `r2-${s}`, nameEn: `Other ${s}`, nameRu: `Другой ${s}`, nameKk: `Басқа ${s}` } });
  const mkDistrict = (code: string, regionId: string) =>
    db.district.create({ data: { code: `${code}-${s}`, regionId, nameEn: code, nameRu: code, nameKk: code, latitude: 51.1, longitude: 71.4 } });
  const district = await mkDistrict('d1', region.id);
  const district2 = await mkDistrict('d2', region.id);
  const farDistrict = await mkDistrict('d3', otherRegion.id);
  const court = await db.court.create({
    data: { code: `c-${s}`, regionId: region.id, districtId: district.id, nameEn: 'Court', nameRu: 'Суд', nameKk: 'Сот' },
  });
  const court2 = await db.court.create({
    data: { code: `c2-${s}`, regionId: region.id, districtId: district2.id, nameEn: 'Court 2', nameRu: 'Суд 2', nameKk: 'Сот 2' },
  });
  const article = await db.criminalArticle.create({ data: { code: `a-${s}`, titleEn: 'Art', titleRu: 'Ст', titleKk: 'Бап', gravity: 'GRAVE' } });
  const basis = await db.legalBasis.create({
    data: { code: `b-${s}`, titleEn: 'Law', titleRu: 'Закон', titleKk: 'Заң', inForceFrom: new Date('1996-07-15'), defaultTermYears: 8 },
  });

  const user = (role: Role, unit: { districtId?: string; courtId?: string; regionId?: string } = {}) => createUser(db, { role, ...unit });
  const users = {
    officer: await user('OFFICER', { districtId: district.id }),
    officer2: await user('OFFICER', { districtId: district2.id }),
    police: await user('POLICE', { districtId: district.id }),
    police2: await user('POLICE', { districtId: farDistrict.id }),
    clerk: await user('CLERK', { courtId: court.id }),
    supervisor: await user('SUPERVISOR', { regionId: region.id }),
    supervisor2: await user('SUPERVISOR', { regionId: otherRegion.id }),
    admin: await user('ADMIN'),
  };
  // Logged so that a failure that depends on the generated person can be replayed.
  const seed = process.env.WORLD_SEED ? Number(process.env.WORLD_SEED) : Math.floor(Math.random() * 1e9);
  console.info(`[world] person seed ${seed} (replay with WORLD_SEED=${seed})`);
  const { person, order } = await createPerson(db, {
    rng: createRandom(seed),
    districtId: district.id,
    createdById: users.police.id,
    officerId: users.officer.id,
    articleId: article.id,
    courtId: court.id,
    legalBasisId: basis.id,
  });
  return { region, otherRegion, district, district2, farDistrict, court, court2, article, basis, users, person, order: order! };
}

export type TWorld = Awaited<ReturnType<typeof buildWorld>>;
