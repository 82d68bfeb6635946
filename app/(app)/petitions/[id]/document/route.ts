import { defineRoute } from '@/lib/http/define-route';
import { petitionScope } from '@/lib/petitions/scope';

// The filed petition document; same scope as the petition, each download audited.
export const GET = defineRoute<{ id: string }>({
  name: 'petition.document',
  permission: 'petition.read',
  target: ({ id }) => ({ targetType: 'ExtensionPetition', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const found = await tx.extensionPetition.findFirst({
      where: { AND: [{ id: params.id }, petitionScope(actor)] },
      select: { pdf: true, filingNumber: true },
    });
    return found?.pdf ? { body: found.pdf, contentType: 'application/pdf', filename: `${found.filingNumber ?? 'petition'}.pdf` } : null;
  },
});
