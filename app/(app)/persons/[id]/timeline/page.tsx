import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { TIMELINE_KINDS, viewTimeline, type TTimelineKind } from '@/lib/persons/timeline';
import { canMove } from '@/lib/violations/workflow';
import { findReferralSuggestion } from '@/lib/violations/move-violation';
import { ViolationActions } from '@/components/work/violation-actions';
import { DecisionEntry, RestrictionWithRuling, TimelineWhen, ViolationEntry, ViolationStepEntry } from '@/components/persons/timeline-entry';
import { ClientMessages } from '@/components/layout/client-messages';
import { VIOLATION_ACTIONS_MESSAGES } from '@/components/work/messages';
import { personName } from '@/lib/persons/person-name';

const MOVES: ('ADMIN_PROTOCOL' | 'CRIMINAL_REFERRAL' | 'DISMISSED')[] = ['ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL', 'DISMISSED'];

export default async function TimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string }> }) {
  const { actor, meta } = await requirePageActor('person.read');
  const { id } = await params;
  const { kind } = await searchParams;
  const kinds: TTimelineKind[] = TIMELINE_KINDS.includes(kind as TTimelineKind) ? [kind as TTimelineKind] : [...TIMELINE_KINDS];
  const timeline = await viewTimeline({ actor, meta, personId: id, kinds });
  if (!timeline) notFound();
  const suggestion = await findReferralSuggestion({ personId: id });
  const t = await getTranslations('timeline');
  const tc = await getTranslations('checkin');
  const te = await getTranslations('timelineEntry');
  const tr = await getTranslations('restriction.type');
  const tw = await getTranslations('warnings');
  return (
    <ClientMessages namespaces={VIOLATION_ACTIONS_MESSAGES}>
      <section className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t('heading', { name: personName(timeline.person, { style: 'short' }) })}</h1>
          <Link href={`/persons/${id}`} className="link">
            {t('backToPerson')}
          </Link>
        </div>
        <nav aria-label={t('filters')} className="flex flex-wrap gap-2">
          <Link
            href={`/persons/${id}/timeline`}
            aria-current={kinds.length > 1 ? 'page' : undefined}
            className={kinds.length > 1 ? 'btn py-1' : 'btn-secondary py-1'}
          >
            {t('all')}
          </Link>
          {TIMELINE_KINDS.map((k) => (
            <Link
              key={k}
              href={`/persons/${id}/timeline?kind=${k}`}
              aria-current={kinds.length === 1 && kinds[0] === k ? 'page' : undefined}
              className={kinds.length === 1 && kinds[0] === k ? 'btn py-1' : 'btn-secondary py-1'}
            >
              {k === 'decisions' ? te('kindDecisions') : t(`kind.${k}`)}
            </Link>
          ))}
        </nav>
        {timeline.events.length === 0 ? (
          <p className="card text-slate-600">{t('empty')}</p>
        ) : (
          <ol className="flex flex-col gap-2" aria-label={t('events')}>
            {timeline.events.map((e) => (
              <li key={e.id} className="card flex flex-col gap-1 text-sm" data-testid="timeline-event" data-kind={e.kind}>
                <TimelineWhen event={e} />
                {e.kind === 'checkins' && (
                  <span>
                    <strong>{tc(`channel.${e.checkIn.channel}`)}</strong>: {tc(`outcome.${e.checkIn.outcome === 'SCHEDULED' ? 'OVERDUE' : e.checkIn.outcome}`)}
                    {e.checkIn.curfewCheck ? ` · ${e.checkIn.personAtHome ? tc('atHomeYes') : tc('atHomeNo')}` : ''}
                    {e.checkIn.excuseReason ? ` · ${e.checkIn.excuseReason}` : ''}
                    {e.checkIn.notes ? ` · ${e.checkIn.notes}` : ''}
                  </span>
                )}
                {e.kind === 'violations' && e.event === 'occurred' && (
                  <ViolationEntry
                    event={e}
                    actions={
                      <ViolationActions
                        violation={{ id: e.violation.id, version: e.violation.version }}
                        moves={MOVES.filter((m) => canMove(actor.role, e.violation.status, m) === 'ok')}
                        suggestReferral={suggestion.suggested}
                      />
                    }
                  />
                )}
                {e.kind === 'violations' && e.event === 'step' && <ViolationStepEntry event={e} />}
                {e.kind === 'decisions' && <DecisionEntry event={e} />}
                {e.kind === 'orders' && (
                  <span>
                    {t(`order.${e.order.event}`, { label: e.order.event === 'restriction' ? tr(e.order.label) : e.order.label })}
                    {e.order.event === 'restriction' && (
                      <>
                        {' — '}
                        <RestrictionWithRuling restriction={e.order.restriction} />
                      </>
                    )}
                  </span>
                )}
                {e.kind === 'warnings' && (
                  <span>{tw(`timeline.${e.warning.event}`, { type: tw(`type.${e.warning.type}`), name: e.warning.by, witness: e.warning.witness ?? '' })}</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </ClientMessages>
  );
}
