import { getLocale, getTranslations } from 'next-intl/server';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonView } from '@/lib/persons/view-person';
import { personName } from '@/lib/persons/person-name';

/** Photo, name and identity of the person at the top of the page. */
export async function PersonHeader({ person }: { person: TPersonView }) {
  const t = await getTranslations('person');
  const locale = await getLocale();
  return (
    <header className="flex flex-wrap items-start gap-4">
      {person.photos[0] ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own scoped route
        <img src={`/persons/${person.id}/photo`} alt={t('photoAlt')} className="h-32 w-24 rounded object-cover" />
      ) : (
        <div className="flex h-32 w-24 items-center justify-center rounded bg-slate-200 text-xs text-slate-700">{t('noPhoto')}</div>
      )}
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{personName(person)}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">{t('iin')}</dt>
          <dd className="font-mono">{person.iin}</dd>
          <dt className="text-slate-500">{t('birthDate')}</dt>
          <dd>{formatDate(person.birthDate, locale)}</dd>
          <dt className="text-slate-500">{t('sex')}</dt>
          <dd>{t(`sexValue.${person.sex}`)}</dd>
          <dt className="text-slate-500">{t('district')}</dt>
          <dd>
            {localName(person.district.region, locale)} — {localName(person.district, locale)}
          </dd>
          <dt className="text-slate-500">{t('officer')}</dt>
          <dd>{person.officer?.fullName ?? t('unassigned')}</dd>
          {person.aliases.length > 0 && (
            <>
              <dt className="text-slate-500">{t('aliases')}</dt>
              <dd>{person.aliases.map((a) => personName(a)).join('; ')}</dd>
            </>
          )}
        </dl>
      </div>
    </header>
  );
}
