import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { issuePublicOrderWarning } from './warnings';
import { ZIssuePublicOrderWarning } from './warnings-schemas';
import { ZRegisterPublicOrderPerson, ZUpdatePublicOrderPerson } from './schemas';
import { registerPublicOrderPerson } from './register';
import { updatePublicOrderPerson } from './records';

// The public-order actions, in the file tests/helpers/fuzz.ts and the permission matrix find
// (lib/*/actions.ts): each part's definitions live in their own module and are re-exported here.
export * from './incidents-actions';

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

// Action definitions of public-order work (permission, schema, domain call, audit target); records first.
// The 'use server' module (server-actions.ts) only re-exports them, so tests exercise
// exactly what the browser calls. Audit details: ids only, never names, IINs or addresses.

export const registerPublicOrderPersonAction = defineAction({
  name: 'publicOrder.register',
  permission: 'publicOrder.record',
  schema: ZRegisterPublicOrderPerson,
  handler: async ({ tx, actor, input }) => {
    const created = await registerPublicOrderPerson({ tx, actor, input });
    return {
      data: { publicOrderPersonId: created.id },
      audit: { targetType: 'PublicOrderPerson', targetId: created.id, details: { districtId: created.districtId } },
    };
  },
});

export const updatePublicOrderPersonAction = defineAction({
  name: 'publicOrder.update',
  permission: 'publicOrder.record',
  schema: ZUpdatePublicOrderPerson,
  handler: async ({ tx, actor, input }) => {
    const updated = await updatePublicOrderPerson({ tx, actor, input });
    return { data: updated, audit: { targetType: 'PublicOrderPerson', targetId: updated.id, details: { version: updated.version } } };
  },
});
