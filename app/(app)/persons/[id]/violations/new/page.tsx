import { kzDateTimeInput } from '@/lib/time/today';
import { zQueryId } from '@/lib/validation/fields';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findPersonForViolation } from '@/lib/persons/form-subjects';
import { parseRestrictionRow } from '@/lib/supervision/restrictions';
import { ViolationForm } from '@/components/work/violation-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { VIOLATION_FORM_MESSAGES } from '@/components/work/messages';
import { personName } from '@/lib/persons/person-name';

export default async function NewViolationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ checkIn?: string | string[] }>;
}) {
  const { actor } = await requirePageActor('violation.record');
  const { id } = await params;
  const checkInId = zQueryId.parse((await searchParams).checkIn);
  const found = await findPersonForViolation({ actor, personId: id, checkInId });
  if (!found) notFound();
  const { person, checkIn } = found;
  if (checkInId && !checkIn) notFound();
  const t = await getTranslations('violation');
  const tr = await getTranslations('restriction.type');
  const restrictions = person.orders.flatMap((o) => o.restrictions).filter((r) => parseRestrictionRow(r));
  // A missed check-in proposes a missed-reporting breach; an absence at a curfew visit, a curfew breach.
  const curfewAbsence = checkIn?.curfewCheck && checkIn.personAtHome === false;
  const type = checkIn ? (curfewAbsence ? 'CURFEW_BREACH' : 'MISSED_REPORTING') : 'OTHER_RESTRICTION';
  const broken = restrictions.find((r) => r.type === (curfewAbsence ? 'CURFEW' : 'REPORTING'));
  const when = checkIn?.actualAt ?? checkIn?.scheduledAt ?? new Date();
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading', { name: personName(person, { style: 'short' }) })}</h1>
      <ClientMessages namespaces={VIOLATION_FORM_MESSAGES}>
        <ViolationForm
          personId={person.id}
          restrictions={restrictions.map((r) => ({ value: r.id, label: tr(r.type) }))}
          prefill={{
            type,
            occurredAt: kzDateTimeInput(when),
            restrictionId: checkIn && broken ? broken.id : '',
            checkInId: checkIn?.id ?? '',
            description: checkIn ? (curfewAbsence ? t('prefillCurfew') : t('prefillMissed')) : '',
          }}
        />
      </ClientMessages>
    </section>
  );
}
