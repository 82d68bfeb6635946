import { defineAction } from '@/lib/actions/define-action';
import { issueWarning } from './issue-warning';
import { recordWarningOutcome } from './record-outcome';
import { ZIssueWarning, ZRecordWarningOutcome } from './schemas';

export const issueWarningAction = defineAction({
  name: 'warning.issue',
  permission: 'warning.issue',
  schema: ZIssueWarning,
  handler: async ({ tx, actor, input }) => {
    const w = await issueWarning({ tx, actor, input });
    return {
      data: { warningId: w.id },
      audit: { targetType: 'Warning', targetId: w.id, details: { personId: input.personId, type: input.type, language: input.language } },
    };
  },
});

export const recordWarningOutcomeAction = defineAction({
  name: 'warning.outcome',
  permission: 'warning.record',
  schema: ZRecordWarningOutcome,
  handler: async ({ tx, actor, input }) => {
    const w = await recordWarningOutcome({ tx, actor, input });
    return {
      data: { warningId: w.id },
      audit: {
        targetType: 'Warning',
        targetId: w.id,
        // A public-order warning's trail carries no names (issue 14's contract): the witness stays on the warning.
        details: {
          outcome: input.outcome,
          date: input.date.toISOString().slice(0, 10),
          ...(w.publicOrder ? {} : { witness: input.refusalWitness ?? null }),
        },
      },
    };
  },
});
