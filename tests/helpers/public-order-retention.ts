import type { Tx } from '@/lib/db/client';
import { createRandom } from '@/prisma/seed/random';
import { createPublicOrderPerson as createRecord } from '@/prisma/seed/public-order';

export { createIncident } from '@/prisma/seed/incidents';
export { createPublicOrderWarning } from '@/prisma/seed/public-order';

// The shared public-order factories with RETENTION's IINs: birth dates in July–December 1973,
// serials from a logged seed.

const seed = process.env.PUBLIC_ORDER_SEED ? Number(process.env.PUBLIC_ORDER_SEED) : Math.floor(Math.random() * 1e9);
console.info(`[public-order-retention] IIN seed ${seed} (replay with PUBLIC_ORDER_SEED=${seed})`);
const rng = createRandom(seed);

export function createPublicOrderPerson(
  tx: Tx,
  options: { districtId: string; createdById: string; lastName?: string; firstName?: string; createdAt?: Date; lastIncidentOn?: Date | null },
) {
  return createRecord(tx, {
    lastName: 'Ретенцияев',
    firstName: 'Болат',
    middleName: 'Серикович',
    ...options,
    birthDate: new Date(Date.UTC(1973, rng.int(6, 11), rng.int(1, 28))),
    sex: rng.chance(0.5) ? 'MALE' : 'FEMALE',
    serial: rng.int(0, 9999),
  });
}
