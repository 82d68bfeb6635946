import { notFound } from 'next/navigation';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { personScope } from '@/lib/persons/scope';
import { writeAudit } from '@/lib/audit/write-audit';

// Evidence files are part of the person's record: same scope, and each download is audited.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'person.read')) notFound();
  const { id } = await params;
  const file = await db.$transaction(async (tx) => {
    const found = await tx.evidence.findFirst({ where: { id, violation: { person: personScope(actor) } } });
    await writeAudit(tx, { actor, action: 'evidence.download', targetType: 'Evidence', targetId: id, outcome: found ? 'SUCCESS' : 'DENIED', ip: meta.ip, requestId: meta.requestId });
    return found;
  });
  if (!file) notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': `attachment; filename="evidence-${file.id}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
