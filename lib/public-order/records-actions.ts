import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { ZRegisterPublicOrderPerson, ZUpdatePublicOrderPerson } from './schemas';
import { registerPublicOrderPerson } from './register';
import { updatePublicOrderPerson } from './records';

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
