import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDateTime, localToday } from '@/lib/i18n/format';
import { staffName } from '@/lib/i18n/long-form';
import type { TPersonView } from '@/lib/persons/view-person';
import { IssueWarningForm } from './issue-warning-form';
import { WarningOutcome } from './warning-outcome';
import { RecordOutcomeForm } from './record-outcome-form';

/** The person's warnings with their documents and outcomes; issuing and recording for those allowed. */
export async function WarningsSection({ actor, person, hasActiveOrder }: { actor: TActor; person: TPersonView; hasActiveOrder: boolean }) {
  const t = await getTranslations('warnings');
  const locale = await getLocale();
  const canIssue = hasPermission(actor.role, 'warning.issue') && hasActiveOrder;
  const canRecord = hasPermission(actor.role, 'warning.record');
  const today = localToday();
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="warnings-heading" data-testid="warnings">
      <h2 id="warnings-heading" className="text-lg font-semibold">
        {t('sectionHeading')}
      </h2>
      {person.warnings.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {person.warnings.map((w) => (
            <li key={w.id} className="flex flex-col gap-1 border-b border-slate-100 pb-2 text-sm last:border-0" data-testid="warning">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">{t(`type.${w.type}`)}</span>
                <a href={`/warnings/${w.id}/document`} className="link">
                  {t('download')}
                </a>
              </div>
              <span className="text-slate-600">{t('issuedBy', { date: formatDateTime(w.issuedAt, locale), name: staffName(w.issuedBy, locale) })}</span>
              <WarningOutcome warning={w} namespace="warnings" testId="warning-outcome" />
              {w.outcome === 'PENDING' && canRecord && <RecordOutcomeForm warningId={w.id} version={w.version} today={today} />}
            </li>
          ))}
        </ul>
      )}
      {canIssue && <IssueWarningForm personId={person.id} />}
    </section>
  );
}
