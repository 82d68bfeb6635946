import type { Db, Tx } from '@/lib/db/client';
import type { Sex } from '@/lib/generated/prisma/enums';
import { buildIin } from '@/lib/iin/iin';
import { subjectWhere, type TSubject } from '@/lib/public-order/subject';
import { kzToday } from '@/lib/time/today';

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
    createdAt,
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
    createdAt?: Date;
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
        ...(createdAt ? { createdAt } : {}),
      },
    });
  }
  throw new Error('createPublicOrderPerson: no free IIN for this birth date and sex');
}

/**
 * A public-order warning on the subject referring to the incidents, in the given state (signed or
 * refused on the day of issue). No document: the document route renders a missing one on demand.
 */
export async function createPublicOrderWarning(
  tx: TClient,
  {
    subject,
    incidentIds = [],
    legalBasisId,
    issuedById,
    outcome = 'PENDING',
    issuedAt = new Date(),
    pdf = null,
  }: {
    subject: TSubject;
    incidentIds?: string[];
    legalBasisId: string;
    issuedById: string;
    outcome?: 'PENDING' | 'SIGNED' | 'REFUSED';
    issuedAt?: Date;
    pdf?: Uint8Array<ArrayBuffer> | null;
  },
) {
  const day = kzToday(issuedAt);
  return tx.warning.create({
    data: {
      ...subjectWhere(subject),
      type: 'PUBLIC_ORDER_WARNING',
      legalBasisId,
      issuedById,
      issuedAt,
      language: 'RU',
      pdf,
      outcome,
      ...(outcome === 'SIGNED' ? { signedOn: day } : {}),
      ...(outcome === 'REFUSED' ? { refusedOn: day, refusalWitness: 'Lt. B. Omarov, district inspector' } : {}),
      ...(outcome === 'PENDING' ? {} : { outcomeRecordedById: issuedById, outcomeRecordedAt: issuedAt }),
      incidents: { create: incidentIds.map((incidentId) => ({ incidentId })) },
    },
  });
}
