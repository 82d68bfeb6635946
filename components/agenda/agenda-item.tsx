import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { addMinutes } from 'date-fns';
import { kzDateTimeInput } from '@/lib/time/today';
import type { TAgendaItem } from '@/lib/agenda/read';
import { PersonLink } from '@/components/persons/person-link';

const hhmm = (at: Date) => kzDateTimeInput(at).slice(11);

/** One booked appointment or visit: its time, the person, and what can be done with it. */
export async function AgendaItem({ item }: { item: TAgendaItem }) {
  const t = await getTranslations('agendaCalendar');
  const tch = await getTranslations('checkin.channel');
  const start = item.scheduledAt!;
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2 text-sm" data-testid="agenda-item">
      <span className="font-medium tabular-nums">
        {hhmm(start)}–{hhmm(addMinutes(start, item.durationMinutes))}
      </span>
      <PersonLink person={item.person} style="short" className="link break-words" />
      <span className="text-xs text-slate-600">
        {tch(item.channel)}
        {item.curfewCheck ? ` · ${t('curfew')}` : ''}
      </span>
      <span className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        <Link href={`/persons/${item.person.id}/check-ins/new?slot=${item.id}`} className="link">
          {t('record')}
        </Link>
        <Link href={`/agenda/appointments/${item.id}`} className="link">
          {t('change')}
        </Link>
      </span>
    </li>
  );
}
