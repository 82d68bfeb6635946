import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { findDueReassessments } from '@/lib/risk/dues';
import { formatDate } from '@/lib/i18n/format';
import { PersonLink } from '@/components/persons/person-link';
import { Pagination } from '@/components/ui/pagination';

/**
 * The inbox's "Reassessments due" (docs/decisions/027-risk-reassessment-dues.md): the officer's
 * caseload persons with open reassessment dues whose day has come, oldest first, with why, since
 * when and how long overdue, each linking to start (or continue) the reassessment.
 */
export async function ReassessmentsDue({ actor, page }: { actor: TActor; page: number }) {
  const t = await getTranslations('riskDues');
  const locale = await getLocale();
  const dues = await findDueReassessments({ actor, page });
  return (
    <div className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t('heading', { count: dues.total })}</h2>
      {dues.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('list')}>
          {dues.rows.map((d) => (
            <li key={d.person.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3">
              <div>
                <PersonLink person={d.person} style="short" className="link font-medium" />
                <div className="text-xs text-slate-600">
                  {d.reasons.map((r) => t(`reason.${r}`)).join('; ')} · {t('dueSince', { date: formatDate(d.dueOn, locale) })} ·{' '}
                  <span className={d.daysOverdue > 0 ? 'text-red-800' : undefined}>{t('daysOverdue', { days: d.daysOverdue })}</span>
                </div>
              </div>
              <Link className="btn py-1" href={d.link}>
                {t('reassess')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {dues.pageCount > 1 ? <Pagination page={dues.page} pageCount={dues.pageCount} total={dues.total} basePath="/inbox" params={{}} /> : null}
    </div>
  );
}
