import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TDashboard } from '@/lib/oversight/figures';
import { ChartCard } from '../chart-card';
import { YearsChart } from '../charts';
import { formatCount } from '../links';

/** The public registry's size at the end of each of the last ten years. */
export async function RegistrySection({ registry }: { registry: TDashboard['registry'] }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  return (
    <ChartCard id="registry" title={t('registry.title')} note={t('registry.note')}>
      <YearsChart data={registry} label={t('registry.listed')} />
      <div className="overflow-x-auto" tabIndex={0}>
        <table className="table text-sm">
          <caption className="sr-only">{t('chartTable')}</caption>
          <thead>
            <tr>
              {registry.map((y) => (
                <th key={y.year} scope="col">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {registry.map((y) => (
                <td key={y.year}>{formatCount(y.listed, locale)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <Link className="link text-sm" href="/registry">
        {t('showList')}
      </Link>
    </ChartCard>
  );
}
