import Image from 'next/image';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { TTimelineEvent, TTimelineRestriction, TTimelineViolation } from '@/lib/persons/timeline';
import { RestrictionSummary } from './restriction-summary';

// One event of the person timeline (server-rendered). Each says when it happened first, and
// when it was entered where that differs, so a late or impossible date is in plain view.

type TEventOf<K extends TTimelineEvent['kind']> = Extract<TTimelineEvent, { kind: K }>;

export function TimelineWhen({ event }: { event: TTimelineEvent }) {
  const t = useTranslations('timelineEntry');
  const locale = useLocale();
  const { recorded } = event;
  return (
    <div className="flex flex-col text-xs">
      <time dateTime={event.at.toISOString()} className="text-slate-700" data-testid="event-at">
        {event.dateOnly ? formatDate(event.at, locale) : formatDateTime(event.at, locale)}
      </time>
      {recorded && (
        <span className={recorded.beforeEvent ? 'font-medium text-red-700' : 'text-slate-500'} data-testid="event-recorded">
          {recorded.by
            ? t('recordedBy', { when: formatDateTime(recorded.at, locale), name: recorded.by })
            : t('recorded', { when: formatDateTime(recorded.at, locale) })}
          {recorded.beforeEvent ? ` ${t('beforeEvent')}` : ''}
        </span>
      )}
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** The restriction in words, with the ruling that imposed it. */
export function RestrictionWithRuling({ restriction }: { restriction: TTimelineRestriction }) {
  const t = useTranslations('timelineEntry');
  const locale = useLocale();
  return (
    <span>
      <RestrictionSummary params={restriction.typed} />{' '}
      <span className="text-slate-500">({t('ruling', { number: restriction.rulingNumber, date: formatDate(restriction.rulingDate, locale) })})</span>
    </span>
  );
}

function Evidence({ files }: { files: TTimelineViolation['evidence'] }) {
  const t = useTranslations('timelineEntry.violation');
  if (files.length === 0) return <span className="text-slate-500">{t('noEvidence')}</span>;
  return (
    <ul className="flex flex-wrap gap-3" aria-label={t('evidenceList')}>
      {files.map((f) => (
        <li key={f.id} className="flex max-w-32 flex-col gap-1" data-testid="evidence">
          {f.isImage ? (
            // The evidence route checks scope and audits every view, the thumbnail's too; the
            // optimiser would fetch it without the user's session, hence unoptimized.
            <a href={`/evidence/${f.id}`} className="link flex flex-col gap-1">
              <Image
                src={`/evidence/${f.id}`}
                alt={t('photoAlt', { name: f.fileName })}
                width={96}
                height={96}
                loading="lazy"
                unoptimized
                className="h-24 w-24 rounded border border-slate-200 object-cover"
              />
              <span className="truncate text-xs">{f.fileName}</span>
            </a>
          ) : (
            <a href={`/evidence/${f.id}`} className="link flex items-center gap-1">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="shrink-0 fill-none stroke-current" strokeWidth="1.5">
                <path d="M6 2h9l5 5v15H6z M15 2v5h5" />
              </svg>
              <span className="truncate">{t('pdf', { name: f.fileName })}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A violation as a court reads it: what, when and where, the restriction broken, where it stands, the evidence. */
export function ViolationEntry({ event, actions }: { event: TEventOf<'violations'> & { event: 'occurred' }; actions: ReactNode }) {
  const tv = useTranslations('violation');
  const t = useTranslations('timelineEntry.violation');
  const locale = useLocale();
  const v = event.violation;
  return (
    <div className="flex flex-col gap-2">
      <span>
        <strong>{tv(`type.${v.type}`)}</strong> — {tv(`status.${v.status}`)}
      </span>
      <dl className="grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <Row label={tv('place')}>
          <span data-testid="violation-place">{v.place ?? <span className="text-slate-500">{t('noPlace')}</span>}</span>
        </Row>
        <Row label={tv('restriction')}>
          <span data-testid="violation-restriction">
            {v.restriction ? <RestrictionWithRuling restriction={v.restriction} /> : <span className="text-slate-500">{tv('noRestriction')}</span>}
          </span>
        </Row>
        <Row label={tv('description')}>
          <span className="whitespace-pre-line">{v.description}</span>
        </Row>
        {v.protocolNumber && (
          <Row label={tv('move.ADMIN_PROTOCOL')}>
            {t('protocol', { number: v.protocolNumber, date: formatDate(v.protocolDate, locale), penalty: v.penalty ?? '' })}
          </Row>
        )}
        {v.referralNumber && <Row label={tv('move.CRIMINAL_REFERRAL')}>{tv('referralSummary', { number: v.referralNumber })}</Row>}
        {v.status === 'DISMISSED' && v.dismissReason && <Row label={tv('move.DISMISSED')}>{t('dismissed', { reason: v.dismissReason })}</Row>}
        <Row label={tv('evidence')}>
          <Evidence files={v.evidence} />
        </Row>
      </dl>
      {actions}
    </div>
  );
}

/** A later step of a violation (protocol, referral, dismissal): who took it and why. */
export function ViolationStepEntry({ event }: { event: TEventOf<'violations'> & { event: 'step' } }) {
  const tv = useTranslations('violation');
  const { step, violation: v } = event;
  return (
    <div>
      <span>
        <strong>{tv(`type.${v.type}`)}</strong> — {tv(`status.${step.toStatus}`)} ({step.actor}){step.reason ? `: ${step.reason}` : ''}
      </span>
      {step.toStatus === 'ADMIN_PROTOCOL' && v.protocolNumber && <p>{tv('protocolSummary', { number: v.protocolNumber, penalty: v.penalty ?? '' })}</p>}
      {step.toStatus === 'CRIMINAL_REFERRAL' && v.referralNumber && <p>{tv('referralSummary', { number: v.referralNumber })}</p>}
    </div>
  );
}

/** A court decision: outcome, ruling number and date, what it did to the order, the petition behind it. */
export function DecisionEntry({ event }: { event: TEventOf<'decisions'> }) {
  const t = useTranslations('timelineEntry');
  const tp = useTranslations('petition');
  const locale = useLocale();
  const d = event.decision;
  const p = d.petition;
  return (
    <div className="flex flex-col gap-1" data-testid="decision-entry">
      <strong>{t('decision.heading', { outcome: tp(`outcome.${d.outcome}`, { years: d.termYears ?? 0 }) })}</strong>
      <span data-testid="decision-ruling">{t('ruling', { number: d.decisionNumber, date: formatDate(d.decisionDate, locale) })}</span>
      <span>
        {d.outcome === 'GRANTED_YEARS'
          ? t('decision.endMoved', { from: formatDate(d.previousEndDate, locale), to: formatDate(d.newEndDate, locale) })
          : d.outcome === 'GRANTED_LIFELONG'
            ? t('decision.nowLifelong', { from: formatDate(d.previousEndDate, locale) })
            : t('decision.unchanged')}
      </span>
      <span className="text-slate-600">
        {p.requestedLifelong ? t('decision.askedLifelong') : p.requestedTermYears ? t('decision.askedYears', { years: p.requestedTermYears }) : null}
      </span>
      {d.reason && <span>{t('decision.reason', { reason: d.reason })}</span>}
      {p.visible && (
        <span className="flex flex-wrap gap-3">
          <Link className="link" href={`/petitions/${p.id}`}>
            {t('decision.petition', { number: p.filingNumber ?? '' })}
          </Link>
          {d.hasScan && (
            <a className="link" href={`/petitions/${p.id}/files/decision-scan`}>
              {tp('decisionScan')}
            </a>
          )}
        </span>
      )}
    </div>
  );
}
