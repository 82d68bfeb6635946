import 'server-only';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hasPermission } from '@/lib/auth/permissions';
import { publicOrderScope } from '@/lib/public-order/scope';

// Readable names for the records an audit event is about (docs/decisions/020-clerk-queue-and-audit-labels.md).
// One batched query per record type on the page (never one per row). Names are resolved only
// within what the reader may read of the trail: a supervisor, the persons and users of their own
// region (an event in their region may be a denied attempt on a record elsewhere, whose name they
// must not learn); an administrator, every record (the trail's reader names whose record was touched).

type TReader = Pick<TActor, 'role' | 'regionId'>;
export type TAuditLabel = { text: string; href: string | null; personId: string | null } | null;
type TPersonName = { id: string; lastName: string; firstName: string; middleName: string | null };

/** Persons whose names the reader may see in the trail. */
export function labelPersonScope(reader: TReader): Prisma.PersonWhereInput {
  if (reader.role === 'ADMIN') return {};
  if (reader.role === 'SUPERVISOR' && reader.regionId) return { regionId: reader.regionId };
  return { id: { in: [] } };
}

/** Users whose names the reader may see: a supervisor, those of units in their region. */
export function labelUserScope(reader: TReader): Prisma.UserWhereInput {
  if (reader.role === 'ADMIN') return {};
  if (reader.role === 'SUPERVISOR' && reader.regionId) {
    const regionId = reader.regionId;
    return { OR: [{ regionId }, { district: { regionId } }, { court: { regionId } }] };
  }
  return { id: { in: [] } };
}

export const fullName = (p: Pick<TPersonName, 'lastName' | 'firstName' | 'middleName'>) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

const personSelect = { id: true, lastName: true, firstName: true, middleName: true } as const;

/** Record types that belong to a person, each read by one batched query. */
const PERSON_RECORDS = ['Violation', 'Warning', 'CheckIn', 'SupervisionOrder', 'AnnouncementTask'] as const;

async function personRecords(db: Db, type: (typeof PERSON_RECORDS)[number], ids: string[], person: Prisma.PersonWhereInput) {
  const args = { where: { id: { in: ids }, person }, select: { id: true, person: { select: personSelect } } };
  switch (type) {
    case 'Violation':
      return db.violation.findMany(args);
    case 'Warning':
      return db.warning.findMany(args);
    case 'CheckIn':
      return db.checkIn.findMany(args);
    case 'SupervisionOrder':
      return db.supervisionOrder.findMany(args);
    case 'AnnouncementTask': {
      // A task holds the person's id without a relation: two batched reads, the person's scoped.
      const tasks = await db.announcementTask.findMany({ where: { id: { in: ids } }, select: { id: true, personId: true } });
      const persons = await db.person.findMany({ where: { AND: [{ id: { in: tasks.map((t) => t.personId) } }, person] }, select: personSelect });
      const byId = new Map(persons.map((p) => [p.id, p]));
      return tasks.flatMap((t) => (byId.has(t.personId) ? [{ id: t.id, person: byId.get(t.personId)! }] : []));
    }
  }
}

/**
 * Labels for the targets and actors of a page of events: `targets` by "Type:id", `actors` by
 * user id. A target the reader may not name (or that no longer exists) has no label; the page
 * then shows its type only.
 */
export async function resolveAuditLabels({
  db,
  reader,
  events,
}: {
  db: Db;
  reader: TReader & Pick<TActor, 'role'>;
  events: { actorId: string | null; targetType: string | null; targetId: string | null }[];
}) {
  const byType = new Map<string, Set<string>>();
  for (const e of events) {
    if (!e.targetType || !e.targetId) continue;
    if (!byType.has(e.targetType)) byType.set(e.targetType, new Set());
    byType.get(e.targetType)!.add(e.targetId);
  }
  const ids = (type: string) => [...(byType.get(type) ?? [])];
  const userIds = [...new Set([...ids('User'), ...events.flatMap((e) => (e.actorId ? [e.actorId] : []))])];
  const person = labelPersonScope(reader);
  const personLinks = hasPermission(reader.role, 'person.read');
  const personLabel = (p: TPersonName, prefix = ''): TAuditLabel => ({
    text: `${prefix}${fullName(p)}`,
    href: personLinks ? `/persons/${p.id}` : null,
    personId: p.id,
  });
  const targets = new Map<string, TAuditLabel>();
  const actors = new Map<string, string>();

  const queries: Promise<void>[] = [];
  if (byType.has('Person'))
    queries.push(
      db.person.findMany({ where: { AND: [{ id: { in: ids('Person') } }, person] }, select: personSelect }).then((rows) => {
        for (const p of rows) targets.set(`Person:${p.id}`, personLabel(p));
      }),
    );
  if (byType.has('ExtensionPetition'))
    queries.push(
      db.extensionPetition
        .findMany({ where: { id: { in: ids('ExtensionPetition') }, person }, select: { id: true, filingNumber: true, person: { select: personSelect } } })
        .then((rows) => {
          for (const p of rows)
            targets.set(`ExtensionPetition:${p.id}`, {
              text: `${p.filingNumber ? `${p.filingNumber} · ` : ''}${fullName(p.person)}`,
              href: hasPermission(reader.role, 'petition.read') ? `/petitions/${p.id}` : personLinks ? `/persons/${p.person.id}` : null,
              personId: p.person.id,
            });
        }),
    );
  if (byType.has('Evidence'))
    queries.push(
      db.evidence
        .findMany({
          where: { id: { in: ids('Evidence') }, violation: { person } },
          select: { id: true, violation: { select: { person: { select: personSelect } } } },
        })
        .then((rows) => {
          for (const r of rows) targets.set(`Evidence:${r.id}`, personLabel(r.violation.person));
        }),
    );
  for (const type of PERSON_RECORDS)
    if (byType.has(type))
      queries.push(
        personRecords(db, type, ids(type), person).then((rows) => {
          // A public-order warning has no supervised person (labelled below with its record).
          for (const r of rows) if (r.person) targets.set(`${type}:${r.id}`, personLabel(r.person));
        }),
      );
  // Public-order records (issue 14), and warnings on them: named only for readers whose
  // publicOrderScope reaches the record (a supervisor of its region; the trail's readers have no
  // district, and an administrator none of these records), linked to its page.
  const publicOrder = publicOrderScope({ id: '', districtId: null, courtId: null, ...reader });
  const publicOrderLabel = (p: TPersonName): TAuditLabel => ({
    text: fullName(p),
    href: hasPermission(reader.role, 'publicOrder.read') ? `/public-order/${p.id}` : null,
    personId: null,
  });
  if (byType.has('PublicOrderPerson'))
    queries.push(
      db.publicOrderPerson.findMany({ where: { AND: [{ id: { in: ids('PublicOrderPerson') } }, publicOrder] }, select: personSelect }).then((rows) => {
        for (const p of rows) targets.set(`PublicOrderPerson:${p.id}`, publicOrderLabel(p));
      }),
    );
  if (byType.has('Warning'))
    queries.push(
      db.warning
        .findMany({ where: { id: { in: ids('Warning') }, publicOrderPerson: publicOrder }, select: { id: true, publicOrderPerson: { select: personSelect } } })
        .then((rows) => {
          for (const r of rows) if (r.publicOrderPerson) targets.set(`Warning:${r.id}`, publicOrderLabel(r.publicOrderPerson));
        }),
    );
  if (userIds.length > 0)
    queries.push(
      db.user.findMany({ where: { AND: [{ id: { in: userIds } }, labelUserScope(reader)] }, select: { id: true, fullName: true } }).then((rows) => {
        for (const u of rows) {
          actors.set(u.id, u.fullName);
          targets.set(`User:${u.id}`, { text: u.fullName, href: hasPermission(reader.role, 'user.manage') ? `/admin/users/${u.id}` : null, personId: null });
        }
      }),
    );
  await Promise.all(queries);
  return { targets, actors };
}
