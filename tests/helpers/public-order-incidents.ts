import type { Db, Tx } from '@/lib/db/client';
import { buildIin } from '@/lib/iin/iin';
import { uniqueSuffix } from '@/prisma/seed/factories';

// A local copy of RECORD's createPublicOrderPerson (prisma/seed/public-order.ts is not on this
// branch); folded into it at merge. INCIDENTS' IINs: birth dates in 1972-01..06, serials from a
// logged seed.

const seed = process.env.PUBLIC_ORDER_INCIDENTS_SEED ? Number(process.env.PUBLIC_ORDER_INCIDENTS_SEED) : Math.floor(Math.random() * 5000);
console.info(`[public-order-incidents] IIN serial seed ${seed} (replay with PUBLIC_ORDER_INCIDENTS_SEED=${seed})`);
let serial = seed;

export async function createPublicOrderPerson(
  db: Db | Tx,
  { districtId, createdById, birthDate = new Date('1972-03-14T00:00:00Z') }: { districtId: string; createdById: string; birthDate?: Date },
) {
  const regionId = (await db.district.findUniqueOrThrow({ where: { id: districtId }, select: { regionId: true } })).regionId;
  // A taken IIN (an earlier run on the same server database) moves on to the next serial.
  for (;;) {
    const iin = buildIin(birthDate, 'MALE', 1 + (serial++ % 9000));
    if (!iin || (await db.publicOrderPerson.findUnique({ where: { iin }, select: { id: true } }))) continue;
    return create(db, iin, { districtId, createdById, birthDate, regionId });
  }
}

function create(
  db: Db | Tx,
  iin: string,
  { districtId, createdById, birthDate, regionId }: { districtId: string; createdById: string; birthDate: Date; regionId: string },
) {
  const s = uniqueSuffix();
  return db.publicOrderPerson.create({
    data: {
      iin,
      lastName: `Tynyshtyk-${s}`,
      firstName: 'Berik',
      birthDate,
      sex: 'MALE',
      districtId,
      // Set again by the region trigger from the district.
      regionId,
      locality: 'Astana',
      street: 'Abai',
      building: '12',
      createdById,
    },
  });
}
