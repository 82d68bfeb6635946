import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { NotFoundError } from '@/lib/actions/errors';
import { agendaAppointment, ownFreeSlotPicker } from '@/lib/agenda/queries';
import { formatDateTime } from '@/lib/i18n/format';
import { kzDateTimeInput } from '@/lib/time/today';
import { zQueryId } from '@/lib/validation/fields';
import { ClientMessages } from '@/components/layout/client-messages';
import { AppointmentChange } from '@/components/agenda/appointment-change';
import { APPOINTMENT_CHANGE_MESSAGES } from '@/components/agenda/messages';

/** Reschedule or cancel one of the officer's appointments or visits. */
export default async function AppointmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requirePageActor('checkin.record');
  const id = zQueryId.parse((await params).id);
  const item = id ? await agendaAppointment(actor, id).catch((e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null;
  if (!item) notFound();
  const t = await getTranslations('agendaChange');
  const locale = await getLocale();
  const slots = await ownFreeSlotPicker(actor, item.id, locale);
  return (
    <ClientMessages namespaces={APPOINTMENT_CHANGE_MESSAGES}>
      <section className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('heading', { name: `${item.person.lastName} ${item.person.firstName}` })}</h1>
        <p className="text-sm">{t('current', { at: formatDateTime(item.scheduledAt, locale), minutes: item.durationMinutes })}</p>
        <AppointmentChange
          item={{
            id: item.id,
            version: item.version,
            scheduledAt: kzDateTimeInput(item.scheduledAt),
            durationMinutes: item.durationMinutes,
            cancellable: item.source !== 'SCHEDULE',
          }}
          slots={slots}
        />
        <Link href="/agenda" className="link text-sm">
          {t('back')}
        </Link>
      </section>
    </ClientMessages>
  );
}
