import { getTranslations } from 'next-intl/server';

/** "Download CSV" for the list on screen, with the same filters (the export checks scope again). */
export async function CsvLink({ path, params }: { path: string; params: Record<string, string | number | undefined> }) {
  const t = await getTranslations('exports');
  const search = new URLSearchParams(
    Object.entries(params)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
      .map(([k, v]) => [k, String(v)]),
  );
  const query = search.toString();
  return (
    <a href={query ? `${path}?${query}` : path} className="btn-secondary py-1 text-sm" download>
      {t('csv')}
    </a>
  );
}
