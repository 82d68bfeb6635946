import { getTranslations } from 'next-intl/server';
import type { TRegionCount } from '@/lib/registry/count-by-region';

/** Listed persons per region (for the current name search), each linking to that region. */
export async function RegionCounts({ q, regions }: { q?: string; regions: TRegionCount[] }) {
  const t = await getTranslations('registry');
  const href = (code: string) => `/registry?${new URLSearchParams({ ...(q ? { q } : {}), region: code }).toString()}`;
  return (
    <section className="card flex flex-col gap-2" aria-labelledby="registry-by-region">
      <h2 id="registry-by-region" className="text-lg font-semibold">
        {t('byRegionHeading')}
      </h2>
      <p className="text-sm text-slate-600">{t('byRegionNote')}</p>
      <table className="table" data-testid="region-counts">
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            <th scope="col" className="text-right">
              {t('resultCount', { total: regions.reduce((s, r) => s + r.count, 0) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.code}>
              <td>
                <a className="link" href={href(r.code)}>
                  {r.name}
                </a>
              </td>
              <td className="text-right tabular-nums">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
