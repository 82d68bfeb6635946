import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { localName, localTitle } from '@/lib/i18n/config';
import { districtScope, personScope } from '@/lib/persons/scope';

export type TOption = { value: string; label: string };

/** Select options for the person and order forms, labelled in the user's language. */
export async function loadFormOptions({ db = appDb, actor, locale }: { db?: Db; actor: TActor; locale: string }) {
  const [registerDistricts, districts, courts, articles, bases] = await Promise.all([
    db.district.findMany({ where: districtScope(actor), include: { region: true }, orderBy: { code: 'asc' } }),
    db.district.findMany({ include: { region: true }, orderBy: { code: 'asc' } }),
    db.court.findMany({ where: { active: true }, orderBy: { code: 'asc' } }),
    db.criminalArticle.findMany({ where: { active: true }, orderBy: { code: 'asc' } }),
    db.legalBasis.findMany({ orderBy: { inForceFrom: 'asc' } }),
  ]);
  const districtLabel = (d: (typeof districts)[number]) => `${localName(d.region, locale)} — ${localName(d, locale)}`;
  return {
    registerDistricts: registerDistricts.map((d) => ({ value: d.id, label: districtLabel(d) })),
    districts: districts.map((d) => ({ value: d.id, label: districtLabel(d) })),
    courts: courts.map((c) => ({ value: c.id, label: localName(c, locale) })),
    articles: articles.map((a) => ({ value: a.id, label: `${a.code} — ${localTitle(a, locale)}` })),
    legalBases: bases.map((b) => ({ value: b.id, label: localTitle(b, locale), defaultTermYears: b.defaultTermYears })),
  };
}

/** Districts that appear in the actor's persons, for the search filter. */
export async function loadSearchDistricts({ db = appDb, actor, locale }: { db?: Db; actor: TActor; locale: string }): Promise<TOption[]> {
  const rows = await db.district.findMany({ where: { persons: { some: personScope(actor) } }, orderBy: { code: 'asc' } });
  return rows.map((d) => ({ value: d.id, label: localName(d, locale) }));
}

/** The districts of a supervisor's region, for the review filter (none without a region). */
export async function loadRegionDistricts({ db = appDb, actor }: { db?: Db; actor: Pick<TActor, 'regionId'> }) {
  return db.district.findMany({
    where: { regionId: actor.regionId ?? '-' },
    orderBy: { code: 'asc' },
    select: { id: true, nameEn: true, nameRu: true, nameKk: true },
  });
}
