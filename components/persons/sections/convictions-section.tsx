import { getLocale, getTranslations } from 'next-intl/server';
import { localName, localTitle } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonView } from '@/lib/persons/view-person';
import type { TOption } from '@/lib/reference/options';
import { AddConvictionForm } from '@/components/persons/add-conviction-form';
import { ConvictionFactsCell } from './conviction-facts-cell';

/** The person's convictions; the form to add one for those who may edit (options given). */
export async function ConvictionsSection({ person, options }: { person: TPersonView; options: { articles: TOption[]; courts: TOption[] } | null }) {
  const t = await getTranslations('person');
  const locale = await getLocale();
  const f = await getTranslations('convictionFacts');
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="convictions-heading">
      <h2 id="convictions-heading" className="text-lg font-semibold">
        {t('convictions')}
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t('article')}</th>
            <th>{t('court')}</th>
            <th>{t('verdictDate')}</th>
            <th>{t('sentenceEnd')}</th>
            <th>{f('heading')}</th>
          </tr>
        </thead>
        <tbody>
          {person.convictions.map((c) => (
            <tr key={c.id}>
              <td>
                {c.article.code} — {localTitle(c.article, locale)}
              </td>
              <td>{localName(c.court, locale)}</td>
              <td>{formatDate(c.verdictDate, locale)}</td>
              <td>{formatDate(c.sentenceEnd, locale)}</td>
              <td>
                <ConvictionFactsCell conviction={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {options && <AddConvictionForm personId={person.id} articles={options.articles} courts={options.courts} />}
    </section>
  );
}
