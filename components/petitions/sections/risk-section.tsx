import { getLocale, getTranslations } from 'next-intl/server';
import type { TPrefill } from '@/lib/petitions/prefill';
import { formatLongDate } from '@/lib/i18n/long-form';
import { isLocale } from '@/lib/i18n/config';

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/**
 * The risk assessment the petition rests on, from its frozen snapshot (issue 13): what police,
 * supervisors and clerks read of it. Or the stated reason there is no recent one, or that there was none.
 */
export async function RiskSection({ prefill, missingReason }: { prefill: TPrefill | null; missingReason: string | null }) {
  const t = await getTranslations('riskPetition');
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : 'en';
  const risk = prefill?.riskAssessment ?? null;
  return (
    <section className="card flex flex-col gap-2 text-sm" aria-labelledby="risk-heading" data-testid="petition-risk">
      <h2 id="risk-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {missingReason && <p data-testid="risk-missing-reason">{t('missingReason', { reason: missingReason })}</p>}
      {!risk && !missingReason && <p>{t('none')}</p>}
      {risk && (
        <>
          <p className="font-medium">{t('instrument', { title: risk.instrument.title[lang], version: risk.instrument.version })}</p>
          <dl className="grid grid-cols-2 gap-1 sm:grid-cols-4">
            <div>
              <dt className="text-slate-600">{t('score')}</dt>
              <dd data-testid="risk-score">{risk.score}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('band')}</dt>
              <dd data-testid="risk-band">{risk.band.label[lang]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('assessor')}</dt>
              <dd>{risk.assessor[lang]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('countersigner')}</dt>
              <dd>
                {risk.countersigner[lang]}, {formatLongDate(risk.countersignedOn, lang)}
              </dd>
            </div>
          </dl>
          <p>{risk.band.description[lang]}</p>
          <table className="w-full text-left">
            <caption className="text-left font-semibold">{t('itemsHeading')}</caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col">{t('question')}</th>
                <th scope="col">{t('answer')}</th>
                <th scope="col" className="text-right">
                  {t('points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {risk.items.map((item) => (
                <tr key={item.code} className="border-t border-slate-200">
                  <td>{item.question[lang]}</td>
                  <td>{item.answer.label[lang]}</td>
                  <td className="text-right">{signed(item.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {risk.dynamicFactors.length > 0 && (
            <>
              <h3 className="font-semibold">{t('dynamicHeading')}</h3>
              <ul className="list-disc pl-5" data-testid="risk-dynamic">
                {risk.dynamicFactors.map((f) => (
                  <li key={f.code}>
                    {f.title[lang]}: {t(`rating.${f.rating ?? 'unrated'}`)}
                    {f.note ? ` — ${f.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {risk.summary && (
            <p className="whitespace-pre-wrap">
              <span className="font-semibold">{t('summary')}: </span>
              {risk.summary}
            </p>
          )}
          <p className="text-slate-700 italic" data-testid="risk-caveat">
            {risk.instrument.caveat[lang]}
          </p>
        </>
      )}
    </section>
  );
}
