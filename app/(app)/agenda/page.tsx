import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { findAgenda } from '@/lib/caseload/agenda';
import { DueList } from '@/components/work/due-list';

export default async function AgendaPage() {
  const { actor } = await requirePageActor('checkin.record');
  const t = await getTranslations('agenda');
  const agenda = await findAgenda({ db, actor });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
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
    </section>
  );
}
