import { defineAction } from '@/lib/actions/define-action';
import { reassignPersons, ZReassign } from './reassign';

export const reassignPersonsAction = defineAction({
  name: 'caseload.reassign',
  permission: 'caseload.reassign',
  schema: ZReassign,
  handler: async ({ tx, actor, meta, input }) => {
    const result = await reassignPersons({ tx, actor, meta, input });
    return {
      data: result,
      audit: {
        targetType: 'User',
        targetId: result.toOfficerId,
        details: { persons: input.persons.map((p) => p.id), reason: input.reason, checkInsMoved: result.checkInsMoved },
      },
    };
  },
});
