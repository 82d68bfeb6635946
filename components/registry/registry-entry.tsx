import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import type { TRegistryEntry } from '@/lib/registry/find-registry-entries';
import { personName } from '@/lib/persons/person-name';

/** One published entry. A server component: the entry object never travels to the browser. */
export async function RegistryEntry({ entry }: { entry: TRegistryEntry }) {
  const t = await getTranslations('registry');
  const locale = await getLocale();
  const name = personName(entry);
  const a = entry.address;
  return (
    <li className="card flex gap-4" data-testid="registry-entry">
      {entry.photoId ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by the public photo route
        <img src={`/registry/photo/${entry.photoId}`} alt={t('photoAlt', { name })} loading="lazy" className="h-32 w-24 shrink-0 rounded object-cover" />
      ) : (
        <div className="flex h-32 w-24 shrink-0 items-center justify-center rounded bg-slate-200 text-xs text-slate-700">{t('noPhoto')}</div>
      )}
      <div className="flex flex-col gap-1">
        <h2 className="text-lg font-semibold">{name}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t('birthDate')}</dt>
          <dd>{formatDate(entry.birthDate, locale)}</dd>
          <dt className="text-slate-600">{t('address')}</dt>
          <dd>{a ? [a.locality, `${a.street} ${a.building}`].filter(Boolean).join(', ') : t('noAddress')}</dd>
          <dt className="text-slate-600">{t('region')}</dt>
          <dd>{entry.region}</dd>
          <dt className="text-slate-600">{t('articles')}</dt>
          <dd>
            <ul>
              {entry.articles.map((x) => (
                <li key={x.code}>{t('articleLine', { code: x.code, title: x.title })}</li>
              ))}
            </ul>
          </dd>
        </dl>
      </div>
    </li>
  );
}
