import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findInbox } from '@/lib/caseload/agenda';
import { formatDateTime } from '@/lib/i18n/format';
import { DueList } from '@/components/work/due-list';
import { PersonLink } from '@/components/persons/person-link';
import { ReassessmentsDue } from '@/components/risk/reassessments-due';
import { zPage } from '@/lib/validation/fields';

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('checkin.record');
  const t = await getTranslations('inbox');
  const tv = await getTranslations('violation');
  const td = await getTranslations('inboxDates');
  const locale = await getLocale();
  const inbox = await findInbox({ actor });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('dueToday', { count: inbox.counts.dueToday })}</h2>
        <DueList items={inbox.dueToday} empty={t('noneDueToday')} label={t('dueTodayList')} />
      </div>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold text-red-800">{t('overdue', { count: inbox.counts.overdue })}</h2>
        <DueList items={inbox.overdue} empty={t('noneOverdue')} label={t('overdueList')} />
      </div>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('awaiting', { count: inbox.counts.awaitingOverdue })}</h2>
        {inbox.awaiting.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noneAwaiting')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {inbox.awaiting.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3">
                <span>
                  <PersonLink person={c.person} style="short" /> · {t('evidenceDue', { date: formatDateTime(c.evidenceDueAt, locale) })}
                </span>
                <Link className="btn py-1" href={`/persons/${c.person.id}/check-ins/new?slot=${c.id}`}>
                  {t('decide')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('newViolations', { count: inbox.counts.newViolations })}</h2>
        {inbox.newViolations.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noneViolations')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {inbox.newViolations.map((v) => (
              <li key={v.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <PersonLink person={v.person} style="short" section="timeline" /> · {tv(`type.${v.type}`)} ·{' '}
                {td('occurred', { date: formatDateTime(v.occurredAt, locale) })} · {td('recorded', { date: formatDateTime(v.createdAt, locale) })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ReassessmentsDue actor={actor} page={zPage.parse((await searchParams).page)} />
    </section>
  );
}
