import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import { localName, type TLocale } from '@/lib/i18n/config';
import { registrySearchWhere } from './find-registry-entries';

export type TRegionCount = { code: string; name: string; count: number };

/**
 * How many persons are listed per region, for the current name search (the region filter is
 * left out so every region's figure stays visible). The counting is one GROUP BY in SQL over
 * the person's region (kept from the district by a trigger). Every region appears, with 0 when
 * nobody is listed there.
 */
export async function countRegistryByRegion({
  db = appDb,
  q,
  locale,
  now = new Date(),
}: {
  db?: Db;
  q?: string;
  locale: TLocale;
  now?: Date;
}): Promise<TRegionCount[]> {
  const [groups, regions] = await Promise.all([
    db.person.groupBy({ by: ['regionId'], where: registrySearchWhere({ q, region: undefined }, now), _count: { _all: true } }),
    db.region.findMany({ select: { id: true, code: true, nameEn: true, nameRu: true, nameKk: true } }),
  ]);
  const perRegion = new Map(groups.map((g) => [g.regionId, g._count._all]));
  return regions
    .map((r) => ({ code: r.code, name: localName(r, locale), count: perRegion.get(r.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
