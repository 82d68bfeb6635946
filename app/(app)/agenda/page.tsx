import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { agendaList, agendaWeek } from '@/lib/agenda/queries';
import { addDayString } from '@/lib/agenda/slots';
import { kzTodayString } from '@/lib/time/today';
import { AgendaNav } from '@/components/agenda/agenda-nav';
import { DayView, WeekView } from '@/components/agenda/week-view';
import { ListView } from '@/components/agenda/list-view';

type TSearch = { view?: string | string[]; week?: string | string[]; day?: string | string[] };

/** The officer's agenda: a week calendar (default), one day, or the due list; all server-rendered. */
export default async function AgendaPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { actor } = await requirePageActor('checkin.record');
  const t = await getTranslations('agenda');
  const search = await searchParams;
  const view = search.view === 'list' ? 'list' : search.view === 'day' ? 'day' : 'week';
  const today = kzTodayString();
  return (
    <section className="flex min-w-0 flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <AgendaNav view={view} />
      {view === 'list' ? (
        <ListView agenda={await agendaList(actor)} />
      ) : view === 'day' ? (
        await dayView(actor, search.day, today)
      ) : (
        <WeekView {...await agendaWeek(actor, search.week)} today={today} />
      )}
    </section>
  );
}

async function dayView(actor: Parameters<typeof agendaWeek>[0], param: TSearch['day'], today: string) {
  const { days } = await agendaWeek(actor, param);
  const wanted = typeof param === 'string' ? days.find((d) => d.day === param) : undefined;
  const day = wanted ?? days.find((d) => d.day === today) ?? days[0];
  return <DayView day={day} previous={addDayString(day.day, -1)} next={addDayString(day.day, 1)} today={today} />;
}
