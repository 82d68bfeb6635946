import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { listInstruments } from '@/lib/risk-instruments/find-instruments';
import { InstrumentVersionsTable } from '@/components/risk-instruments/versions-table';

export default async function RiskInstrumentsPage() {
  await requirePageActor('reference.manage');
  const t = await getTranslations('riskInstruments');
  const locale = await getLocale();
  const instruments = await listInstruments();
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t('intro')}</p>
      {instruments.length === 0 ? (
        <p className="card text-slate-600">{t('empty')}</p>
      ) : (
        instruments.map((instrument) => <InstrumentVersionsTable key={instrument.code} instrument={instrument} locale={locale} />)
      )}
    </section>
  );
}
