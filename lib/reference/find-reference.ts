import 'server-only';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TReferenceKind } from './kinds';

export const REFERENCE_PAGE_SIZE = 50;

/** One page of a reference table, in a stable order. */
export async function findReferenceRows({ db = appDb, kind, page }: { db?: Db; kind: TReferenceKind; page: number }) {
  const skip = (page - 1) * REFERENCE_PAGE_SIZE;
  const take = REFERENCE_PAGE_SIZE;
  const [total, rows]: [number, Record<string, unknown>[]] = await (async () => {
    switch (kind) {
      case 'criminalArticle':
        return Promise.all([db.criminalArticle.count(), db.criminalArticle.findMany({ orderBy: { code: 'asc' }, skip, take })]);
      case 'legalBasis':
        return Promise.all([db.legalBasis.count(), db.legalBasis.findMany({ orderBy: { inForceFrom: 'asc' }, skip, take })]);
      case 'offenceArticle':
        return Promise.all([db.offenceArticle.count(), db.offenceArticle.findMany({ orderBy: { code: 'asc' }, skip, take })]);
      case 'district':
        return Promise.all([db.district.count(), db.district.findMany({ orderBy: { code: 'asc' }, skip, take })]);
      case 'court':
        return Promise.all([db.court.count(), db.court.findMany({ orderBy: { code: 'asc' }, skip, take })]);
      case 'facility':
        return Promise.all([db.facility.count(), db.facility.findMany({ orderBy: [{ districtId: 'asc' }, { name: 'asc' }], skip, take })]);
      case 'riskDynamicFactor':
        return Promise.all([db.riskDynamicFactor.count(), db.riskDynamicFactor.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], skip, take })]);
      case 'incidentKind':
        return Promise.all([db.incidentKind.count(), db.incidentKind.findMany({ orderBy: { code: 'asc' }, skip, take })]);
      case 'setting':
        return Promise.all([db.setting.count(), db.setting.findMany({ orderBy: { key: 'asc' }, skip, take })]);
    }
  })();
  return { total, rows, page, pageCount: Math.max(1, Math.ceil(total / REFERENCE_PAGE_SIZE)) };
}
