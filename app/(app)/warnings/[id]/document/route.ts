import { notFound } from 'next/navigation';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { personScope } from '@/lib/persons/scope';
import { renderStoredWarningPdf } from '@/lib/warnings/issue-warning';

// The warning document: part of the person's record, so the same permission and scope, and
// each download is audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'person.read')) notFound();
  const { id } = await params;
  const warning = await db.$transaction(async (tx) => {
    const found = await tx.warning.findFirst({ where: { id, person: personScope(actor) }, select: { id: true, pdf: true, type: true, issuedAt: true } });
    await writeAudit(tx, { actor, action: 'warning.document', targetType: 'Warning', targetId: id, outcome: found ? 'SUCCESS' : 'DENIED', ip: meta.ip, requestId: meta.requestId });
    if (!found || found.pdf) return found;
    // A warning loaded without its document (seeded or imported data): rendered from the stored
    // record, the same bytes each time; a download never writes anything but its audit event.
    return { ...found, pdf: await renderStoredWarningPdf(tx, found.id) };
  });
  if (!warning?.pdf) notFound();
  const name = `${warning.type === 'LIFELONG_RESTRICTIONS_NOTICE' ? 'notice' : 'warning'}-${warning.issuedAt.toISOString().slice(0, 10)}.pdf`;
  return new Response(new Uint8Array(warning.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
