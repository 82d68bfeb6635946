import type { Db, Tx } from '@/lib/db/client';

// The public-order settings (administrators edit them with the other settings in reference data;
// the migration 20261203000100_public_order ships the defaults). A missing or unreadable value
// falls back to the default the issue names, so a typo in reference data never empties the
// worklist or deletes records early.

export const PUBLIC_ORDER_DEFAULTS = { worklistThreshold: 3, worklistWindowMonths: 12, retentionYears: 3 } as const;

export type TPublicOrderSettings = { worklistThreshold: number; worklistWindowMonths: number; retentionYears: number };

const KEYS = {
  worklistThreshold: 'publicOrder.worklistThreshold',
  worklistWindowMonths: 'publicOrder.worklistWindowMonths',
  retentionYears: 'publicOrder.retentionYears',
} as const;

function positiveInt(value: string | undefined, fallback: number) {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : fallback;
}

export async function publicOrderSettings(db: Db | Tx): Promise<TPublicOrderSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(KEYS) } }, select: { key: true, value: true } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return {
    worklistThreshold: positiveInt(value(KEYS.worklistThreshold), PUBLIC_ORDER_DEFAULTS.worklistThreshold),
    worklistWindowMonths: positiveInt(value(KEYS.worklistWindowMonths), PUBLIC_ORDER_DEFAULTS.worklistWindowMonths),
    retentionYears: positiveInt(value(KEYS.retentionYears), PUBLIC_ORDER_DEFAULTS.retentionYears),
  };
}
