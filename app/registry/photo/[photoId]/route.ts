import { findRegistryPhoto } from '@/lib/registry/registry-photo';
import { allowRegistryRequest, tooManyRequests } from '@/lib/registry/request';

// Public: the latest photo of a person the registry lists today, by photo id (never person id).
// Not cached, so a withheld person's photo stops being served at once.
export async function GET(request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  const limit = await allowRegistryRequest({ headers: request.headers, kind: 'photos' });
  if (!limit.allowed) return tooManyRequests(request, limit.retryAfterSeconds);
  const { photoId } = await params;
  const photo = photoId.length <= 64 ? await findRegistryPhoto({ photoId }) : null;
  if (!photo) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(photo.data), {
    headers: { 'Content-Type': photo.mimeType, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
