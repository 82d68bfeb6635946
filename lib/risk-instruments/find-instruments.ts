import 'server-only';
import { db as appDb, type Db } from '@/lib/db/client';
import { parseInstrument, type TInstrumentDefinition, type TText } from '@/lib/risk/instrument';

// Reads for the administrators' instrument pages (reference data: no person, no scope).

export type TInstrumentVersionRow = {
  id: string;
  version: number;
  active: boolean;
  createdAt: Date;
  createdBy: { fullName: string; fullNameCyr: string | null; fullNameLat: string | null } | null;
  assessments: number;
};

/** Every instrument by code, each with its versions newest first and how many assessments used each. */
export async function listInstruments({ db = appDb }: { db?: Db } = {}) {
  const rows = await db.riskInstrument.findMany({
    orderBy: [{ code: 'asc' }, { version: 'desc' }],
    select: {
      id: true,
      code: true,
      version: true,
      active: true,
      createdAt: true,
      titleEn: true,
      titleRu: true,
      titleKk: true,
      createdBy: { select: { fullName: true, fullNameCyr: true, fullNameLat: true } },
      _count: { select: { assessments: true } },
    },
  });
  const byCode = new Map<string, { code: string; title: TText; versions: TInstrumentVersionRow[] }>();
  for (const row of rows) {
    const entry = byCode.get(row.code) ?? { code: row.code, title: { en: row.titleEn, ru: row.titleRu, kk: row.titleKk }, versions: [] };
    // The title shown for a code is its active version's (else its newest).
    if (row.active) entry.title = { en: row.titleEn, ru: row.titleRu, kk: row.titleKk };
    entry.versions.push({
      id: row.id,
      version: row.version,
      active: row.active,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      assessments: row._count.assessments,
    });
    byCode.set(row.code, entry);
  }
  return [...byCode.values()];
}

export type TInstrumentVersion = TInstrumentDefinition & {
  id: string;
  code: string;
  version: number;
  active: boolean;
  createdAt: Date;
  title: TText;
  caveat: TText;
  createdBy: TInstrumentVersionRow['createdBy'];
  activeId: string | null;
};

/** One version whole (items, bands, title, caveat), and the id of its code's active version; null if none. */
export async function findInstrumentVersion({ db = appDb, id }: { db?: Db; id: string }): Promise<TInstrumentVersion | null> {
  const row = await db.riskInstrument.findUnique({
    where: { id },
    include: { createdBy: { select: { fullName: true, fullNameCyr: true, fullNameLat: true } } },
  });
  if (!row) return null;
  const active = row.active ? row : await db.riskInstrument.findFirst({ where: { code: row.code, active: true }, select: { id: true } });
  return {
    ...parseInstrument(row),
    id: row.id,
    code: row.code,
    version: row.version,
    active: row.active,
    createdAt: row.createdAt,
    title: { en: row.titleEn, ru: row.titleRu, kk: row.titleKk },
    caveat: { en: row.caveatEn, ru: row.caveatRu, kk: row.caveatKk },
    createdBy: row.createdBy,
    activeId: active?.id ?? null,
  };
}

/** The number the next version of an instrument gets (what the form announces; the action decides). */
export async function nextVersionNumber({ db = appDb, code }: { db?: Db; code: string }) {
  const latest = await db.riskInstrument.aggregate({ where: { code }, _max: { version: true } });
  return (latest._max.version ?? 0) + 1;
}
