import { notFound } from 'next/navigation';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { personScope } from '@/lib/persons/scope';

// The photo is part of the person record: same permission and scope as the page
// (the page view that embeds it is what gets audited).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'person.read')) notFound();
  const { id } = await params;
  const photo = await db.personPhoto.findFirst({
    where: { person: { AND: [{ id }, personScope(actor)] } },
    orderBy: { createdAt: 'desc' },
  });
  if (!photo) notFound();
  return new Response(new Uint8Array(photo.data), {
    headers: { 'Content-Type': photo.mimeType, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
