import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Week / day / list, and the officer's working hours and calendar download. */
export async function AgendaNav({ view }: { view: 'week' | 'day' | 'list' }) {
  const t = await getTranslations('agendaCalendar');
  const tab = (v: 'week' | 'list', label: string) => (
    <Link
      href={v === 'week' ? '/agenda' : '/agenda?view=list'}
      aria-current={view === v ? 'page' : undefined}
      className={view === v ? 'font-semibold underline' : 'link'}
    >
      {label}
    </Link>
  );
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <nav aria-label={t('views')} className="flex gap-4">
        {tab('week', t('viewWeek'))}
        {tab('list', t('viewList'))}
      </nav>
      <div className="flex flex-wrap gap-4">
        <Link href="/agenda/settings" className="link">
          {t('settings')}
        </Link>
        <a href="/agenda/ics" className="link" download>
          {t('download')}
        </a>
      </div>
    </div>
  );
}
