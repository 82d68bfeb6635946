import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findInstrumentVersion } from '@/lib/risk-instruments/find-instruments';
import { formatDateTime } from '@/lib/i18n/format';
import { staffName } from '@/lib/i18n/long-form';
import { InstrumentVersionView } from '@/components/risk-instruments/version-view';

export default async function RiskInstrumentVersionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageActor('reference.manage');
  const { id } = await params;
  const version = await findInstrumentVersion({ id });
  if (!version) notFound();
  const t = await getTranslations('riskInstruments');
  const locale = await getLocale();
  return (
    <section className="flex flex-col gap-4">
      <Link href="/admin/risk-instruments" className="text-sm underline">
        {t('allInstruments')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('versionHeading', { code: version.code, version: version.version })}</h1>
      <p className="text-sm text-slate-700">
        {formatDateTime(version.createdAt, locale)} · {version.createdBy ? staffName(version.createdBy, locale) : t('shipped')} ·{' '}
        <strong>{version.active ? t('active') : t('inactive')}</strong>
      </p>
      <p className="text-sm text-slate-700">
        {version.active ? t('activeNote') : t('inactiveNote')} {t('readOnly')}
      </p>
      {version.active && (
        <Link href={`/admin/risk-instruments/${version.id}/new-version`} className="btn self-start">
          {t('newVersion')}
        </Link>
      )}
      <InstrumentVersionView version={version} locale={locale} />
    </section>
  );
}
