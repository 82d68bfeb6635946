import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { issuePublicOrderWarning } from './warnings';
import { ZIssuePublicOrderWarning } from './warnings-schemas';

// Public-order warnings (issue 14, WARNINGS part; docs/decisions/033-public-order-warning-documents.md).
export const issuePublicOrderWarningAction = defineAction({
  name: 'publicOrder.warning.issue',
  permission: 'publicOrder.record',
  schema: ZIssuePublicOrderWarning,
  handler: async ({ tx, actor, input }) => {
    const { warning, incidentCount } = await issuePublicOrderWarning({ tx, actor, input });
    // Ids and counts only: no names, IINs, places or text (shared contract of issue 14).
    return {
      data: { warningId: warning.id },
      audit: { targetType: 'Warning', targetId: warning.id, details: { warningId: warning.id, incidentCount } },
    };
  },
});
