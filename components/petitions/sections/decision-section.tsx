import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import type { TPetitionView } from '@/lib/petitions/find-petitions';
import { formatLongDate, staffName } from '@/lib/i18n/long-form';
import { StepForm } from '@/components/petitions/step-form';

/** The court's decision, whether it differs from the request, and its announcement to the person. */
export async function DecisionSection({ petition, actor }: { petition: TPetitionView; actor: TActor }) {
  const decision = petition.decision;
  if (!decision) return null;
  const t = await getTranslations('petition');
  const tTerm = await getTranslations('petitionDecision.term');
  const tDiffer = await getTranslations('petitionDifference');
  const locale = await getLocale();
  const announcement = decision.announcement;
  const requestedTerm = petition.requestedLifelong
    ? tTerm('lifelong')
    : petition.requestedTermYears
      ? tTerm('years', { years: petition.requestedTermYears })
      : tTerm('none');
  return (
    <section className="card flex flex-col gap-1 text-sm" aria-labelledby="decision-heading" data-testid="decision">
      <h2 id="decision-heading" className="text-lg font-semibold">
        {t('decisionHeading')}
      </h2>
      <p>
        {t(`outcome.${decision.outcome}`, { years: decision.termYears ?? 0 })} ·{' '}
        {t('decisionLine', { number: decision.decisionNumber, date: formatLongDate(decision.decisionDate, locale), clerk: staffName(decision.clerk, locale) })}
      </p>
      {decision.differsFromRequest && (
        <p className="rounded border border-red-300 bg-red-50 p-2 font-medium text-red-900" data-testid="differs-from-request">
          {tDiffer('flag', {
            asked: requestedTerm,
            granted: decision.outcome === 'GRANTED_LIFELONG' ? tTerm('lifelong') : tTerm('years', { years: decision.termYears ?? 0 }),
          })}
        </p>
      )}
      {decision.newEndDate && <p>{t('newEnd', { date: formatLongDate(decision.newEndDate, locale) })}</p>}
      {decision.reason && <p>{decision.reason}</p>}
      {decision.hasScan && (
        <a className="link" href={`/petitions/${petition.id}/files/decision-scan`}>
          {t('decisionScan')}
        </a>
      )}
      {announcement && (
        <p data-testid="announcement">
          {announcement.status === 'OPEN'
            ? t('announcementOpen')
            : announcement.status === 'SIGNED'
              ? t('announcementSigned', { date: formatLongDate(announcement.signedOn, locale) })
              : t('announcementRefused', { witness: announcement.refusalWitness ?? '' })}
        </p>
      )}
      {announcement?.status === 'OPEN' && hasPermission(actor.role, 'announcement.record') && (
        <div className="flex flex-wrap gap-2">
          <StepForm
            action="recordAnnouncement"
            fixed={{ taskId: announcement.id, version: announcement.version, outcome: 'SIGNED' }}
            fields={[{ name: 'signedOn', type: 'date' }]}
            label={t('signed')}
          />
          <StepForm
            action="recordAnnouncement"
            fixed={{ taskId: announcement.id, version: announcement.version, outcome: 'REFUSED' }}
            fields={[{ name: 'refusalWitness', type: 'text' }]}
            label={t('refused')}
            tone="secondary"
          />
        </div>
      )}
    </section>
  );
}
