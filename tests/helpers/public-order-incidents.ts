import type { Db, Tx } from '@/lib/db/client';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { createPublicOrderPerson as createRecord } from '@/prisma/seed/public-order';

// The shared createPublicOrderPerson with INCIDENTS' IINs: born 1972-03-14 unless told, serials
// from a logged seed.

const seed = process.env.PUBLIC_ORDER_INCIDENTS_SEED ? Number(process.env.PUBLIC_ORDER_INCIDENTS_SEED) : Math.floor(Math.random() * 5000);
console.info(`[public-order-incidents] IIN serial seed ${seed} (replay with PUBLIC_ORDER_INCIDENTS_SEED=${seed})`);

export function createPublicOrderPerson(
  db: Db | Tx,
  { districtId, createdById, birthDate = new Date('1972-03-14T00:00:00Z') }: { districtId: string; createdById: string; birthDate?: Date },
) {
  return createRecord(db, { districtId, createdById, birthDate, serial: seed, lastName: `Tynyshtyk-${uniqueSuffix()}`, firstName: 'Berik', middleName: null });
}
