import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TDashboard } from '@/lib/oversight/figures';
import { ChartCard } from '../chart-card';
import { CheckInsChart } from '../charts';
import { figureHref, formatCount, type TScopeParams } from '../links';

const OUTCOMES = ['DUE', 'ATTENDED', 'MISSED', 'EXCUSED'] as const;

/** Check-ins due and attended per month: the chart, and its table with links to the lists. */
export async function CheckInsSection({ dash, scope, rollupNote }: { dash: TDashboard; scope: TScopeParams; rollupNote: string }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  const value = (m: TDashboard['checkIns'][number], o: (typeof OUTCOMES)[number]) =>
    o === 'DUE' ? m.due : o === 'ATTENDED' ? m.attended : o === 'MISSED' ? m.missed : m.excused;
  return (
    <ChartCard id="check-ins" title={t('checkIns.title')} note={`${t('checkIns.note')} ${rollupNote}`}>
      <CheckInsChart data={dash.checkIns} labels={{ due: t('checkIns.due'), attended: t('checkIns.attended'), rate: t('checkIns.rate') }} />
      <div className="overflow-x-auto" tabIndex={0}>
        <table className="table text-sm">
          <caption className="sr-only">{t('chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkIns.month')}</th>
              <th scope="col">{t('checkIns.due')}</th>
              <th scope="col">{t('checkIns.attended')}</th>
              <th scope="col">{t('checkIns.missed')}</th>
              <th scope="col">{t('checkIns.excused')}</th>
              <th scope="col">{t('checkIns.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {dash.checkIns.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                {OUTCOMES.map((o) => (
                  <td key={o}>
                    <Link className="link" href={figureHref('/dashboard/check-ins', { ...scope, month: m.month, outcome: o })}>
                      {formatCount(value(m, o), locale)}
                    </Link>
                  </td>
                ))}
                <td>{m.rate === null ? '—' : `${Math.round(m.rate * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}
