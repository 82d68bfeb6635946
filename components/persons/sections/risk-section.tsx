import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDate } from '@/lib/i18n/format';
import { findRiskHistory, type TRiskHistory } from '@/lib/risk/oversight';
import { RiskHistoryChart } from '@/components/risk/risk-history-chart';

/**
 * The person's risk: current band, score over time with band changes, and every assessment.
 * Only for roles with risk.read and persons in scope (the person view around it is audited).
 */
export async function RiskSection({ actor, personId }: { actor: TActor; personId: string }) {
  const locale = await getLocale();
  const history = await findRiskHistory({ actor, personId, locale });
  if (!history) return null;
  const t = await getTranslations('riskOversight');
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="risk-heading" data-testid="risk-section">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="risk-heading" className="text-lg font-semibold">
          {t('person.heading')}
        </h2>
        {hasPermission(actor.role, 'risk.assess') && (
          <Link className="btn-secondary py-1 text-sm" href={`/persons/${personId}/risk/new`} data-testid="person-risk-link">
            {t('person.start')}
          </Link>
        )}
      </div>
      <p data-testid="risk-current">
        {history.current
          ? t('person.current', {
              band: `${history.current.bandCode} · ${history.current.bandLabel}`,
              score: history.current.score ?? 0,
              date: formatDate(history.current.assessedOn, locale),
            })
          : t('person.notAssessed')}
      </p>
      {history.points.length > 0 && <RiskChart history={history} locale={locale} />}
      <RiskTable history={history} locale={locale} />
    </section>
  );
}

async function RiskChart({ history, locale }: { history: TRiskHistory; locale: string }) {
  const t = await getTranslations('riskOversight');
  const points = history.points.map((p) => ({
    id: p.id,
    day: p.at.toISOString().slice(0, 10),
    score: p.score,
    band: p.bandCode ?? '',
    bandChanged: p.bandChanged,
  }));
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-medium">{t('person.chart')}</h3>
      <RiskHistoryChart points={points} scoreLabel={t('score')} />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('person.chartTable')}>
        <table className="table text-sm" data-testid="risk-points">
          <caption className="sr-only">{t('person.chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('score')}</th>
              <th scope="col">{t('band')}</th>
            </tr>
          </thead>
          <tbody>
            {history.points.map((p) => (
              <tr key={p.id} data-testid="risk-point" data-band-changed={p.bandChanged ? '1' : '0'}>
                <td>{formatDate(p.at, locale)}</td>
                <td>{p.score}</td>
                <td>
                  {p.bandCode} · {p.bandLabel}
                  {p.bandChanged && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">{t('person.bandChanged')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

async function RiskTable({ history, locale }: { history: TRiskHistory; locale: string }) {
  const t = await getTranslations('riskOversight');
  if (history.assessments.length === 0) return <p className="text-sm text-slate-600">{t('person.none')}</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('person.assessments')}>
      <table className="table text-sm" aria-label={t('person.assessments')}>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('instrument')}</th>
            <th scope="col">{t('score')}</th>
            <th scope="col">{t('band')}</th>
            <th scope="col">{t('assessor')}</th>
            <th scope="col">{t('countersigner')}</th>
          </tr>
        </thead>
        <tbody>
          {history.assessments.map((a) => (
            <tr key={a.id} data-testid="risk-assessment-row">
              <td>
                <Link className="link" href={`/risk/${a.id}`}>
                  {formatDate(a.countersignedAt ?? a.submittedAt ?? a.createdAt, locale)}
                </Link>
              </td>
              <td>{t(`statuses.${a.status}`)}</td>
              <td>{t('instrumentVersion', { title: a.instrument.title, version: a.instrument.version })}</td>
              <td>{a.score ?? '—'}</td>
              <td>{a.bandCode ? `${a.bandCode} · ${a.bandLabel}` : '—'}</td>
              <td>{a.assessor}</td>
              <td>{a.countersigner ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
