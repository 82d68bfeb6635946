import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findAuditActorOptions, findAuditEvents, ZAuditFilter } from '@/lib/audit/find-audit-events';
import { findLatestAuditVerification } from '@/lib/audit/verify';
import { Pagination } from '@/components/ui/pagination';
import { CsvLink } from '@/components/ui/csv-link';
import { AuditChainStatus } from '@/components/audit/chain-status';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('audit.read');
  const t = await getTranslations('audit');
  const tt = await getTranslations('auditTrail');
  const filter = ZAuditFilter.parse(await searchParams);
  const [result, verification, actors] = await Promise.all([
    findAuditEvents({ actor, filter }),
    findLatestAuditVerification(),
    findAuditActorOptions({ reader: actor }),
  ]);
  const { actor: actorEmail, actorId, action, person, personId, target, outcome, from, to } = filter;
  const params = { actor: actorEmail, actorId, action, person, personId, target, outcome, from, to };
  return (
    <section className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <CsvLink path="/audit/export" params={params} />
      </div>
      <AuditChainStatus run={verification} />
      <AuditFilters filter={filter} actors={actors} rangeInvalid={result.rangeInvalid} />
      {result.persons && (
        <p className="text-sm" data-testid="audit-persons">
          {result.persons.length
            ? tt('personsMatched', { names: result.persons.map((p) => p.name).join(', ') })
            : tt('noPerson', { text: filter.person ?? '' })}{' '}
          <a className="link" href="/audit">
            {tt('clearPerson')}
          </a>
        </p>
      )}
      {result.rows.length === 0 ? <p className="card text-slate-600">{t('empty')}</p> : <AuditTable rows={result.rows} labels={result.labels} />}
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} capped={result.capped} basePath="/audit" params={params} />
    </section>
  );
}
