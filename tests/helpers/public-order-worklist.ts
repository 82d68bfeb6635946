import type { Db, Tx } from '@/lib/db/client';
import type { TSubject } from '@/lib/public-order/subject';
import { subjectWhere } from '@/lib/public-order/subject';
import { buildIin } from '@/lib/iin/iin';
import { createRandom } from '@/prisma/seed/random';

// Local stand-ins for the RECORD and INCIDENTS parts' factories (createPublicOrderPerson,
// createIncident in prisma/seed/public-order.ts), which are not on this branch: plain creates of
// the core's tables, folded into the shared factories at merge. IINs: birth dates 1973-01..06
// (this part's range), serials from a logged seed.

const seed = process.env.PO_WORKLIST_SEED ? Number(process.env.PO_WORKLIST_SEED) : Math.floor(Math.random() * 1e9);
console.info(`[public-order-worklist] IIN seed ${seed} (replay with PO_WORKLIST_SEED=${seed})`);
const rng = createRandom(seed);
let serial = rng.int(0, 9000);

function nextIin(): { iin: string; birthDate: Date } {
  for (;;) {
    const birthDate = new Date(Date.UTC(1973, rng.int(0, 5), rng.int(1, 28)));
    const iin = buildIin(birthDate, 'MALE', serial++ % 10000);
    if (iin) return { iin, birthDate };
  }
}

export async function createPublicOrderPersonLocal(
  tx: Db | Tx,
  {
    districtId,
    createdById,
    lastName = 'Kudaibergenov',
    firstName = 'Serik',
  }: { districtId: string; createdById: string; lastName?: string; firstName?: string },
) {
  const { iin, birthDate } = nextIin();
  return tx.publicOrderPerson.create({
    data: { iin, birthDate, sex: 'MALE', lastName, firstName, districtId, createdById, regionId: '', locality: 'Astana', street: 'Abai', building: '1' },
  });
}

/** An incident on the subject, on a calendar date (UTC midnight); keeps the record's lastIncidentOn. */
export async function createIncidentLocal(
  tx: Db | Tx,
  { subject, occurredOn, recordedById, kindCode = 'NOISE' }: { subject: TSubject; occurredOn: Date; recordedById: string; kindCode?: string },
) {
  const kind = await tx.incidentKind.findUniqueOrThrow({ where: { code: kindCode } });
  const incident = await tx.publicOrderIncident.create({
    data: { ...subjectWhere(subject), occurredOn, kindId: kind.id, place: 'Courtyard', description: 'fixture', recordedById },
  });
  if (subject.kind === 'publicOrder') {
    const row = await tx.publicOrderPerson.findUniqueOrThrow({ where: { id: subject.id }, select: { lastIncidentOn: true } });
    if (!row.lastIncidentOn || row.lastIncidentOn < occurredOn)
      await tx.publicOrderPerson.update({ where: { id: subject.id }, data: { lastIncidentOn: occurredOn } });
  }
  return incident;
}

/** A public-order warning on the subject, in the given state (signed/refused on the issue day). */
export async function createPublicOrderWarningLocal(
  tx: Db | Tx,
  {
    subject,
    legalBasisId,
    issuedById,
    outcome,
    issuedAt = new Date(),
  }: { subject: TSubject; legalBasisId: string; issuedById: string; outcome: 'PENDING' | 'SIGNED' | 'REFUSED'; issuedAt?: Date },
) {
  const day = new Date(Date.UTC(issuedAt.getUTCFullYear(), issuedAt.getUTCMonth(), issuedAt.getUTCDate()));
  const recorded = outcome === 'PENDING' ? {} : { outcomeRecordedById: issuedById, outcomeRecordedAt: issuedAt };
  return tx.warning.create({
    data: {
      ...subjectWhere(subject),
      type: 'PUBLIC_ORDER_WARNING',
      legalBasisId,
      issuedById,
      issuedAt,
      outcome,
      ...(outcome === 'SIGNED' ? { signedOn: day } : {}),
      ...(outcome === 'REFUSED' ? { refusedOn: day, refusalWitness: 'Lt. B. Omarov, district inspector' } : {}),
      ...recorded,
    },
  });
}
