import type { Db, Tx } from '@/lib/db/client';
import type { Sex } from '@/lib/generated/prisma/enums';
import { buildIin } from '@/lib/iin/iin';

// Factories of public-order data (issue 14), shared by the demo seed and the tests.

type TClient = Db | Tx;

let serialCounter = Math.floor(Math.random() * 9000);

/**
 * A public-order record in a district (its region set by the trigger), with a valid IIN built from
 * the birth date, sex and serial given (a serial already taken, by a person or another record, moves
 * on to the next). Defaults: born 1971-01-01, male, the next serial of a random start.
 */
export async function createPublicOrderPerson(
  tx: TClient,
  {
    districtId,
    createdById,
    birthDate = new Date(Date.UTC(1971, 0, 1)),
    sex = 'MALE',
    serial,
    lastName = 'Zhaksybekov',
    firstName = 'Erlan',
    middleName = null,
    lastIncidentOn = null,
  }: {
    districtId: string;
    createdById: string;
    birthDate?: Date;
    sex?: Sex;
    serial?: number;
    lastName?: string;
    firstName?: string;
    middleName?: string | null;
    lastIncidentOn?: Date | null;
  },
) {
  const district = await tx.district.findUniqueOrThrow({ where: { id: districtId }, select: { regionId: true } });
  let next = serial ?? serialCounter++;
  for (let tries = 0; tries < 10_000; tries++, next++) {
    const iin = buildIin(birthDate, sex, next % 10_000);
    if (!iin) continue;
    const [person, record] = await Promise.all([
      tx.person.findUnique({ where: { iin }, select: { id: true } }),
      tx.publicOrderPerson.findUnique({ where: { iin }, select: { id: true } }),
    ]);
    if (person || record) continue;
    if (serial === undefined) serialCounter = next + 1;
    return tx.publicOrderPerson.create({
      data: {
        iin,
        lastName,
        firstName,
        middleName,
        birthDate,
        sex,
        districtId,
        regionId: district.regionId,
        locality: 'Astana',
        street: 'Kenesary',
        building: '12',
        apartment: null,
        createdById,
        lastIncidentOn,
      },
    });
  }
  throw new Error('createPublicOrderPerson: no free IIN for this birth date and sex');
}
