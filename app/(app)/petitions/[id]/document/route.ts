import { notFound } from 'next/navigation';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { petitionScope } from '@/lib/petitions/scope';

// The filed petition document; same scope as the petition, each download audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'petition.read')) notFound();
  const { id } = await params;
  const petition = await db.$transaction(async (tx) => {
    const found = await tx.extensionPetition.findFirst({ where: { AND: [{ id }, petitionScope(actor)] }, select: { pdf: true, filingNumber: true } });
    await writeAudit(tx, { actor, action: 'petition.document', targetType: 'ExtensionPetition', targetId: id, outcome: found?.pdf ? 'SUCCESS' : 'DENIED', ip: meta.ip, requestId: meta.requestId });
    return found;
  });
  if (!petition?.pdf) notFound();
  return new Response(new Uint8Array(petition.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${petition.filingNumber ?? 'petition'}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
