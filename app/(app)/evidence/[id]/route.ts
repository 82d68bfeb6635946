import { defineRoute } from '@/lib/http/define-route';
import { personScope } from '@/lib/persons/scope';

// Evidence files are part of the person's record: same scope, and each download is audited.
export const GET = defineRoute<{ id: string }>({
  name: 'evidence.download',
  permission: 'person.read',
  target: ({ id }) => ({ targetType: 'Evidence', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const file = await tx.evidence.findFirst({
      where: { id: params.id, violation: { person: personScope(actor) } },
      select: { id: true, data: true, mimeType: true },
    });
    return file && { body: file.data, contentType: file.mimeType, filename: `evidence-${file.id}` };
  },
});
