import type { Db, Tx } from '@/lib/db/client';

// Public-order incidents for the demo seed and the tests (issue 14), shaped as recordIncident
// writes them: one subject, a kind by code (a kind shipped by the migration), and the
// public-order record's lastIncidentOn kept at the latest incident date.

export type TIncidentSubject = { kind: 'publicOrder'; id: string } | { kind: 'person'; id: string };

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
  }: {
    subject: TIncidentSubject;
    recordedById: string;
    kindCode?: string;
    occurredOn?: Date;
    place?: string;
    protocolNumber?: string | null;
    description?: string;
  },
) {
  const kind = await db.incidentKind.findUniqueOrThrow({ where: { code: kindCode }, select: { id: true } });
  const incident = await db.publicOrderIncident.create({
    data: {
      ...(subject.kind === 'publicOrder' ? { publicOrderPersonId: subject.id } : { personId: subject.id }),
      occurredOn,
      place,
      kindId: kind.id,
      protocolNumber,
      description,
      recordedById,
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
