import { defineRoute } from '@/lib/http/define-route';
import { personScope } from '@/lib/persons/scope';
import { renderStoredWarningPdf } from '@/lib/warnings/issue-warning';

// The warning document: part of the person's record, so the same permission and scope, and
// each download is audited.
export const GET = defineRoute<{ id: string }>({
  name: 'warning.document',
  permission: 'person.read',
  target: ({ id }) => ({ targetType: 'Warning', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const found = await tx.warning.findFirst({
      where: { id: params.id, person: personScope(actor) },
      select: { id: true, pdf: true, type: true, issuedAt: true },
    });
    if (!found) return null;
    // A warning loaded without its document (seeded or imported data): rendered from the stored
    // record, the same bytes each time; a download never writes anything but its audit event.
    const pdf = found.pdf ?? (await renderStoredWarningPdf(tx, found.id));
    if (!pdf) return null;
    const name = `${found.type === 'LIFELONG_RESTRICTIONS_NOTICE' ? 'notice' : 'warning'}-${found.issuedAt.toISOString().slice(0, 10)}.pdf`;
    return { body: pdf, contentType: 'application/pdf', filename: name };
  },
});
