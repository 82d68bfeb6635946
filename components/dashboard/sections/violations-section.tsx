import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { VIOLATION_STATUSES, VIOLATION_TYPES, type TDashboard } from '@/lib/oversight/figures';
import { ChartCard } from '../chart-card';
import { BarsChart } from '../charts';
import { color } from '../palette';
import { figureHref, formatCount, type TScopeParams } from '../links';

/** One violations chart: by type or by outcome, with its table of links. */
async function ViolationsCard({ dash, scope, rollupNote, by }: { dash: TDashboard; scope: TScopeParams; rollupNote: string; by: 'type' | 'status' }) {
  const t = await getTranslations('dashboard');
  const tv = await getTranslations('violation');
  const locale = await getLocale();
  const keys: readonly string[] = by === 'type' ? VIOLATION_TYPES : VIOLATION_STATUSES;
  const counts = (m: TDashboard['violations'][number]) => (by === 'type' ? m.byType : m.byStatus) as Record<string, number>;
  const label = (k: string) => tv(`${by}.${k}` as 'type.OTHER_RESTRICTION');
  return (
    <ChartCard
      id={by === 'type' ? 'violations-type' : 'violations-status'}
      title={t(by === 'type' ? 'violations.titleType' : 'violations.titleStatus')}
      note={`${t('violations.note')} ${rollupNote}`}
    >
      <BarsChart
        stacked
        xKey="month"
        data={dash.violations.map((m) => ({ month: m.month, ...counts(m) }))}
        series={keys.map((k, i) => ({ key: k, label: label(k), color: color(by === 'type' ? i : i + 2) }))}
      />
      <div className="overflow-x-auto" tabIndex={0}>
        <table className="table text-sm">
          <caption className="sr-only">{t('chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('violations.month')}</th>
              {keys.map((k) => (
                <th key={k} scope="col">
                  {label(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dash.violations.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                {keys.map((k) => (
                  <td key={k}>
                    <Link className="link" href={figureHref('/dashboard/violations', { ...scope, month: m.month, [by]: k })}>
                      {formatCount(counts(m)[k], locale)}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}

/** Violations per month, by type and by where they stand now. */
export function ViolationsSection(props: { dash: TDashboard; scope: TScopeParams; rollupNote: string }) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <ViolationsCard {...props} by="type" />
      <ViolationsCard {...props} by="status" />
    </div>
  );
}
