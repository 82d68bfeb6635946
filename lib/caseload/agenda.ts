import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from '@/lib/persons/scope';
import { getComplianceFigures, startOfLocalDay, sumInbox } from '@/lib/compliance/compliance';
import { addKzDays } from '@/lib/time/today';

/** The persons whose check-ins an actor works: an officer's own caseload. */
async function caseloadIds(db: Db, actor: TActor) {
  const persons = await db.person.findMany({
    where: { AND: [personScope(actor), { officerId: actor.id }, { orders: { some: { status: 'ACTIVE' } } }] },
    select: { id: true },
  });
  return persons.map((p) => p.id);
}

const PERSON = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

/** Overdue, today's and this week's due check-ins of the officer's caseload. */
export async function findAgenda({ db, actor, now = new Date() }: { db: Db; actor: TActor; now?: Date }) {
  // The schedule is already there: the nightly job and every schedule-changing write keep it
  // (lib/checkins/schedule.ts). A page never writes anything but its audit event.
  const ids = await caseloadIds(db, actor);
  const today = startOfLocalDay(now);
  const tomorrow = addKzDays(today, 1);
  const weekEnd = addKzDays(today, 7);
  const due = await db.checkIn.findMany({
    where: { personId: { in: ids }, outcome: 'SCHEDULED', scheduledAt: { lt: weekEnd } },
    orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
    take: 500,
    include: { person: PERSON },
  });
  return {
    overdue: due.filter((c) => c.scheduledAt! < today),
    today: due.filter((c) => c.scheduledAt! >= today && c.scheduledAt! < tomorrow),
    week: due.filter((c) => c.scheduledAt! >= tomorrow),
  };
}

/** The inbox: the same figures as the caseload, with the items behind each count. */
export async function findInbox({ db = appDb, actor, now = new Date() }: { db?: Db; actor: TActor; now?: Date }) {
  const agenda = await findAgenda({ db, actor, now });
  const ids = await caseloadIds(db, actor);
  const figures = await getComplianceFigures({ db, personIds: ids, now });
  const [awaiting, newViolations] = [
    await db.checkIn.findMany({
      where: { personId: { in: ids }, outcome: 'AWAITING_EVIDENCE', evidenceDueAt: { lt: now } },
      orderBy: { evidenceDueAt: 'asc' },
      include: { person: PERSON },
    }),
    await db.violation.findMany({
      where: { personId: { in: ids }, status: 'RECORDED', createdAt: { gte: addKzDays(now, -7) } },
      orderBy: { createdAt: 'desc' },
      include: { person: PERSON },
    }),
  ];
  return { counts: sumInbox(figures.values()), dueToday: agenda.today, overdue: agenda.overdue, awaiting, newViolations };
}

/** The number shown in the navigation badge. */
export async function countInbox({ db, actor, now = new Date() }: { db: Db; actor: TActor; now?: Date }) {
  if (actor.role !== 'OFFICER') return 0;
  const figures = await getComplianceFigures({ db, personIds: await caseloadIds(db, actor), now });
  return sumInbox(figures.values()).total;
}
