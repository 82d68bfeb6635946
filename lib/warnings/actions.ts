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
        details: { outcome: input.outcome, date: input.date.toISOString().slice(0, 10), witness: input.refusalWitness ?? null },
      },
    };
  },
});
