import { notFound } from 'next/navigation';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { petitionScope } from '@/lib/petitions/scope';

// A petition's attachment, or ("decision-scan") the scan of the court's decision: same scope as
// the petition, served as a download, each one audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { actor, meta } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'petition.read')) notFound();
  const { id, fileId } = await params;
  const file = await db.$transaction(async (tx) => {
    const petition = await tx.extensionPetition.findFirst({ where: { AND: [{ id }, petitionScope(actor)] }, select: { id: true } });
    let found: { data: Uint8Array; mimeType: string } | null = null;
    if (petition && fileId === 'decision-scan') {
      const d = await tx.courtDecision.findUnique({ where: { petitionId: petition.id }, select: { scan: true, scanMimeType: true } });
      found = d?.scan && d.scanMimeType ? { data: d.scan, mimeType: d.scanMimeType } : null;
    } else if (petition) {
      found = await tx.petitionAttachment.findFirst({ where: { id: fileId, petitionId: petition.id }, select: { data: true, mimeType: true } });
    }
    await writeAudit(tx, { actor, action: 'petition.fileDownload', targetType: 'ExtensionPetition', targetId: id, outcome: found ? 'SUCCESS' : 'DENIED', ip: meta.ip, requestId: meta.requestId, details: { fileId } });
    return found;
  });
  if (!file) notFound();
  return new Response(new Uint8Array(file.data), {
    headers: { 'Content-Type': file.mimeType, 'Content-Disposition': 'attachment', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
