import { defineAction } from '@/lib/actions/define-action';
import { resolveConflict, ZResolveConflict } from './registration-conflicts';

/** A supervisor marks a registration conflict handled (docs/decisions/010-no-iin-existence-oracle.md). */
export const resolveConflictAction = defineAction({
  name: 'registrationConflict.resolve',
  permission: 'person.review',
  schema: ZResolveConflict,
  handler: async ({ tx, actor, input }) => {
    const row = await resolveConflict({ tx, actor, input });
    return {
      data: { id: row.id },
      audit: { targetType: 'RegistrationConflict', targetId: row.id, details: { districtId: row.targetDistrictId, existingPersonId: row.existingPersonId } },
    };
  },
});
