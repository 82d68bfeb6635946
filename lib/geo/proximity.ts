import type { Tx } from '@/lib/db/client';

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

export const DEFAULT_EXCLUSION_RADIUS_M = 300;

/** The banned radius for a person: their exclusion-zone restriction in force, else the setting. */
export async function exclusionRadiusFor(tx: Tx, personId: string): Promise<{ radiusM: number; facilityTypes: string[] | null }> {
  const restriction = await tx.restriction.findFirst({
    where: { type: 'EXCLUSION_ZONE', effectiveTo: null, order: { personId, status: 'ACTIVE' } },
    orderBy: { effectiveFrom: 'desc' },
  });
  const params = restriction?.params as { radiusM?: number; facilityTypes?: string[] } | undefined;
  if (params?.radiusM) return { radiusM: params.radiusM, facilityTypes: params.facilityTypes ?? null };
  const setting = await tx.setting.findUnique({ where: { key: 'exclusion.defaultRadiusM' } });
  const fromSetting = Number(setting?.value);
  return { radiusM: Number.isFinite(fromSetting) && fromSetting > 0 ? fromSetting : DEFAULT_EXCLUSION_RADIUS_M, facilityTypes: null };
}

/**
 * Flags child facilities within the radius of an address at the moment it is entered. A cheap
 * bounding box narrows the candidates in SQL (indexed), then the exact distance decides.
 */
export async function flagFacilitiesNear(
  tx: Tx,
  address: { id: string; latitude: number | null; longitude: number | null },
  radius: { radiusM: number; facilityTypes: string[] | null },
) {
  if (address.latitude === null || address.longitude === null) return [];
  const lat = address.latitude;
  const lng = address.longitude;
  const dLat = radius.radiusM / 111_320;
  const dLng = radius.radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  const candidates = await tx.facility.findMany({
    where: {
      active: true,
      latitude: { gte: lat - dLat, lte: lat + dLat },
      longitude: { gte: lng - dLng, lte: lng + dLng },
      ...(radius.facilityTypes ? { type: { in: radius.facilityTypes as never } } : {}),
    },
  });
  const hits = candidates
    .map((f) => ({ facility: f, distanceM: Math.round(distanceMetres({ lat, lng }, { lat: f.latitude, lng: f.longitude })) }))
    .filter((h) => h.distanceM <= radius.radiusM)
    .sort((a, b) => a.distanceM - b.distanceM);
  if (hits.length > 0) {
    await tx.proximityFlag.createMany({
      data: hits.map((h) => ({ addressId: address.id, facilityId: h.facility.id, distanceM: h.distanceM, radiusM: radius.radiusM })),
    });
  }
  return hits.map((h) => ({ facilityId: h.facility.id, name: h.facility.name, type: h.facility.type, distanceM: h.distanceM }));
}
