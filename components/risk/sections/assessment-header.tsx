import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TAssessmentView } from '@/lib/risk/read';
import type { TLocale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { staffName } from '@/lib/i18n/long-form';
import { personName } from '@/lib/persons/person-name';
import { instrumentText } from '@/lib/risk/form-model';

/** Heading, status, instrument version, who assessed and countersigned when, and the notices of its state. */
export async function AssessmentHeader({ assessment: a, locale }: { assessment: TAssessmentView; locale: TLocale }) {
  const t = await getTranslations('riskWorkflow');
  const rows: [string, React.ReactNode][] = [
    [
      t('meta.person'),
      <Link key="p" className="link" href={`/persons/${a.person.id}`}>
        {personName(a.person)}
      </Link>,
    ],
    [t('meta.instrument'), t('meta.instrumentVersion', { title: instrumentText(a.instrument, locale).title, version: a.instrument.version })],
    [t('meta.assessor'), staffName(a.assessor, locale)],
  ];
  if (a.submittedAt) rows.push([t('meta.submittedAt'), formatDateTime(a.submittedAt, locale)]);
  if (a.countersigner) rows.push([t('meta.countersigner'), staffName(a.countersigner, locale)]);
  if (a.countersignedAt) rows.push([t('meta.countersignedAt'), formatDateTime(a.countersignedAt, locale)]);
  return (
    <>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <span className="rounded bg-slate-200 px-2 py-1 text-sm font-semibold" data-testid="risk-status">
          {t(`status.${a.status}`)}
        </span>
      </header>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {a.status === 'RETURNED' && a.returnReason && (
        <p className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="risk-returned">
          {t('returned', { reason: a.returnReason })}
        </p>
      )}
      {a.status === 'COUNTERSIGNED' && (
        <p className="rounded bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="risk-locked">
          {t('locked')}
        </p>
      )}
      {a.status === 'SUPERSEDED' && (
        <p className="rounded bg-slate-100 p-3 text-sm text-slate-800" data-testid="risk-locked">
          {t('superseded')}
        </p>
      )}
      {a.correctionReason && <p className="text-sm text-slate-700">{t('correction', { reason: a.correctionReason })}</p>}
      <div className="flex flex-wrap gap-4 text-sm">
        {a.corrects && (
          <Link className="link" href={`/risk/${a.corrects.id}`}>
            {t('correctsLink')}
          </Link>
        )}
        {a.correctedBy && (
          <Link className="link" href={`/risk/${a.correctedBy.id}`}>
            {t('correctedByLink')}
          </Link>
        )}
      </div>
    </>
  );
}
