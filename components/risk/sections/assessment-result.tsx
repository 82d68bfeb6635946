import { getTranslations } from 'next-intl/server';
import type { TAssessmentView } from '@/lib/risk/read';
import type { TFormBand, TFormFactor, TFormItem } from '@/lib/risk/form-model';

/**
 * A submitted or countersigned assessment read-only: each item's answer with its points, the
 * total, the band's label and description from the version it used, the instrument's caveat,
 * the dynamic factors as reviewed and the summary.
 */
export async function AssessmentResult({
  assessment: a,
  items,
  bands,
  factors,
  caveat,
}: {
  assessment: TAssessmentView;
  items: TFormItem[];
  bands: TFormBand[];
  factors: TFormFactor[];
  caveat: string;
}) {
  const t = await getTranslations('riskWorkflow');
  const band = bands.find((b) => b.code === a.bandCode);
  return (
    <>
      <section className="card flex flex-col gap-2" aria-labelledby="risk-result-heading">
        <h2 id="risk-result-heading" className="text-lg font-semibold" data-testid="risk-band">
          {t('total.complete', { score: a.score ?? 0 })}
          {band ? ` · ${t('total.band', { band: band.label })}` : ''}
        </h2>
        {band && <p className="text-sm">{band.description}</p>}
        <div className="rounded bg-slate-50 p-3 text-sm">
          <h3 className="font-medium">{t('caveat')}</h3>
          <p>{caveat}</p>
        </div>
      </section>
      <section className="card" aria-labelledby="risk-answers-heading">
        <h2 id="risk-answers-heading" className="mb-2 text-lg font-semibold">
          {t('items')}
        </h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col">{t('items')}</th>
              <th scope="col">{t('item.answer')}</th>
              <th scope="col" className="text-right">
                {t('item.pointsHeading')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const chosen = item.answers.find((x) => x.code === item.answer);
              return (
                <tr key={item.code} className="border-t border-slate-200 align-top">
                  <td className="py-1 pr-2">{item.question}</td>
                  <td className="py-1 pr-2">{chosen?.label ?? '—'}</td>
                  <td className="py-1 text-right">{chosen?.points ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="card flex flex-col gap-2" aria-labelledby="risk-factors-result-heading">
        <h2 id="risk-factors-result-heading" className="text-lg font-semibold">
          {t('factors.heading')}
        </h2>
        <ul className="flex flex-col gap-1 text-sm">
          {factors.map((f) => (
            <li key={f.code}>
              <span className="font-medium">{f.title}:</span> {f.rating ? t(`factors.rating.${f.rating}`) : t('factors.notRated')}
              {f.note ? ` — ${f.note}` : ''}
            </li>
          ))}
        </ul>
        {a.summary && (
          <>
            <h3 className="font-medium">{t('summary')}</h3>
            <p className="whitespace-pre-wrap text-sm">{a.summary}</p>
          </>
        )}
      </section>
    </>
  );
}
