import { getTranslations } from 'next-intl/server';
import type { TPrefill } from '@/lib/petitions/prefill';

/** The record as frozen into the petition when it was drafted. */
export async function PrefillSection({ prefill }: { prefill: TPrefill }) {
  const t = await getTranslations('petition');
  const tw = await getTranslations('warnings');
  const figures: [string, number][] = [
    [t('attended'), prefill.compliance.attended],
    [t('missed'), prefill.compliance.missed],
    [t('protocols'), prefill.compliance.violationsProtocol],
    [t('openViolations'), prefill.compliance.violationsRecorded],
    [tw('prefillSigned'), prefill.compliance.warningsSigned],
    [tw('prefillRefused'), prefill.compliance.warningsRefused],
  ];
  return (
    <section className="card flex flex-col gap-2 text-sm" aria-labelledby="prefill-heading">
      <h2 id="prefill-heading" className="text-lg font-semibold">
        {t('prefillHeading', { date: prefill.asOf ?? '' })}
      </h2>
      <p>
        {prefill.person.lastName} {prefill.person.firstName} {prefill.person.middleName ?? ''} · {prefill.person.iin}
      </p>
      <p>
        {t('orderLine', { number: prefill.order.rulingNumber, end: prefill.order.lifelong ? t('lifelong') : (prefill.order.endDate ?? '') })}
        {prefill.order.extensions.length ? ` · ${t('extensions', { count: prefill.order.extensions.length })}` : ''}
      </p>
      <p>{prefill.convictions.map((c) => c.article).join(', ')}</p>
      <dl className="grid grid-cols-2 gap-1 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
