import type { Tx } from '@/lib/db/client';
import type { TSubject } from '@/lib/public-order/subject';
import { subjectWhere } from '@/lib/public-order/subject';
import { buildIin } from '@/lib/iin/iin';
import { createRandom, type TRandom } from '@/prisma/seed/random';

// Local copies of the public-order factories (RECORD owns createPublicOrderPerson, INCIDENTS owns
// createIncident in prisma/seed/public-order.ts; not on the retention branch). Folded at merge.
// IINs: birth dates in July–December 1973 (RETENTION's range), serials from a logged seed.

const seed = process.env.PUBLIC_ORDER_SEED ? Number(process.env.PUBLIC_ORDER_SEED) : Math.floor(Math.random() * 1e9);
console.info(`[public-order-retention] IIN seed ${seed} (replay with PUBLIC_ORDER_SEED=${seed})`);
const rng: TRandom = createRandom(seed);

/** A fresh IIN born July–December 1973 that no public-order record holds yet. */
async function freshIin(tx: Tx) {
  for (;;) {
    const birthDate = new Date(Date.UTC(1973, rng.int(6, 11), rng.int(1, 28)));
    const sex = rng.chance(0.5) ? ('MALE' as const) : ('FEMALE' as const);
    const iin = buildIin(birthDate, sex, rng.int(0, 9999));
    if (iin && !(await tx.publicOrderPerson.findUnique({ where: { iin }, select: { id: true } }))) return { iin, birthDate, sex };
  }
}

export async function createPublicOrderPerson(
  tx: Tx,
  {
    districtId,
    createdById,
    lastName = 'Ретенцияев',
    firstName = 'Болат',
    createdAt,
    lastIncidentOn = null,
  }: { districtId: string; createdById: string; lastName?: string; firstName?: string; createdAt?: Date; lastIncidentOn?: Date | null },
) {
  const identity = await freshIin(tx);
  return tx.publicOrderPerson.create({
    data: {
      ...identity,
      lastName,
      firstName,
      middleName: 'Серикович',
      districtId,
      // Set by the trigger from the district.
      regionId: '',
      locality: 'Астана',
      street: 'ул. Кенесары',
      building: '12',
      apartment: '34',
      createdById,
      lastIncidentOn,
      ...(createdAt ? { createdAt } : {}),
    },
  });
}

/**
 * An incident on the subject; on a public-order record it moves lastIncidentOn forward as the
 * recording code does. With `files`, that many evidence files.
 */
export async function createIncident(
  tx: Tx,
  {
    subject,
    kindCode = 'NOISE',
    occurredOn,
    recordedById,
    files = 0,
    description = 'Шумел ночью во дворе дома',
    protocolNumber = null,
  }: { subject: TSubject; kindCode?: string; occurredOn: Date; recordedById: string; files?: number; description?: string; protocolNumber?: string | null },
) {
  const kind = await tx.incidentKind.findUniqueOrThrow({ where: { code: kindCode } });
  const incident = await tx.publicOrderIncident.create({
    data: { ...subjectWhere(subject), occurredOn, place: 'двор дома 12', kindId: kind.id, protocolNumber, description, recordedById },
  });
  for (let n = 0; n < files; n++) {
    await tx.incidentFile.create({
      data: {
        incidentId: incident.id,
        fileName: `photo-${n}.jpg`,
        mimeType: 'image/jpeg',
        size: 3,
        data: new Uint8Array([1, 2, 3]),
        uploadedById: recordedById,
      },
    });
  }
  if (subject.kind === 'publicOrder') {
    const record = await tx.publicOrderPerson.findUniqueOrThrow({ where: { id: subject.id }, select: { lastIncidentOn: true } });
    if (!record.lastIncidentOn || record.lastIncidentOn < occurredOn)
      await tx.publicOrderPerson.update({ where: { id: subject.id }, data: { lastIncidentOn: occurredOn } });
  }
  return incident;
}

/** A public-order warning on the subject referring to the incidents (no document: rendered on demand). */
export async function createPublicOrderWarning(
  tx: Tx,
  {
    subject,
    incidentIds,
    issuedById,
    legalBasisId,
    pdf = null,
  }: { subject: TSubject; incidentIds: string[]; issuedById: string; legalBasisId: string; pdf?: Uint8Array<ArrayBuffer> | null },
) {
  return tx.warning.create({
    data: {
      ...subjectWhere(subject),
      type: 'PUBLIC_ORDER_WARNING',
      legalBasisId,
      issuedById,
      language: 'RU',
      pdf,
      incidents: { create: incidentIds.map((incidentId) => ({ incidentId })) },
    },
  });
}
