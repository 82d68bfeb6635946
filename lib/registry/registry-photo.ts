import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import { listedWhere, registryToday } from './rule';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * The bytes behind /registry/photo/[photoId]: only the latest photo of a person the registry
 * lists today. An older photo, a withheld or no-longer-listed person, or an unknown id is null
 * (the route answers 404), so the URL of a photo stops working the moment the person drops out.
 */
export async function findRegistryPhoto({ db = appDb, photoId, now = new Date() }: { db?: Db; photoId: string; now?: Date }) {
  const photo = await db.personPhoto.findFirst({ where: { id: photoId, person: listedWhere(registryToday(now)) }, select: { personId: true } });
  if (!photo) return null;
  const latest = await db.personPhoto.findFirst({
    where: { personId: photo.personId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, mimeType: true, data: true },
  });
  if (!latest || latest.id !== photoId || !IMAGE_TYPES.has(latest.mimeType)) return null;
  return { mimeType: latest.mimeType, data: latest.data };
}
