import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { RegistrationSource } from '@/lib/generated/prisma/enums';

// An attempt to register an IIN registered outside the submitter's scope, recorded for the
// supervisors of the region it was meant for (docs/decisions/010-no-iin-existence-oracle.md; the
// list and "mark handled" are in registration-conflicts.ts). Kept apart from them so that the
// registration and import code, which records, does not reach the list's messages.

export type TConflictAttempt = { iin: string; districtId: string; regionId: string; existingPersonId: string };

/**
 * Records attempts (after the attempt's own transaction rolled back). An attempt already open
 * for the same IIN, district and submitter is not recorded twice: a retried form or re-sent file
 * adds nothing to the supervisor's list. Returns the conflict ids in the order given.
 */
export async function recordRegistrationConflicts({
  tx,
  actor,
  source,
  attempts,
}: {
  tx: Tx;
  actor: TActor;
  source: RegistrationSource;
  attempts: TConflictAttempt[];
}) {
  const ids: string[] = [];
  for (const a of attempts) {
    const open = await tx.registrationConflict.findFirst({
      where: { submittedIin: a.iin, targetDistrictId: a.districtId, submittedById: actor.id, resolvedAt: null },
      select: { id: true },
    });
    const row =
      open ??
      (await tx.registrationConflict.create({
        data: {
          submittedIin: a.iin,
          source,
          submittedById: actor.id,
          targetDistrictId: a.districtId,
          targetRegionId: a.regionId,
          existingPersonId: a.existingPersonId,
        },
        select: { id: true },
      }));
    ids.push(row.id);
  }
  return ids;
}
