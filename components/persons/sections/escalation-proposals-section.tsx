import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonEscalation } from '@/lib/escalation/queries';
import { PROPOSABLE_MOVES } from '@/lib/escalation/schemas';
import { TRANSITIONS } from '@/lib/violations/workflow';
import { ProposeEscalationForm } from '@/components/escalation/propose-escalation-form';
import { ReasonForm } from '@/components/escalation/reason-form';

type TViolation = TPersonEscalation['violations'][number];

/** Violations open for escalation with the officer's proposals: propose (officers), decline or accept on the timeline (police). */
export async function EscalationProposalsSection({ actor, personId, violations }: { actor: TActor; personId: string; violations: TViolation[] }) {
  const canPropose = hasPermission(actor.role, 'violation.propose');
  const canDecide = hasPermission(actor.role, 'violation.escalate');
  if ((!canPropose && !canDecide) || violations.length === 0) return null;
  const t = await getTranslations('escalation.proposals');
  const tv = await getTranslations('violation');
  const locale = await getLocale();
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="proposals-heading" data-testid="escalation-proposals">
      <h2 id="proposals-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="flex flex-col gap-3">
        {violations.map((v) => {
          const last = v.proposals[0];
          const pending = last?.status === 'PENDING' ? last : null;
          const moves = PROPOSABLE_MOVES.filter((m) => TRANSITIONS[v.status][m] === 'violation.escalate');
          return (
            <li key={v.id} className="flex flex-col gap-1 border-b border-slate-100 pb-2 text-sm last:border-0" data-testid="proposal-violation">
              <span className="font-medium">
                {tv(`type.${v.type}`)} · {formatDate(v.occurredAt, locale)} · {tv(`status.${v.status}`)}
              </span>
              {last && (
                <span>
                  {t('proposedBy', {
                    to: t(`toValue.${last.toStatus as 'ADMIN_PROTOCOL'}`),
                    name: last.proposedBy.fullName,
                    date: formatDate(last.createdAt, locale),
                  })}
                  {' — '}
                  <strong data-testid="proposal-status">{t(`status.${last.status}`)}</strong>
                </span>
              )}
              {last && <span className="text-slate-700">{last.reason}</span>}
              {last?.declineReason && <span className="text-slate-600">{t('declinedBecause', { reason: last.declineReason })}</span>}
              {canPropose && !pending && moves.length > 0 && <ProposeEscalationForm violationId={v.id} moves={moves} />}
              {canDecide && pending && (
                <div className="flex flex-col gap-2">
                  <p className="text-slate-700">
                    {t('acceptHint')}{' '}
                    <Link className="link" href={`/persons/${personId}/timeline`}>
                      {t('openTimeline')}
                    </Link>
                  </p>
                  <ReasonForm kind="declineProposal" id={pending.id} version={pending.version} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
