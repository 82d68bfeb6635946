import { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { hasControlCharacters, zId, zVersion } from '@/lib/validation/fields';
import { personScope } from '@/lib/persons/scope';
import { rollSchedules } from '@/lib/checkins/schedule';
import { noteRollupChange } from '@/lib/oversight/rollups';
import { REVIEW_PAGE_SIZE } from './find-pending';

export const ZReviewPersons = z.object({
  persons: z
    .array(z.object({ id: zId, version: zVersion }))
    .min(1, 'importReview.validation.nobody')
    .max(REVIEW_PAGE_SIZE, 'importReview.validation.tooMany'),
  officerId: z
    .string({ error: 'importReview.validation.officer' })
    .min(1, { message: 'importReview.validation.officer', abort: true })
    .max(64, { message: 'importReview.validation.officer', abort: true })
    .refine((v) => !hasControlCharacters(v), { message: 'importReview.validation.officer', abort: true }),
});
export type TReviewPersons = z.output<typeof ZReviewPersons>;

/**
 * A supervisor reviews imported persons and assigns them to an officer of their district: they
 * become REVIEWED (so the public registry lists them where its rule allows), join the officer's
 * caseload, and their reporting schedule is rolled for the officer. All or nothing: a person
 * outside the supervisor's region is not found, an officer of another district is refused, and a
 * person changed (or reviewed) by someone else since the list was read is a conflict; in every
 * case nothing is saved.
 */
export async function reviewPersons({ tx, actor, input, now = new Date() }: { tx: Tx; actor: TActor; input: TReviewPersons; now?: Date }) {
  const versions = new Map(input.persons.map((p) => [p.id, p.version]));
  // One order for the row locks, so two overlapping reviews cannot deadlock.
  const ids = [...versions.keys()].sort();
  const persons = await tx.person.findMany({ where: { AND: [{ id: { in: ids } }, personScope(actor)] }, select: { id: true, districtId: true } });
  if (actor.role !== 'SUPERVISOR' || persons.length !== ids.length) throw new NotFoundError('Person');

  const officer = await tx.user.findFirst({
    where: { id: input.officerId, role: 'OFFICER', status: 'ACTIVE', district: { regionId: actor.regionId ?? '-' } },
    select: { id: true, districtId: true },
  });
  if (!officer) throw new FieldError({ officerId: { key: 'importReview.validation.officer' } });
  if (persons.some((p) => p.districtId !== officer.districtId)) throw new FieldError({ officerId: { key: 'importReview.validation.officerDistrict' } });

  for (const id of ids) {
    const updated = await tx.person.updateMany({
      where: { id, version: versions.get(id), reviewStatus: 'PENDING_REVIEW' },
      data: { reviewStatus: 'REVIEWED', reviewedById: actor.id, reviewedAt: now, officerId: officer.id, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError({ key: 'importReview.errors.changed' });
  }
  // As a reassignment does: check-ins already due move to the officer, and the schedule is rolled for them.
  await tx.checkIn.updateMany({ where: { personId: { in: ids }, outcome: 'SCHEDULED' }, data: { officerId: officer.id } });
  const schedule = await rollSchedules({ tx, personIds: ids, now });
  // The dashboard counts history under the current officer.
  await noteRollupChange(tx);
  return { personIds: ids, officerId: officer.id, districtId: officer.districtId, slotsAdded: schedule.added };
}
