import { getTranslations } from 'next-intl/server';
import type { TInstrumentVersion } from '@/lib/risk-instruments/find-instruments';
import { scoreRange, type TText } from '@/lib/risk/instrument';
import { inReaderOrder } from './text';

/** A text in the reader's language, with the other two below it (an administrator checks them all). */
async function Texts({ text, locale }: { text: TText; locale: string }) {
  const t = await getTranslations('riskInstruments');
  const [first, ...others] = inReaderOrder(locale);
  return (
    <span className="flex flex-col gap-0.5">
      <span lang={first}>{text[first]}</span>
      {others.map((l) => (
        <span key={l} lang={l} className="text-xs text-slate-600">
          <span className="font-medium">{t(`lang.${l}`)}:</span> {text[l]}
        </span>
      ))}
    </span>
  );
}

/** One instrument version, read-only: title, caveat, items with their answers and points, bands. */
export async function InstrumentVersionView({ version, locale }: { version: TInstrumentVersion; locale: string }) {
  const t = await getTranslations('riskInstruments');
  const totals = scoreRange(version.items);
  return (
    <div className="flex flex-col gap-4">
      <dl className="card grid gap-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('title')}</dt>
        <dd>
          <Texts text={version.title} locale={locale} />
        </dd>
        <dt className="font-medium">{t('caveat')}</dt>
        <dd>
          <Texts text={version.caveat} locale={locale} />
        </dd>
      </dl>
      <section aria-labelledby="items-heading" className="flex flex-col gap-3">
        <h2 id="items-heading" className="text-lg font-semibold">
          {t('items')}
        </h2>
        {version.items.map((item, index) => (
          <section key={item.code} className="card flex flex-col gap-2" aria-label={`${index + 1}. ${item.code}`}>
            <h3 className="font-medium">
              {index + 1}. <Texts text={item.question} locale={locale} />
            </h3>
            <p className="text-xs text-slate-600">
              {item.code} · {item.prefill ? t('prefilled') : t('notPrefilled')}
            </p>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('answerCode')}</th>
                  <th scope="col">{t('label')}</th>
                  <th scope="col">{t('points')}</th>
                </tr>
              </thead>
              <tbody>
                {item.answers.map((answer) => (
                  <tr key={answer.code}>
                    <td>{answer.code}</td>
                    <td>
                      <Texts text={answer.label} locale={locale} />
                    </td>
                    <td data-testid={`points-${item.code}-${answer.code}`}>{answer.points}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </section>
      <section aria-labelledby="bands-heading" className="card flex flex-col gap-2 overflow-x-auto">
        <h2 id="bands-heading" className="text-lg font-semibold">
          {t('bands')}
        </h2>
        <p className="text-sm text-slate-700">{t('totals', { min: totals.min, max: totals.max })}</p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('bandCode')}</th>
              <th scope="col">{t('rank')}</th>
              <th scope="col">{t('range')}</th>
              <th scope="col">{t('label')}</th>
              <th scope="col">{t('description')}</th>
            </tr>
          </thead>
          <tbody>
            {version.bands.map((band) => (
              <tr key={band.code}>
                <td>{band.code}</td>
                <td>{band.rank}</td>
                <td>{t('rangeValue', { min: band.min, max: band.max })}</td>
                <td>
                  <Texts text={band.label} locale={locale} />
                </td>
                <td>
                  <Texts text={band.description} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
