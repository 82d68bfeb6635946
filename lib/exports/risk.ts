import 'server-only';
import { createTranslator } from 'next-intl';
import { db as appDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { TLocale } from '@/lib/i18n/config';
import { findRiskAssessmentsInBatches, type TRiskListQuery } from '@/lib/risk/oversight';
import type { TCsvCell } from './csv';

// The /risk list as CSV (docs/decisions/029-risk-oversight.md): the list's own scoped query in
// keyset pages, newest first. Column headers under `exports.columns` come from riskOversight.columns.

export const RISK_COLUMNS = [
  'lastName',
  'firstName',
  'middleName',
  'iin',
  'instrument',
  'version',
  'status',
  'score',
  'band',
  'createdAt',
  'submittedAt',
  'countersignedAt',
  'assessor',
  'countersigner',
];

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

export async function* riskRows({
  db = appDb,
  actor,
  query,
  locale,
}: {
  db?: Db;
  actor: TActor;
  query: Omit<TRiskListQuery, 'page'>;
  locale: TLocale;
}): AsyncGenerator<TCsvCell[][]> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'riskOversight.statuses' });
  for await (const batch of findRiskAssessmentsInBatches({ db, actor, query, locale })) {
    yield batch.map((r) => [
      r.person.lastName,
      r.person.firstName,
      r.person.middleName,
      r.person.iin,
      r.instrument.code,
      r.instrument.version,
      t(r.status),
      r.score,
      r.bandCode ? `${r.bandCode} ${r.bandLabel}` : '',
      day(r.createdAt),
      day(r.submittedAt),
      day(r.countersignedAt),
      r.assessor,
      r.countersigner,
    ]);
  }
}
