import 'server-only';
import { db as appDb } from '@/lib/db/client';
import { z } from 'zod';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, NotFoundError } from '@/lib/actions/errors';
import { zId, zVersion } from '@/lib/validation/fields';
import { personScope } from '@/lib/persons/scope';

// An IIN registered outside the submitter's scope is no business of the submitter: they get a
// neutral message that confirms nothing, and the attempt lands here for the supervisors of the
// region they tried to register into (docs/decisions/010-no-iin-existence-oracle.md).

export const CONFLICTS_SHOWN = 100;

/** Which conflicts an actor reviews: a supervisor, those of their region; anybody else, none. */
function conflictScope(actor: TActor) {
  return actor.role === 'SUPERVISOR' && actor.regionId ? { targetRegionId: actor.regionId } : { id: { in: [] as string[] } };
}

/**
 * The open conflicts of the supervisor's region, oldest first, with who tried, when and into
 * which district. The existing person is named (and linked) only when the supervisor may see
 * them; otherwise the list says only that the record lies outside their scope.
 */
export async function findOpenConflicts({ db = appDb, actor }: { db?: Db; actor: TActor }) {
  const where = { AND: [conflictScope(actor), { resolvedAt: null }] };
  const total = await db.registrationConflict.count({ where });
  const rows = await db.registrationConflict.findMany({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: CONFLICTS_SHOWN,
    select: {
      id: true,
      version: true,
      submittedIin: true,
      source: true,
      createdAt: true,
      existingPersonId: true,
      submittedBy: { select: { fullName: true, role: true } },
      targetDistrict: { select: { nameEn: true, nameRu: true, nameKk: true } },
    },
  });
  const visible = await db.person.findMany({
    where: { AND: [{ id: { in: [...new Set(rows.map((r) => r.existingPersonId))] } }, personScope(actor)] },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const byId = new Map(visible.map((p) => [p.id, p]));
  return {
    total,
    rows: rows.map(({ existingPersonId, ...r }) => ({ ...r, existingPerson: byId.get(existingPersonId) ?? null })),
  };
}

export const ZResolveConflict = z.object({ id: zId, version: zVersion });
export type TResolveConflict = z.output<typeof ZResolveConflict>;

/**
 * A supervisor marks a conflict handled. Optimistic: the version read with the list must still
 * hold, so a second click (or a colleague who was first) is a conflict and changes nothing.
 */
export async function resolveConflict({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: TResolveConflict; now?: Date }) {
  const where = { AND: [{ id: input.id }, conflictScope(actor)] };
  const updated = await tx.registrationConflict.updateMany({
    where: { AND: [where, { version: input.version, resolvedAt: null }] },
    data: { resolvedById: actor.id, resolvedAt: now, version: { increment: 1 } },
  });
  const row = await tx.registrationConflict.findFirst({ where, select: { id: true, targetDistrictId: true, existingPersonId: true } });
  if (!row) throw new NotFoundError('RegistrationConflict');
  if (updated.count === 0) throw new ConflictError({ key: 'registrationConflict.errors.changed' });
  return row;
}
