import { zQueryId } from '@/lib/validation/fields';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findPersonForCheckIn } from '@/lib/persons/form-subjects';
import { formatDateTime } from '@/lib/i18n/format';
import { CheckInForm } from '@/components/work/check-in-form';
import { ScheduleForm } from '@/components/work/schedule-form';
import { freeSlotPicker } from '@/lib/agenda/queries';
import { ClientMessages } from '@/components/layout/client-messages';
import { CHECK_IN_FORM_MESSAGES, SCHEDULE_FORM_MESSAGES } from '@/components/work/messages';
import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { personName } from '@/lib/persons/person-name';

// What the client forms on this page read (docs/conventions.md, "Client messages").
const clientMessages = mergeNamespaces(CHECK_IN_FORM_MESSAGES, SCHEDULE_FORM_MESSAGES);

export default async function NewCheckInPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ slot?: string | string[] }>;
}) {
  const { actor } = await requirePageActor('checkin.record');
  const { id } = await params;
  const slotId = zQueryId.parse((await searchParams).slot);
  const found = await findPersonForCheckIn({ actor, personId: id, slotId });
  if (!found) notFound();
  const { person, slot } = found;
  if (slotId && !slot) notFound();
  const t = await getTranslations('checkin');
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={clientMessages}>
      <section className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('heading', { name: personName(person, { style: 'short' }) })}</h1>
        <p className="text-sm text-slate-600">{slot ? t('forSlot', { date: formatDateTime(slot.scheduledAt, locale) }) : t('unscheduled')}</p>
        <CheckInForm
          personId={person.id}
          slot={slot ? { id: slot.id, version: slot.version } : null}
          defaultChannel={slot?.channel ?? 'STATION'}
          defaultCurfew={slot?.curfewCheck ?? false}
        />
        {!slot && <ScheduleForm personId={person.id} slots={await freeSlotPicker(actor, person.id, locale)} />}
      </section>
    </ClientMessages>
  );
}
