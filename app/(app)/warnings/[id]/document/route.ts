import { defineRoute } from '@/lib/http/define-route';
import { hasPermission } from '@/lib/auth/permissions';
import { warningScope } from '@/lib/public-order/scope';
import { isPublicOrderWarning, PUBLIC_ORDER_KIND_SELECT } from '@/lib/public-order/warnings-kind';
import { renderStoredWarningPdf } from '@/lib/warnings/issue-warning';

// The warning document: part of the person's record, so the same permission and scope, and
// each download is audited. A public-order warning's document is public-order work: police and
// supervisors in its scope (publicOrder.read) read it, nobody else (docs/decisions/033).
export const GET = defineRoute<{ id: string }>({
  name: 'warning.document',
  permission: 'person.read',
  target: ({ id }) => ({ targetType: 'Warning', targetId: id }),
  handler: async ({ tx, actor, params }) => {
    const found = await tx.warning.findFirst({
      where: { AND: [{ id: params.id }, warningScope(actor)] },
      select: { id: true, pdf: true, type: true, issuedAt: true, ...PUBLIC_ORDER_KIND_SELECT },
    });
    if (!found) return null;
    if (isPublicOrderWarning(found) && !hasPermission(actor.role, 'publicOrder.read')) return null;
    // A warning loaded without its document (seeded or imported data): rendered from the stored
    // record, the same bytes each time; a download never writes anything but its audit event.
    const pdf = found.pdf ?? (await renderStoredWarningPdf(tx, found.id));
    if (!pdf) return null;
    const name = `${found.type === 'LIFELONG_RESTRICTIONS_NOTICE' ? 'notice' : 'warning'}-${found.issuedAt.toISOString().slice(0, 10)}.pdf`;
    return { body: pdf, contentType: 'application/pdf', filename: name };
  },
});
