import { defineAction } from '@/lib/actions/define-action';
import { saveReference, ZSaveReference } from './save-reference';

export const saveReferenceAction = defineAction({
  name: 'reference.save',
  permission: 'reference.manage',
  schema: ZSaveReference,
  handler: async ({ tx, input }) => {
    const row = await saveReference({ tx, input });
    const id = String(row.id ?? row.key);
    return { data: { id }, audit: { targetType: input.kind, targetId: id, details: { created: !input.id, values: input.values } } };
  },
});
