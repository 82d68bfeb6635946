import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TAgendaItem } from '@/lib/agenda/read';
import { dayLabel } from '@/lib/agenda/queries';
import { AgendaItem } from './agenda-item';

type TDay = { day: string; items: TAgendaItem[] };

/** One day's column (or, on a phone, block) of the calendar. */
export async function DayColumn({ day, today }: { day: TDay; today: string }) {
  const t = await getTranslations('agendaCalendar');
  const locale = await getLocale();
  const label = dayLabel(day.day, locale);
  return (
    <section
      aria-label={t('dayItems', { day: label })}
      className={`flex min-w-0 flex-col gap-2 rounded border p-2 ${day.day === today ? 'border-blue-400 bg-blue-50' : 'border-slate-200 bg-slate-50'}`}
    >
      <h3 className="text-sm font-semibold">
        <Link href={`/agenda?view=day&day=${day.day}`} className="link">
          {label}
        </Link>
      </h3>
      {day.items.length === 0 ? (
        <p className="text-xs text-slate-600">{t('nothingBooked')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {day.items.map((item) => (
            <AgendaItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The week: seven columns from 1024 px, one block per day below (no sideways scrolling). */
export async function WeekView({ week, previous, next, days, today }: { week: string; previous: string; next: string; days: TDay[]; today: string }) {
  const t = await getTranslations('agendaCalendar');
  const locale = await getLocale();
  return (
    <div className="card flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t('weekHeading', { from: dayLabel(week, locale) })}</h2>
        <nav aria-label={t('weekCalendar')} className="flex flex-wrap gap-3 text-sm">
          <Link href={`/agenda?week=${previous}`} className="link">
            {t('previousWeek')}
          </Link>
          <Link href="/agenda" className="link">
            {t('thisWeek')}
          </Link>
          <Link href={`/agenda?week=${next}`} className="link">
            {t('nextWeek')}
          </Link>
        </nav>
      </div>
      <div className="grid grid-cols-1 gap-2 lg:grid-cols-7">
        {days.map((d) => (
          <DayColumn key={d.day} day={d} today={today} />
        ))}
      </div>
    </div>
  );
}

/** One day with its neighbours a link away. */
export async function DayView({ day, previous, next, today }: { day: TDay; previous: string; next: string; today: string }) {
  const t = await getTranslations('agendaCalendar');
  return (
    <div className="card flex flex-col gap-3">
      <nav aria-label={t('viewDay')} className="flex flex-wrap gap-3 text-sm">
        <Link href={`/agenda?view=day&day=${previous}`} className="link">
          {t('previousDay')}
        </Link>
        <Link href={`/agenda?week=${day.day}`} className="link">
          {t('viewWeek')}
        </Link>
        <Link href={`/agenda?view=day&day=${next}`} className="link">
          {t('nextDay')}
        </Link>
      </nav>
      <DayColumn day={day} today={today} />
    </div>
  );
}
