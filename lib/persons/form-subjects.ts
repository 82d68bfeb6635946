import 'server-only';
import { db as appDb, type Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from './scope';

// The person a record-entry page is about, read within the actor's scope (null when out of scope
// or missing: the page answers 404 either way). The forms' own actions check scope again.

/** For a new order: the name and the end of the latest sentence (the order's default start). */
export async function findPersonForOrder({ db = appDb, actor, personId }: { db?: Db; actor: TActor; personId: string }) {
  return db.person.findFirst({
    where: { AND: [{ id: personId }, personScope(actor)] },
    select: { id: true, lastName: true, firstName: true, convictions: { orderBy: { sentenceEnd: 'desc' }, take: 1, select: { sentenceEnd: true } } },
  });
}

/** For a new violation: the active restrictions, and the check-in it is proposed from (of this person only). */
export async function findPersonForViolation({ db = appDb, actor, personId, checkInId }: { db?: Db; actor: TActor; personId: string; checkInId?: string }) {
  const person = await db.person.findFirst({
    where: { AND: [{ id: personId }, personScope(actor)] },
    select: { id: true, lastName: true, firstName: true, orders: { where: { status: 'ACTIVE' }, select: { restrictions: { where: { effectiveTo: null } } } } },
  });
  if (!person) return null;
  const checkIn = checkInId ? await db.checkIn.findFirst({ where: { id: checkInId, personId: person.id } }) : null;
  return { person, checkIn };
}

/** For a check-in: the person and the open slot it records (of this person only). */
export async function findPersonForCheckIn({ db = appDb, actor, personId, slotId }: { db?: Db; actor: TActor; personId: string; slotId?: string }) {
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true, lastName: true, firstName: true } });
  if (!person) return null;
  const slot = slotId ? await db.checkIn.findFirst({ where: { id: slotId, personId: person.id, outcome: { in: ['SCHEDULED', 'AWAITING_EVIDENCE'] } } }) : null;
  return { person, slot };
}
