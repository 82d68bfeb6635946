import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import type { TPetitionView } from '@/lib/petitions/find-petitions';
import { canMovePetition } from '@/lib/petitions/workflow';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { defaultOrderEnd } from '@/lib/supervision/term';
import { StepForm } from '@/components/petitions/step-form';
import { DecisionForm } from '@/components/petitions/decision-form';

/** The next steps the actor may take: endorse, return, file, set the hearing, decide, withdraw. */
export async function StepsSection({ petition, actor }: { petition: TPetitionView; actor: TActor }) {
  const t = await getTranslations('petition');
  const ts = await getTranslations('petitionSteps.confirm');
  const tTerm = await getTranslations('petitionDecision.term');
  const locale = await getLocale();
  const can = (to: Parameters<typeof canMovePetition>[2]) => canMovePetition(actor.role, petition.status, to) === 'ok';
  const ref = { petitionId: petition.id, version: petition.version };
  const personName = `${petition.person.lastName} ${petition.person.firstName}`;
  const courtName = localName(petition.court, locale);
  const step = (key: 'endorse' | 'return' | 'file' | 'withdraw') => ({
    title: ts(`${key}.title`),
    summary: ts(`${key}.summary`, { name: personName, court: courtName }),
  });
  // The end after a grant of N years, by the function the decision handler applies.
  const endDates =
    can('GRANTED') && petition.order.endDate
      ? Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), formatDate(defaultOrderEnd(petition.order.endDate!, i + 1), locale)]))
      : {};
  return (
    <section className="flex flex-wrap items-start gap-2" aria-label={t('steps')}>
      {can('ENDORSED') && <StepForm action="endorsePetition" fixed={ref} fields={[]} label={t('endorse')} confirm={step('endorse')} />}
      {hasPermission(actor.role, 'petition.endorse') && (petition.status === 'DRAFT' || petition.status === 'ENDORSED') && (
        <StepForm
          action="returnPetition"
          fixed={ref}
          fields={[{ name: 'comment', type: 'textarea' }]}
          label={t('return')}
          tone="secondary"
          confirm={step('return')}
        />
      )}
      {can('FILED') && <StepForm action="filePetition" fixed={ref} fields={[]} label={t('file')} confirm={step('file')} />}
      {can('GRANTED') && (
        <DecisionForm
          petitionId={petition.id}
          version={petition.version}
          requested={{ lifelong: petition.requestedLifelong, termYears: petition.requestedTermYears }}
          currentEnd={petition.order.lifelong ? tTerm('lifelong') : formatDate(petition.order.endDate, locale)}
          endDates={endDates}
        />
      )}
      {can('WITHDRAWN') && (
        <StepForm
          action="withdrawPetition"
          fixed={ref}
          fields={[{ name: 'reason', type: 'textarea' }]}
          label={t('withdraw')}
          tone="danger"
          confirm={step('withdraw')}
        />
      )}
    </section>
  );
}
