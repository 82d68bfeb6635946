import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { findRegionOfficers } from '@/lib/caseload/find-caseload';
import { ZDashboardFilter } from './filters';

/**
 * What the dashboard's filter form offers (the supervisor's region, its districts and active
 * officers) and the filter parsed from the query string. A district or officer outside the
 * region is ignored rather than trusted.
 */
export async function getDashboardScope({
  db = appDb,
  actor,
  searchParams,
}: {
  db?: Db;
  actor: TActor;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const raw = ZDashboardFilter.parse(searchParams);
  const [region, districts, officers] = await Promise.all([
    actor.regionId ? db.region.findUnique({ where: { id: actor.regionId } }) : null,
    db.district.findMany({ where: { regionId: actor.regionId ?? '-' }, orderBy: { nameEn: 'asc' } }),
    findRegionOfficers({ db, actor }),
  ]);
  const filter = {
    ...raw,
    districtId: districts.some((d) => d.id === raw.districtId) ? raw.districtId : undefined,
    officerId: officers.some((o) => o.id === raw.officerId) ? raw.officerId : undefined,
  };
  return { region, districts, officers, filter };
}

export type TDashboardScope = Awaited<ReturnType<typeof getDashboardScope>>;
