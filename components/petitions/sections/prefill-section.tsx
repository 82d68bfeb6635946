import { getLocale, getTranslations } from 'next-intl/server';
import type { TPrefill } from '@/lib/petitions/prefill';
import { formatLongDate } from '@/lib/i18n/long-form';
import { articleCitation, violationLines } from '@/lib/documents/court-forms';
import { isLocale } from '@/lib/i18n/config';
import { personName } from '@/lib/persons/person-name';

/** The record as frozen into the petition when it was drafted. */
export async function PrefillSection({ prefill }: { prefill: TPrefill }) {
  const t = await getTranslations('petition');
  const tw = await getTranslations('warnings');
  const td = await getTranslations('courtDocuments');
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : 'en';
  const day = (d: string | null) => formatLongDate(d, lang);
  const title = (c: TPrefill['convictions'][number]) => (lang === 'kk' ? c.titleKk : lang === 'ru' ? c.titleRu : (c.titleEn ?? c.titleRu));
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
        {t('prefillHeading', { date: day(prefill.asOf) })}
      </h2>
      <p>
        {personName(prefill.person)} · {prefill.person.iin}
      </p>
      <p>
        {t('orderLine', { number: prefill.order.rulingNumber, end: prefill.order.lifelong ? t('lifelong') : day(prefill.order.endDate) })}
        {prefill.order.extensions.length ? ` · ${t('extensions', { count: prefill.order.extensions.length })}` : ''}
      </p>
      <ul data-testid="prefill-articles">
        {prefill.convictions.map((c, i) => (
          <li key={i}>{articleCitation(c.article, title(c), lang)}</li>
        ))}
      </ul>
      <dl className="grid grid-cols-2 gap-1 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {prefill.violations && (
        <>
          <h3 className="font-semibold">{td('violationsHeading')}</h3>
          <ul className="list-disc pl-5" data-testid="prefill-violations">
            {violationLines(prefill.violations, lang).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
