import type { Db, Tx } from '@/lib/db/client';
import type { TSubject } from '@/lib/public-order/subject';
import { createRandom } from '@/prisma/seed/random';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { createPublicOrderPerson as createRecord } from '@/prisma/seed/public-order';
import { createIncident as createAnyIncident } from '@/prisma/seed/incidents';

// The shared public-order factories with WARNINGS' IINs (birth dates in 1972-07..12, serials from a
// logged seed) and Russian texts, as the warning documents are read back in Russian and Kazakh.

const seed = process.env.PO_WARNINGS_SEED ? Number(process.env.PO_WARNINGS_SEED) : Math.floor(Math.random() * 1e9);
console.info(`[public-order-warnings] IIN seed ${seed} (replay with PO_WARNINGS_SEED=${seed})`);
const rng = createRandom(seed);

export function createPublicOrderPerson(
  tx: Db | Tx,
  options: { districtId: string; createdById: string; lastName?: string; firstName?: string; middleName?: string | null },
) {
  return createRecord(tx, {
    lastName: `Тестов-${uniqueSuffix()}`,
    firstName: 'Ержан',
    middleName: 'Болатұлы',
    ...options,
    birthDate: new Date(Date.UTC(1972, rng.int(6, 11), rng.int(1, 28))),
    sex: rng.chance(0.5) ? 'MALE' : 'FEMALE',
    serial: rng.int(0, 9999),
  });
}

export function createIncident(
  tx: Db | Tx,
  options: { subject: TSubject; kindCode?: string; occurredOn: Date; recordedById: string; place?: string; protocolNumber?: string | null },
) {
  return createAnyIncident(tx, { place: 'двор дома 12', description: 'Шум ночью, жалоба соседей', ...options });
}
