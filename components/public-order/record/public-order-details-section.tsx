import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { localName } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { personName } from '@/lib/persons/person-name';
import type { TPublicOrderPersonView } from '@/lib/public-order/read';
import { PublicOrderEditForm } from './public-order-edit-form';

/** The record's own details, and the correction of names and address for police. */
export async function PublicOrderDetailsSection({ actor, record }: { actor: TActor; record: TPublicOrderPersonView }) {
  const t = await getTranslations('publicOrderRecord.page');
  const locale = await getLocale();
  const address = [record.locality, record.street, record.building, record.apartment ? t('apartmentShort', { apartment: record.apartment }) : null]
    .filter(Boolean)
    .join(', ');
  const rows: [string, string, string?][] = [
    [t('iin'), record.iin, 'font-mono'],
    [t('birthDate'), formatDate(record.birthDate, locale)],
    [t('sex'), record.sex === 'MALE' ? t('male') : t('female')],
    [t('address'), address],
    [t('district'), localName(record.district, locale)],
    [t('createdBy'), record.createdBy.fullName],
    [t('createdAt'), formatDateTime(record.createdAt, locale)],
    [t('lastIncident'), record.lastIncidentOn ? formatDate(record.lastIncidentOn, locale) : t('noIncident')],
  ];
  return (
    <>
      <header className="flex flex-col gap-1">
        <Link href="/public-order" className="link text-sm">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-semibold">{personName(record)}</h1>
        <p className="text-sm text-slate-600">{t('notPublic')}</p>
      </header>
      <section aria-labelledby="public-order-details" className="card flex flex-col gap-3">
        <h2 id="public-order-details" className="text-lg font-semibold">
          {t('details')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value, className]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd className={className}>{value}</dd>
            </div>
          ))}
        </dl>
        {hasPermission(actor.role, 'publicOrder.record') && <PublicOrderEditForm record={record} />}
      </section>
    </>
  );
}
