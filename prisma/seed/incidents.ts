import type { Db, Tx } from '@/lib/db/client';
import { subjectWhere, type TSubject } from '@/lib/public-order/subject';

// Public-order incidents for the demo seed and the tests (issue 14), shaped as recordIncident
// writes them: one subject, a kind by code (a kind shipped by the migration), and the
// public-order record's lastIncidentOn kept at the latest incident date.

export async function createIncident(
  db: Db | Tx,
  {
    subject,
    recordedById,
    kindCode = 'NOISE',
    occurredOn = new Date('2026-01-15T00:00:00Z'),
    place = 'Courtyard of the building',
    protocolNumber = null,
    description = 'Loud music and shouting after 23:00; neighbours called the police.',
    files = 0,
  }: {
    subject: TSubject;
    recordedById: string;
    kindCode?: string;
    occurredOn?: Date;
    place?: string;
    protocolNumber?: string | null;
    description?: string;
    /** That many small evidence files. */
    files?: number;
  },
) {
  const kind = await db.incidentKind.findUniqueOrThrow({ where: { code: kindCode }, select: { id: true } });
  const incident = await db.publicOrderIncident.create({
    data: {
      ...subjectWhere(subject),
      occurredOn,
      place,
      kindId: kind.id,
      protocolNumber,
      description,
      recordedById,
    },
  });
  for (let n = 0; n < files; n++)
    await db.incidentFile.create({
      data: {
        incidentId: incident.id,
        fileName: `photo-${n}.jpg`,
        mimeType: 'image/jpeg',
        size: 3,
        data: new Uint8Array([1, 2, 3]),
        uploadedById: recordedById,
      },
    });
  // As advanceLastIncidentOn (lib/public-order/incidents.ts): forward only.
  if (subject.kind === 'publicOrder')
    await db.publicOrderPerson.updateMany({
      where: { id: subject.id, OR: [{ lastIncidentOn: null }, { lastIncidentOn: { lt: occurredOn } }] },
      data: { lastIncidentOn: occurredOn },
    });
  return incident;
}
