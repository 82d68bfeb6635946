import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/i18n/format';
import { PersonLink } from '@/components/persons/person-link';

type TDue = {
  id: string;
  version: number;
  scheduledAt: Date | null;
  channel: string;
  curfewCheck: boolean;
  person: { id: string; lastName: string; firstName: string };
};

/** A list of due check-ins, each with a one-tap "record" link (agenda and inbox). */
export async function DueList({ items, empty, label }: { items: TDue[]; empty: string; label: string }) {
  const t = await getTranslations('agenda');
  const tch = await getTranslations('checkin.channel');
  const locale = await getLocale();
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label={label}>
      {items.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3">
          <div>
            <PersonLink person={c.person} style="short" className="link font-medium" />
            <div className="text-xs text-slate-600">
              {formatDateTime(c.scheduledAt, locale)} · {tch(c.channel)}
              {c.curfewCheck ? ` · ${t('curfewVisit')}` : ''}
            </div>
          </div>
          <Link href={`/persons/${c.person.id}/check-ins/new?slot=${c.id}`} className="btn py-1">
            {t('record')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
