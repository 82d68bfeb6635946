import type { Db, Tx } from '@/lib/db/client';
import { buildIin } from '@/lib/iin/iin';
import type { TSubject } from '@/lib/public-order/subject';
import { createRandom } from '@/prisma/seed/random';
import { uniqueSuffix } from '@/prisma/seed/factories';

// Local copies of RECORD's createPublicOrderPerson and INCIDENTS' createIncident (issue 14's
// shared factories in prisma/seed/public-order.ts, not on this branch yet): folded at merge.
// IINs: birth dates in 1972-07..12 (the WARNINGS part's range), serials from a logged seed.

const seed = process.env.PO_WARNINGS_SEED ? Number(process.env.PO_WARNINGS_SEED) : Math.floor(Math.random() * 1e9);
console.info(`[public-order-warnings] IIN seed ${seed} (replay with PO_WARNINGS_SEED=${seed})`);
const rng = createRandom(seed);
const usedIins = new Set<string>();

function nextIin(): { iin: string; birthDate: Date; sex: 'MALE' | 'FEMALE' } {
  for (;;) {
    const birthDate = new Date(Date.UTC(1972, rng.int(6, 11), rng.int(1, 28)));
    const sex = rng.chance(0.5) ? 'MALE' : 'FEMALE';
    const iin = buildIin(birthDate, sex, rng.int(0, 9999));
    if (iin && !usedIins.has(iin)) {
      usedIins.add(iin);
      return { iin, birthDate, sex };
    }
  }
}

export async function createPublicOrderPerson(
  tx: Db | Tx,
  options: { districtId: string; createdById: string; lastName?: string; firstName?: string; middleName?: string | null },
) {
  const { iin, birthDate, sex } = nextIin();
  const district = await tx.district.findUniqueOrThrow({ where: { id: options.districtId }, select: { regionId: true } });
  return tx.publicOrderPerson.create({
    data: {
      iin,
      birthDate,
      sex,
      lastName: options.lastName ?? `Тестов-${uniqueSuffix()}`,
      firstName: options.firstName ?? 'Ержан',
      middleName: options.middleName === undefined ? 'Болатұлы' : options.middleName,
      districtId: options.districtId,
      regionId: district.regionId,
      locality: 'Астана',
      street: 'Кенесары',
      building: '12',
      apartment: '34',
      createdById: options.createdById,
    },
  });
}

export async function createIncident(
  tx: Db | Tx,
  options: { subject: TSubject; kindCode?: string; occurredOn: Date; recordedById: string; place?: string; protocolNumber?: string | null },
) {
  const kind = await tx.incidentKind.findUniqueOrThrow({ where: { code: options.kindCode ?? 'NOISE' } });
  const incident = await tx.publicOrderIncident.create({
    data: {
      ...(options.subject.kind === 'publicOrder' ? { publicOrderPersonId: options.subject.id } : { personId: options.subject.id }),
      occurredOn: options.occurredOn,
      place: options.place ?? 'двор дома 12',
      kindId: kind.id,
      protocolNumber: options.protocolNumber ?? null,
      description: 'Шум ночью, жалоба соседей',
      recordedById: options.recordedById,
    },
  });
  if (options.subject.kind === 'publicOrder') {
    const record = await tx.publicOrderPerson.findUniqueOrThrow({ where: { id: options.subject.id }, select: { lastIncidentOn: true } });
    if (!record.lastIncidentOn || record.lastIncidentOn < options.occurredOn)
      await tx.publicOrderPerson.update({ where: { id: options.subject.id }, data: { lastIncidentOn: options.occurredOn } });
  }
  return incident;
}
