import type { Db } from '@/lib/db/client';
import { STATIC99R, STATIC99R_CAVEAT, STATIC99R_TITLE } from '@/lib/risk/static99r';
import { uniqueSuffix } from '@/prisma/seed/factories';
import { toFormValues } from '@/components/risk-instruments/form-values';

/**
 * An instrument of the test's own (a copy of Static-99R under a fresh code), active version 1:
 * tests make new versions of it without changing the STATIC99R every other test assesses with.
 */
export async function createTestInstrument(db: Db) {
  return db.riskInstrument.create({
    data: {
      code: `TEST_${uniqueSuffix()
        .replace(/[^A-Za-z0-9]/g, '')
        .toUpperCase()}`,
      version: 1,
      titleEn: STATIC99R_TITLE.en,
      titleRu: STATIC99R_TITLE.ru,
      titleKk: STATIC99R_TITLE.kk,
      caveatEn: STATIC99R_CAVEAT.en,
      caveatRu: STATIC99R_CAVEAT.ru,
      caveatKk: STATIC99R_CAVEAT.kk,
      items: STATIC99R.items,
      bands: STATIC99R.bands,
      active: true,
    },
  });
}

/** What the new-version form sends for an unchanged copy of a version (numbers as typed text). */
export function newVersionInput(baseId: string) {
  return { baseId, ...toFormValues({ ...STATIC99R, title: STATIC99R_TITLE, caveat: STATIC99R_CAVEAT }) };
}
