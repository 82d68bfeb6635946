import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import { zId, zPlainString, zVersion } from '@/lib/validation/fields';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { writeAudit } from '@/lib/audit/write-audit';
import { personScope } from '@/lib/persons/scope';
import { noteRollupChange } from '@/lib/oversight/rollups';
import { REVIEWED_WHERE } from '@/lib/review/rule';
import { notify } from '@/lib/notifications/notify';
import { users } from '@/lib/notifications/recipients';

export const ZReassign = z.object({
  persons: z
    .array(z.object({ id: zId, version: zVersion }))
    .min(1, 'reassign.validation.nobody')
    .max(500, 'reassign.validation.tooMany'),
  toOfficerId: z.string({ error: 'reassign.validation.officer' }).min(1, { message: 'reassign.validation.officer', abort: true }).pipe(zId),
  reason: zPlainString('reassign.validation.reason').trim().min(10, 'reassign.validation.reason').max(1000, 'validation.tooLong'),
});
export type TReassign = z.output<typeof ZReassign>;

/**
 * Moves persons to another officer of the supervisor's region. Their scheduled check-ins move
 * with them, so the new officer's agenda and inbox show them at once. All or nothing: if any
 * person changed meanwhile (version), nobody moves and the supervisor is told.
 */
export async function reassignPersons({ tx, actor, meta, input }: { tx: Tx; actor: TActor; meta: TRequestMeta; input: TReassign }) {
  const officer = await tx.user.findFirst({
    where: { id: input.toOfficerId, role: 'OFFICER', status: 'ACTIVE', district: { regionId: actor.regionId ?? '-' } },
    select: { id: true },
  });
  if (!officer) throw new FieldError({ toOfficerId: { key: 'reassign.validation.officer' } });
  const ids = [...new Set(input.persons.map((p) => p.id))];
  const persons = await tx.person.findMany({
    where: { AND: [{ id: { in: ids } }, personScope(actor)] },
    select: { id: true, officerId: true, reviewStatus: true },
  });
  if (persons.length !== ids.length) throw new NotFoundError('Person');
  // Imported persons awaiting review are assigned on the review screen, which publishes them too.
  if (persons.some((p) => p.reviewStatus !== 'REVIEWED')) throw new FieldError({ persons: { key: 'importReview.validation.reassignPending' } });
  for (const p of input.persons) {
    const moved = await tx.person.updateMany({ where: { id: p.id, version: p.version }, data: { officerId: officer.id, version: { increment: 1 } } });
    if (moved.count === 0) throw new ConflictError({ key: 'reassign.errors.changed' });
  }
  const checkIns = await tx.checkIn.updateMany({ where: { personId: { in: ids }, outcome: 'SCHEDULED' }, data: { officerId: officer.id } });
  // The dashboard counts history under the current officer: its roll-ups move with the persons.
  await noteRollupChange(tx);
  // One event per person, so each record's own history shows who moved it, from whom and why.
  for (const p of persons) {
    await writeAudit(tx, {
      actor,
      action: 'person.reassign',
      outcome: 'SUCCESS',
      targetType: 'Person',
      targetId: p.id,
      ip: meta.ip,
      requestId: meta.requestId,
      details: { fromOfficerId: p.officerId, toOfficerId: officer.id, reason: input.reason },
    });
  }
  // The receiving officer, and each former one, are told how many persons moved (no names).
  const entity = { type: 'User', id: officer.id, link: '/caseload' };
  await notify(tx, actor, { kind: 'PERSONS_REASSIGNED_TO_YOU', to: users(officer.id), entity, params: { count: persons.length } });
  const formerCounts = new Map<string, number>();
  for (const p of persons) if (p.officerId && p.officerId !== officer.id) formerCounts.set(p.officerId, (formerCounts.get(p.officerId) ?? 0) + 1);
  for (const [formerId, count] of formerCounts) {
    await notify(tx, actor, { kind: 'PERSONS_REASSIGNED_AWAY', to: users(formerId), entity: { ...entity, id: formerId }, params: { count } });
  }
  return { moved: persons.length, checkInsMoved: checkIns.count, toOfficerId: officer.id };
}

/** The persons of one officer of the region (or unassigned ones, not those awaiting review), for picking whom to move. */
export async function findReassignable({ db = appDb, actor, officerId }: { db?: Db; actor: TActor; officerId: string | null }) {
  return db.person.findMany({
    where: { AND: [personScope(actor), REVIEWED_WHERE, { officerId }, { orders: { some: { status: 'ACTIVE' } } }] },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, version: true, lastName: true, firstName: true, middleName: true, district: { select: { nameEn: true, nameRu: true, nameKk: true } } },
  });
}
