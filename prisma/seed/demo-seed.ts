import type { Db, Tx } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { exclusionRadiusFor, flagFacilitiesNear } from '@/lib/geo/proximity';
import { defaultOrderEnd } from '@/lib/supervision/term';
import type { TRestrictionParams } from '@/lib/supervision/restrictions';
import { createPerson, demoPasswordHash, STANDARD_RESTRICTIONS } from './factories';
import { createRandom } from './random';
import { seedCheckInHistory } from './history';
import { rollSchedules } from '@/lib/checkins/schedule';
import { seedWarnings } from './warnings';
import { seedRiskDemo } from './risk-demo';
import { seedPublicOrderDemo } from './public-order-demo';

// Demo data for `npm start`: the 2024 registry size, spread over every region, with the demo
// accounts listed in README.md. Deterministic apart from dates, which are relative to today so
// "ends within 90 days" stays true whenever the demo is started.

export const DEMO_PERSON_COUNT = 406;
export const DEMO_DISTRICTS = { primary: 'astana-yesil', secondary: 'almaty-city-bostandyk' } as const;

const FACILITY_KINDS = ['SCHOOL', 'KINDERGARTEN', 'PLAYGROUND', 'SCHOOL'] as const;
const FACILITY_NAMES: Record<string, string> = { SCHOOL: 'School No. {n}', KINDERGARTEN: 'Kindergarten No. {n}', PLAYGROUND: 'Playground No. {n}' };

async function pickDistrict(tx: Tx, code: string, notRegionId?: string) {
  return (
    (await tx.district.findUnique({ where: { code } })) ??
    (await tx.district.findFirstOrThrow({ where: notRegionId ? { regionId: { not: notRegionId } } : {}, orderBy: { code: 'asc' } }))
  );
}

function daysFrom(date: Date, days: number) {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Loads the demo data into an empty database; returns null when users already exist. */
export async function seedDemo(db: Db, { today = new Date() }: { today?: Date } = {}) {
  if ((await db.user.count()) > 0) return null;
  const todayUtc = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return db.$transaction(
    async (tx) => {
      const rng = createRandom(2024_406);
      const passwordHash = await demoPasswordHash();
      const districts = await tx.district.findMany({ orderBy: { code: 'asc' }, include: { courts: true } });
      const primary = await pickDistrict(tx, DEMO_DISTRICTS.primary);
      const secondary = await pickDistrict(tx, DEMO_DISTRICTS.secondary, primary.regionId);
      const basis = await tx.legalBasis.findFirstOrThrow({ where: { defaultTermYears: { not: null } }, orderBy: { inForceFrom: 'asc' } });
      const articles = await tx.criminalArticle.findMany({ orderBy: { code: 'asc' } });
      const anyCourt = await tx.court.findFirstOrThrow({ orderBy: { code: 'asc' } });
      const courtOf = (d: (typeof districts)[number]) => d.courts[0] ?? anyCourt;

      // Staff names in both scripts, and the position printed on documents (docs/decisions/019-court-ready-documents.md).
      type TStaff = { lat: string; cyr: string; position?: string };
      const user = (email: string, name: TStaff, role: Role, unit: { districtId?: string; courtId?: string; regionId?: string }) =>
        tx.user.create({
          data: {
            email,
            fullName: name.lat,
            fullNameLat: name.lat,
            fullNameCyr: name.cyr,
            position: name.position ?? null,
            role,
            passwordHash,
            activatedAt: today,
            mfaExempt: true,
            ...unit,
          },
        });

      const admin = await user('admin@demo.kz', { lat: 'Aliya Administratorova', cyr: 'Алия Администраторова' }, 'ADMIN', {});
      const officer = await user('officer@demo.kz', { lat: 'Yerlan Officerov', cyr: 'Ерлан Офицеров', position: 'старший инспектор пробации' }, 'OFFICER', {
        districtId: primary.id,
      });
      const officer2 = await user('officer2@demo.kz', { lat: 'Dina Officerova', cyr: 'Дина Офицерова', position: 'инспектор пробации' }, 'OFFICER', {
        districtId: secondary.id,
      });
      const police = await user(
        'police@demo.kz',
        { lat: 'Marat Politsiyev', cyr: 'Марат Полициев', position: 'старший участковый инспектор полиции' },
        'POLICE',
        { districtId: primary.id },
      );
      await user('police2@demo.kz', { lat: 'Serik Politsiyev', cyr: 'Серик Полициев', position: 'участковый инспектор полиции' }, 'POLICE', {
        districtId: secondary.id,
      });
      await user('clerk@demo.kz', { lat: 'Gulnara Sekretareva', cyr: 'Гульнара Секретарева', position: 'секретарь судебного заседания' }, 'CLERK', {
        courtId: courtOf(districts.find((d) => d.id === primary.id)!).id,
      });
      await user('clerk2@demo.kz', { lat: 'Asel Sekretareva', cyr: 'Асель Секретарева', position: 'секретарь судебного заседания' }, 'CLERK', {
        courtId: courtOf(districts.find((d) => d.id === secondary.id)!).id,
      });
      const supervisor = await user(
        'supervisor@demo.kz',
        { lat: 'Nurlan Nachalnikov', cyr: 'Нурлан Начальников', position: 'начальник отдела' },
        'SUPERVISOR',
        {
          regionId: primary.regionId,
        },
      );
      const supervisor2 = await user(
        'supervisor2@demo.kz',
        { lat: 'Olga Nachalnikova', cyr: 'Ольга Начальникова', position: 'начальник отдела' },
        'SUPERVISOR',
        {
          regionId: secondary.regionId,
        },
      );

      // Facilities around each district centre, and one officer per other district.
      const officers = new Map<string, string>([
        [primary.id, officer.id],
        [secondary.id, officer2.id],
      ]);
      let facilityNo = 1;
      for (const d of districts) {
        if (d.latitude === null || d.longitude === null) continue;
        await tx.facility.createMany({
          data: FACILITY_KINDS.map((type) => ({
            type,
            name: FACILITY_NAMES[type].replace('{n}', String(facilityNo++)),
            address: `${d.nameRu}`,
            districtId: d.id,
            latitude: d.latitude! + (rng.next() - 0.5) * 0.04,
            longitude: d.longitude! + (rng.next() - 0.5) * 0.06,
          })),
        });
        if (!officers.has(d.id)) {
          const generated = await user(
            `officer.${d.code}@demo.kz`,
            { lat: `Officer ${d.nameEn}`, cyr: `Инспектор ${d.nameRu}`, position: 'инспектор пробации' },
            'OFFICER',
            { districtId: d.id },
          );
          officers.set(d.id, generated.id);
        }
      }

      // Person → district: 30 for each demo officer, the rest spread over all districts.
      const plan: (typeof districts)[number][] = [];
      for (let i = 0; i < 30; i++)
        plan.push(
          districts.find((d) => d.id === primary.id)!,
          districts.find((d) => d.id === secondary.id)!,
        );
      for (let i = 0; plan.length < DEMO_PERSON_COUNT; i++) plan.push(districts[i % districts.length]);

      for (const [i, d] of plan.entries()) {
        const kind = i % 10;
        let sentenceEnd: Date;
        let order: { endDate?: Date | null; lifelong?: boolean; extensions?: number };
        if (kind === 0) {
          // Ends within the next 90 days: no petition yet (issue 4's worklist).
          sentenceEnd = daysFrom(defaultOrderEnd(todayUtc, -8)!, rng.int(5, 85));
          order = {};
        } else if (kind === 1) {
          sentenceEnd = defaultOrderEnd(todayUtc, -rng.int(9, 14))!;
          order = { lifelong: true, extensions: rng.int(1, 2) };
        } else if (kind === 2) {
          sentenceEnd = defaultOrderEnd(todayUtc, -rng.int(9, 12))!;
          order = { endDate: daysFrom(todayUtc, rng.int(200, 1000)), extensions: rng.int(1, 2) };
        } else if (kind === 3) {
          sentenceEnd = daysFrom(defaultOrderEnd(todayUtc, -8)!, rng.int(91, 180));
          order = {};
        } else {
          sentenceEnd = daysFrom(todayUtc, -rng.int(60, 6 * 365));
          order = {};
        }
        const restrictions: TRestrictionParams[] = [
          { type: 'REPORTING', timesPerMonth: rng.int(1, 4) },
          ...STANDARD_RESTRICTIONS.filter((r) => r.type !== 'REPORTING'),
          ...(rng.chance(0.3) ? [{ type: 'TRAVEL_LIMIT', area: d.nameRu } as const] : []),
          ...(rng.chance(0.3) ? [{ type: 'MASS_EVENTS_BAN' } as const] : []),
        ];
        const { person } = await createPerson(tx, {
          rng,
          districtId: d.id,
          createdById: police.id,
          officerId: officers.get(d.id) ?? null,
          articleId: articles[i % articles.length].id,
          courtId: courtOf(d).id,
          legalBasisId: basis.id,
          sentenceEnd,
          order,
          restrictions,
          districtCentre: d.latitude !== null && d.longitude !== null ? { lat: d.latitude, lng: d.longitude } : undefined,
          today: todayUtc,
        });
        const address = await tx.address.findFirst({ where: { personId: person.id } });
        if (address) await flagFacilitiesNear(tx, address, await exclusionRadiusFor(tx, person.id));
      }
      void admin;
      // Ninety days of reporting history, then the next sixty days of due check-ins.
      const personIds = (await tx.person.findMany({ select: { id: true } })).map((p) => p.id);
      await seedCheckInHistory(tx, rng, { personIds, from: daysFrom(todayUtc, -90), until: new Date(today.getTime() - 3_600_000), recorderId: officer.id });
      await rollSchedules({ tx, personIds, now: today });
      await seedWarnings(tx, rng, { personIds, issuerId: police.id, today });
      // Risk work (issue 13), on its own random stream so that the data above stays as it was.
      await seedRiskDemo(tx, createRandom(2024_013), {
        today,
        officerId: officer.id,
        supervisors: new Map([
          [primary.regionId, supervisor.id],
          [secondary.regionId, supervisor2.id],
        ]),
      });
      // Public-order records, incidents and warnings (issue 14), on their own random stream too.
      await seedPublicOrderDemo(tx, createRandom(2024_014), { today, policeId: police.id, districtId: primary.id });
      return { persons: plan.length };
    },
    { timeout: 15 * 60 * 1000, maxWait: 60_000 },
  );
}
