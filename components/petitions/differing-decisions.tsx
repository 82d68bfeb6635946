import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { db } from '@/lib/db/client';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { DIFFERING_DECISIONS_SHOWN, findDifferingDecisions } from '@/lib/petitions/differing-decisions';
import { ChartCard } from '@/components/dashboard/chart-card';
import { personName } from '@/lib/persons/person-name';

/** For the supervisor: decisions of their region that granted more than the petition asked. */
export async function DifferingDecisions({ actor, filter }: { actor: TActor; filter: { districtId?: string; officerId?: string } }) {
  const t = await getTranslations('petitionDifference.dashboard');
  const tTerm = await getTranslations('petitionDecision.term');
  const locale = await getLocale();
  const decisions = await findDifferingDecisions({ db, actor, filter });
  const term = (lifelong: boolean, years: number | null) => (lifelong ? tTerm('lifelong') : years ? tTerm('years', { years }) : tTerm('none'));
  return (
    <ChartCard id="differing-decisions" title={t('heading')} note={t('note')}>
      {decisions.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {decisions.map((d) => (
            <li key={d.id} className="rounded border border-red-200 bg-red-50 p-2" data-testid="differing-decision">
              <Link className="link font-medium" href={`/petitions/${d.petition.id}`}>
                {personName(d.petition.person, { style: 'short' })}
              </Link>
              {': '}
              {t('row', {
                asked: term(d.petition.requestedLifelong, d.petition.requestedTermYears),
                granted: term(d.outcome === 'GRANTED_LIFELONG', d.termYears),
              })}
              <span className="block text-slate-700">
                {t('ruling', { number: d.decisionNumber, date: formatDate(d.decisionDate, locale), court: localName(d.petition.court, locale) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {decisions.length === DIFFERING_DECISIONS_SHOWN && <p className="text-xs text-slate-600">{t('more', { count: DIFFERING_DECISIONS_SHOWN })}</p>}
    </ChartCard>
  );
}
