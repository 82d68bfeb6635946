import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { findAuditEvents, ZAuditFilter } from '@/lib/audit/find-audit-events';
import { formatDateTime } from '@/lib/i18n/format';
import { Pagination } from '@/components/ui/pagination';
import { CsvLink } from '@/components/ui/csv-link';
import { AuditChainStatus } from '@/components/audit/chain-status';
import { findLatestAuditVerification } from '@/lib/audit/verify';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('audit.read');
  const t = await getTranslations('audit');
  const locale = await getLocale();
  const filter = ZAuditFilter.parse(await searchParams);
  const [result, verification] = [await findAuditEvents({ db, actor, filter }), await findLatestAuditVerification({ db })];
  const params = { actor: filter.actor, action: filter.action, target: filter.target, outcome: filter.outcome, from: filter.from, to: filter.to };
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <CsvLink path="/audit/export" params={params} />
      </div>
      <AuditChainStatus run={verification} />
      <form role="search" action="/audit" className="card grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('actor')}
          <input name="actor" defaultValue={filter.actor ?? ''} className="input" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('action')}
          <input name="action" defaultValue={filter.action ?? ''} className="input" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('target')}
          <input name="target" defaultValue={filter.target ?? ''} className="input" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('outcome')}
          <select name="outcome" defaultValue={filter.outcome ?? ''} className="input">
            <option value="">{t('any')}</option>
            <option value="SUCCESS">{t('outcomeSUCCESS')}</option>
            <option value="DENIED">{t('outcomeDENIED')}</option>
            <option value="FAILURE">{t('outcomeFAILURE')}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('from')}
          <input type="date" name="from" defaultValue={filter.from ?? ''} className="input" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('to')}
          <input type="date" name="to" defaultValue={filter.to ?? ''} className="input" />
        </label>
        <button className="btn justify-self-start" type="submit">
          {t('filter')}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className="card text-slate-600">{t('empty')}</p>
      ) : (
        <div className="card overflow-x-auto p-0" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('time')}</th>
                <th>{t('actor')}</th>
                <th>{t('action')}</th>
                <th>{t('target')}</th>
                <th>{t('outcome')}</th>
                <th>{t('ip')}</th>
                <th>{t('requestId')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((e) => (
                <tr key={e.id.toString()}>
                  <td className="whitespace-nowrap">{formatDateTime(e.at, locale)}</td>
                  <td>{e.actorEmail ?? t('anonymous')}</td>
                  <td className="font-mono text-xs">{e.action}</td>
                  <td className="font-mono text-xs">{e.targetType ? `${e.targetType}:${e.targetId ?? ''}` : '—'}</td>
                  <td>{t(`outcome${e.outcome}`)}</td>
                  <td className="font-mono text-xs">{e.ip ?? '—'}</td>
                  <td className="font-mono text-xs">{e.requestId?.slice(0, 8) ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} capped={result.capped} basePath="/audit" params={params} />
    </section>
  );
}
