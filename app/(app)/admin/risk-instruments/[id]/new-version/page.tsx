import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findInstrumentVersion, nextVersionNumber } from '@/lib/risk-instruments/find-instruments';
import { ClientMessages } from '@/components/layout/client-messages';
import { InstrumentForm } from '@/components/risk-instruments/instrument-form';
import { INSTRUMENT_FORM_MESSAGES } from '@/components/risk-instruments/messages';
import { toFormValues } from '@/components/risk-instruments/form-values';

/** A new version, prefilled from the active one (the form's base, checked again when it is saved). */
export default async function NewRiskInstrumentVersionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageActor('reference.manage');
  const { id } = await params;
  const base = await findInstrumentVersion({ id });
  if (!base) notFound();
  // Only the active version is a base: from an older one, start from the active one instead.
  if (!base.active) {
    if (!base.activeId) notFound();
    redirect(`/admin/risk-instruments/${base.activeId}/new-version`);
  }
  const t = await getTranslations('riskInstruments');
  const next = await nextVersionNumber({ code: base.code });
  return (
    <section className="flex flex-col gap-4">
      <Link href="/admin/risk-instruments" className="text-sm underline">
        {t('allInstruments')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('newHeading', { code: base.code })}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t('basedOn', { version: base.version, next })}</p>
      <p className="max-w-3xl text-sm text-slate-700">{t('readOnly')}</p>
      <ClientMessages namespaces={INSTRUMENT_FORM_MESSAGES}>
        <InstrumentForm baseId={base.id} code={base.code} baseVersion={base.version} nextVersion={next} initial={toFormValues(base)} />
      </ClientMessages>
    </section>
  );
}
