import { defineRoute } from '@/lib/http/define-route';
import { personScope } from '@/lib/persons/scope';

// The photo is part of the person record: same permission and scope as the page, and each view
// of it is audited (issue 10), shown inline.
export const GET = defineRoute<{ id: string }>({
  name: 'person.photo.view',
  permission: 'person.read',
  target: ({ id }) => ({ targetType: 'Person', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const photo = await tx.personPhoto.findFirst({
      where: { person: { AND: [{ id: params.id }, personScope(actor)] } },
      orderBy: { createdAt: 'desc' },
      select: { id: true, data: true, mimeType: true },
    });
    return photo && { body: photo.data, contentType: photo.mimeType, disposition: 'inline', audit: { details: { photoId: photo.id } } };
  },
});
