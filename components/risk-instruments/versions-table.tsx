import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TInstrumentVersionRow } from '@/lib/risk-instruments/find-instruments';
import type { TText } from '@/lib/risk/instrument';
import { formatDateTime } from '@/lib/i18n/format';
import { staffName } from '@/lib/i18n/long-form';
import { textIn } from './text';

/** One instrument's versions, newest first, with the way to a new version from the active one. */
export async function InstrumentVersionsTable({
  instrument,
  locale,
}: {
  instrument: { code: string; title: TText; versions: TInstrumentVersionRow[] };
  locale: string;
}) {
  const t = await getTranslations('riskInstruments');
  const active = instrument.versions.find((v) => v.active);
  const headingId = `instrument-${instrument.code}`;
  return (
    <section aria-labelledby={headingId} className="card flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {textIn(instrument.title, locale)} <span className="text-sm font-normal text-slate-600">({instrument.code})</span>
        </h2>
        {active && (
          <Link href={`/admin/risk-instruments/${active.id}/new-version`} className="btn">
            {t('newVersion')}
          </Link>
        )}
      </div>
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="sr-only">{t('versionsOf', { code: instrument.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.version')}</th>
              <th scope="col">{t('col.created')}</th>
              <th scope="col">{t('col.createdBy')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.assessments')}</th>
            </tr>
          </thead>
          <tbody>
            {instrument.versions.map((v) => (
              <tr key={v.id} data-testid={`instrument-version-${instrument.code}-${v.version}`}>
                <td>
                  <Link href={`/admin/risk-instruments/${v.id}`} className="underline" aria-label={t('open', { version: v.version })}>
                    {v.version}
                  </Link>
                </td>
                <td>{formatDateTime(v.createdAt, locale)}</td>
                <td>{v.createdBy ? staffName(v.createdBy, locale) : t('shipped')}</td>
                <td>{v.active ? <strong>{t('active')}</strong> : t('inactive')}</td>
                <td>{v.assessments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
