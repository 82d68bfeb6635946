import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { personName } from '@/lib/persons/person-name';

type TRow = {
  id: string;
  status: string;
  filingNumber: string | null;
  hearingDate: Date | null;
  hearingAt: Date | null;
  courtroom: string | null;
  daysLeft: number | null;
  person: { lastName: string; firstName: string };
  order: { endDate: Date | null; lifelong: boolean };
};

/** One petition in a list: the person, status, filing number, hearing, and the order's end with days left. */
export async function PetitionQueueRow({ row }: { row: TRow }) {
  const t = await getTranslations('petition');
  const tq = await getTranslations('petitionQueue');
  const locale = await getLocale();
  const urgent = row.daysLeft !== null && row.daysLeft <= 30;
  return (
    <li className="card flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="petition-row">
      <div className="flex min-w-0 flex-col gap-1">
        <Link href={`/petitions/${row.id}`} className="link font-medium">
          {personName(row.person, { style: 'short' })}
        </Link>
        <span>
          {t(`status.${row.status}`)}
          {row.filingNumber ? ` · ${row.filingNumber}` : ''}
          {row.hearingAt
            ? ` · ${tq('hearingAt', { when: formatDateTime(row.hearingAt, locale), courtroom: row.courtroom ?? '—' })}`
            : row.hearingDate
              ? ` · ${t('hearing', { date: formatDate(row.hearingDate, locale) })}`
              : ''}
        </span>
      </div>
      <span className={urgent ? 'font-semibold text-red-800' : 'text-slate-700'} data-testid="days-left" data-days-left={row.daysLeft ?? ''}>
        {row.order.lifelong || !row.order.endDate
          ? tq('lifelong')
          : `${tq('endsOn', { date: formatDate(row.order.endDate, locale) })} · ${
              row.daysLeft! < 0 ? tq('ended', { days: -row.daysLeft! }) : tq('daysLeft', { days: row.daysLeft! })
            }`}
      </span>
    </li>
  );
}
