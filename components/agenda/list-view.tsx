import { getTranslations } from 'next-intl/server';
import { DueList } from '@/components/work/due-list';
import type { agendaList } from '@/lib/agenda/queries';

/** The list view: overdue, today's and the next seven days' check-ins (as before issue 12). */
export async function ListView({ agenda }: { agenda: Awaited<ReturnType<typeof agendaList>> }) {
  const t = await getTranslations('agenda');
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold text-red-800">{t('overdue', { count: agenda.overdue.length })}</h2>
        <DueList items={agenda.overdue} empty={t('noneOverdue')} label={t('overdueList')} />
      </div>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('today', { count: agenda.today.length })}</h2>
        <DueList items={agenda.today} empty={t('noneToday')} label={t('todayList')} />
      </div>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('week', { count: agenda.week.length })}</h2>
        <DueList items={agenda.week} empty={t('noneWeek')} label={t('weekList')} />
      </div>
    </div>
  );
}
