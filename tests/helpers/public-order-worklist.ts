import type { Db, Tx } from '@/lib/db/client';
import { createRandom } from '@/prisma/seed/random';
import { createPublicOrderPerson } from '@/prisma/seed/public-order';

export { createIncident as createIncidentLocal } from '@/prisma/seed/incidents';
export { createPublicOrderWarning as createPublicOrderWarningLocal } from '@/prisma/seed/public-order';

// The shared public-order factories with WORKLIST's IINs: birth dates 1973-01..06, serials from a
// logged seed.

const seed = process.env.PO_WORKLIST_SEED ? Number(process.env.PO_WORKLIST_SEED) : Math.floor(Math.random() * 1e9);
console.info(`[public-order-worklist] IIN seed ${seed} (replay with PO_WORKLIST_SEED=${seed})`);
const rng = createRandom(seed);

export function createPublicOrderPersonLocal(tx: Db | Tx, options: { districtId: string; createdById: string; lastName?: string; firstName?: string }) {
  return createPublicOrderPerson(tx, {
    lastName: 'Kudaibergenov',
    firstName: 'Serik',
    ...options,
    birthDate: new Date(Date.UTC(1973, rng.int(0, 5), rng.int(1, 28))),
    serial: rng.int(0, 9999),
  });
}
