import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { TIMELINE_KINDS, viewTimeline, type TTimelineKind } from '@/lib/persons/timeline';
import { canMove } from '@/lib/violations/workflow';
import { referralSuggested } from '@/lib/violations/move-violation';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { ViolationActions } from '@/components/work/violation-actions';
import type { ViolationStatus } from '@/lib/generated/prisma/enums';
import { ClientMessages } from '@/components/layout/client-messages';
import { VIOLATION_ACTIONS_MESSAGES } from '@/components/work/messages';

const MOVES: ('ADMIN_PROTOCOL' | 'CRIMINAL_REFERRAL' | 'DISMISSED')[] = ['ADMIN_PROTOCOL', 'CRIMINAL_REFERRAL', 'DISMISSED'];

export default async function TimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string }> }) {
  const { actor, meta } = await requirePageActor('person.read');
  const { id } = await params;
  const { kind } = await searchParams;
  const kinds: TTimelineKind[] = TIMELINE_KINDS.includes(kind as TTimelineKind) ? [kind as TTimelineKind] : [...TIMELINE_KINDS];
  const timeline = await viewTimeline({ db, actor, meta, personId: id, kinds });
  if (!timeline) notFound();
  const suggestion = await db.$transaction((tx) => referralSuggested(tx, id));
  const t = await getTranslations('timeline');
  const tc = await getTranslations('checkin');
  const tv = await getTranslations('violation');
  const tr = await getTranslations('restriction.type');
  const tw = await getTranslations('warnings');
  const locale = await getLocale();
  const latestStepOf = new Set<string>();
  return (
    <ClientMessages namespaces={VIOLATION_ACTIONS_MESSAGES}>
      <section className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t('heading', { name: `${timeline.person.lastName} ${timeline.person.firstName}` })}</h1>
          <Link href={`/persons/${id}`} className="link">{t('backToPerson')}</Link>
        </div>
        <nav aria-label={t('filters')} className="flex flex-wrap gap-2">
          <Link href={`/persons/${id}/timeline`} aria-current={kinds.length > 1 ? 'page' : undefined} className={kinds.length > 1 ? 'btn py-1' : 'btn-secondary py-1'}>{t('all')}</Link>
          {TIMELINE_KINDS.map((k) => (
            <Link key={k} href={`/persons/${id}/timeline?kind=${k}`} aria-current={kinds.length === 1 && kinds[0] === k ? 'page' : undefined} className={kinds.length === 1 && kinds[0] === k ? 'btn py-1' : 'btn-secondary py-1'}>{t(`kind.${k}`)}</Link>
          ))}
        </nav>
        {timeline.events.length === 0 ? <p className="card text-slate-600">{t('empty')}</p> : (
          <ol className="flex flex-col gap-2" aria-label={t('events')}>
            {timeline.events.map((e) => {
              // Actions belong to the newest step of each violation only.
              const showActions = e.kind === 'violations' && !latestStepOf.has(e.violation.id);
              if (e.kind === 'violations') latestStepOf.add(e.violation.id);
              return (
                <li key={e.id} className="card flex flex-col gap-1 text-sm" data-testid="timeline-event">
                  <span className="text-xs text-slate-600">{e.kind === 'orders' || (e.kind === 'warnings' && e.warning.event !== 'issued') ? formatDate(e.at, locale) : formatDateTime(e.at, locale)}</span>
                  {e.kind === 'checkins' && (
                    <span>
                      <strong>{tc(`channel.${e.checkIn.channel}`)}</strong>: {tc(`outcome.${e.checkIn.outcome === 'SCHEDULED' ? 'OVERDUE' : e.checkIn.outcome}`)}
                      {e.checkIn.curfewCheck ? ` · ${e.checkIn.personAtHome ? tc('atHomeYes') : tc('atHomeNo')}` : ''}
                      {e.checkIn.excuseReason ? ` · ${e.checkIn.excuseReason}` : ''}
                      {e.checkIn.notes ? ` · ${e.checkIn.notes}` : ''}
                    </span>
                  )}
                  {e.kind === 'violations' && (
                    <div>
                      <span>
                        <strong>{tv(`type.${e.violation.type}`)}</strong> — {tv(`status.${e.step.toStatus}`)} ({e.step.actor})
                        {e.step.reason ? `: ${e.step.reason}` : ''}
                      </span>
                      {e.step.toStatus === 'RECORDED' && <p className="text-slate-700">{e.violation.description}</p>}
                      {e.step.toStatus === 'ADMIN_PROTOCOL' && e.violation.protocolNumber && <p>{tv('protocolSummary', { number: e.violation.protocolNumber, penalty: e.violation.penalty ?? '' })}</p>}
                      {e.step.toStatus === 'CRIMINAL_REFERRAL' && e.violation.referralNumber && <p>{tv('referralSummary', { number: e.violation.referralNumber })}</p>}
                      {e.step.toStatus === 'RECORDED' && e.violation.evidence.length > 0 && (
                        <ul className="flex flex-wrap gap-2">
                          {e.violation.evidence.map((f) => <li key={f.id}><a className="link" href={`/evidence/${f.id}`}>{f.fileName}</a></li>)}
                        </ul>
                      )}
                      {showActions && (
                        <ViolationActions
                          violation={{ id: e.violation.id, version: e.violation.version }}
                          moves={MOVES.filter((m) => canMove(actor.role, e.violation.status as ViolationStatus, m) === 'ok')}
                          suggestReferral={suggestion.suggested}
                        />
                      )}
                    </div>
                  )}
                  {e.kind === 'orders' && <span>{t(`order.${e.order.event}`, { label: e.order.event === 'restriction' ? tr(e.order.label) : e.order.label })}</span>}
                  {e.kind === 'warnings' && <span>{tw(`timeline.${e.warning.event}`, { type: tw(`type.${e.warning.type}`), name: e.warning.by, witness: e.warning.witness ?? '' })}</span>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </ClientMessages>
  );
}
