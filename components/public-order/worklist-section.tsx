import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { findPublicOrderWorklist, type TPublicOrderWorklistItem } from '@/lib/public-order/worklist';
import { personName } from '@/lib/persons/person-name';
import { formatLongDate } from '@/lib/i18n/long-form';
import { DataTable } from '@/components/ui/data-table';

/**
 * The notice worklist's second section (issue 14): subjects with repeated public-order incidents
 * and no signed public-order warning (lib/public-order/worklist.ts). Police and supervisors only;
 * renders nothing for anyone else. Paged by its own `poPage` parameter, keeping the notices' `page`.
 */
export async function PublicOrderWorklistSection({
  actor,
  page: requested,
  otherParams,
}: {
  actor: TActor;
  page: number;
  otherParams: Record<string, string>;
}) {
  if (!hasPermission(actor.role, 'publicOrder.read')) return null;
  const t = await getTranslations('publicOrderWorklist');
  const tp = await getTranslations('pagination');
  const locale = await getLocale();
  const list = await findPublicOrderWorklist({ actor, page: requested });
  const page = list.page;
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => `/warnings?${new URLSearchParams({ ...otherParams, poPage: String(p) }).toString()}#public-order-worklist`;
  const state = (item: TPublicOrderWorklistItem) =>
    item.warning.state === 'NONE' ? t('state.NONE') : t(`state.${item.warning.state}`, { date: formatLongDate(item.warning.date, locale) });
  return (
    <section id="public-order-worklist" className="flex flex-col gap-2" aria-labelledby="public-order-worklist-heading" data-testid="public-order-worklist">
      <h2 id="public-order-worklist-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm font-medium" data-testid="public-order-worklist-criteria">
        {t('criteria', { threshold: list.threshold, months: list.windowMonths, from: formatLongDate(list.from, locale) })}
      </p>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <p className="text-sm" data-testid="public-order-worklist-count">
        {t('count', { count: list.total })}
      </p>
      <DataTable
        label={t('label')}
        rows={list.items}
        rowKey={(item) => `${item.kind}-${item.id}`}
        rowProps={(item) => ({ 'data-testid': 'public-order-worklist-row', 'data-kind': item.kind, 'data-incidents': item.incidents })}
        empty={t('empty')}
        basePath="/warnings"
        columns={[
          {
            key: 'person',
            header: t('columns.person'),
            cell: (item) => (
              <Link className="link" href={item.href}>
                {personName(item)}
              </Link>
            ),
          },
          { key: 'kind', header: t('columns.kind'), cell: (item) => t(`kind.${item.kind}`) },
          { key: 'incidents', header: t('columns.incidents'), cell: (item) => item.incidents },
          { key: 'latest', header: t('columns.latest'), cell: (item) => formatLongDate(item.latestIncidentOn, locale) },
          { key: 'warning', header: t('columns.warning'), cell: state },
        ]}
      />
      {pageCount > 1 && (
        <nav aria-label={t('pager')} className="flex items-center justify-between text-sm">
          <span>{tp('summary', { page, pageCount, total: list.total })}</span>
          <span className="flex gap-2">
            {page > 1 && (
              <Link className="btn-secondary py-1" href={href(page - 1)}>
                {tp('previous')}
              </Link>
            )}
            {page < pageCount && (
              <Link className="btn-secondary py-1" href={href(page + 1)}>
                {tp('next')}
              </Link>
            )}
          </span>
        </nav>
      )}
    </section>
  );
}
