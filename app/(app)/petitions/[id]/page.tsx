import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { viewPetition } from '@/lib/petitions/find-petitions';
import { canMovePetition } from '@/lib/petitions/workflow';
import { findCompetentCourt, isCompetentCourt } from '@/lib/petitions/competent-court';
import type { TPrefill } from '@/lib/petitions/prefill';
import { localName, localTitle } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { defaultOrderEnd } from '@/lib/supervision/term';
import { DraftEditor } from '@/components/petitions/draft-editor';
import { StepForm } from '@/components/petitions/step-form';
import { DecisionForm } from '@/components/petitions/decision-form';
import { HearingSection } from '@/components/petitions/hearing-section';
import { ClientMessages } from '@/components/layout/client-messages';
import { DECISION_FORM_MESSAGES, DRAFT_EDITOR_MESSAGES, HEARING_FORM_MESSAGES, STEP_FORM_MESSAGES } from '@/components/petitions/messages';
import { mergeNamespaces } from '@/lib/i18n/client-messages';

// What the client forms on this page read (docs/conventions.md, "Client messages").
const clientMessages = mergeNamespaces(DRAFT_EDITOR_MESSAGES, STEP_FORM_MESSAGES, DECISION_FORM_MESSAGES, HEARING_FORM_MESSAGES);

export default async function PetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('petition.read');
  const { id } = await params;
  const petition = await viewPetition({ db, actor, meta, petitionId: id });
  if (!petition) notFound();
  const t = await getTranslations('petition');
  const tw = await getTranslations('warnings');
  const tc = await getTranslations('petitionCourt');
  const ts = await getTranslations('petitionSteps.confirm');
  const tTerm = await getTranslations('petitionDecision.term');
  const tDiffer = await getTranslations('petitionDifference');
  const locale = await getLocale();
  const prefill = petition.prefill as TPrefill | null;
  const can = (to: Parameters<typeof canMovePetition>[2]) => canMovePetition(actor.role, petition.status, to) === 'ok';
  const ref = { petitionId: petition.id, version: petition.version };
  const editing = petition.status === 'DRAFT' && hasPermission(actor.role, 'petition.draft');
  const [riskFactors, courts] = editing
    ? [
        await db.riskFactor.findMany({ where: { active: true }, orderBy: { code: 'asc' } }),
        await db.court.findMany({ where: { active: true }, orderBy: { code: 'asc' } }),
      ]
    : [[], []];
  // The competent court first in the list; any other court asks the drafter why (lib/petitions/competent-court.ts).
  const competent = editing ? await findCompetentCourt(db, petition.person.id) : null;
  const competentIds = competent ? courts.filter((c) => isCompetentCourt(c, competent)).map((c) => c.id) : [];
  const courtOptions = [...courts.filter((c) => competentIds.includes(c.id)), ...courts.filter((c) => !competentIds.includes(c.id))].map((c) => ({
    value: c.id,
    label: competentIds.includes(c.id) ? tc('competentOption', { court: localName(c, locale) }) : localName(c, locale),
  }));
  const competentNote = !competent
    ? ''
    : competent.court
      ? tc(competent.basis === 'REGISTERED_ADDRESS' ? 'competent' : 'competentFromDistrict', {
          court: localName(competent.court, locale),
          district: localName(competent.district, locale),
        })
      : tc('noCompetent', { district: localName(competent.district, locale) });
  const announcement = petition.decision?.announcement;
  const personName = `${petition.person.lastName} ${petition.person.firstName}`;
  const courtName = localName(petition.court, locale);
  const step = (key: 'endorse' | 'return' | 'file' | 'withdraw') => ({
    title: ts(`${key}.title`),
    summary: ts(`${key}.summary`, { name: personName, court: courtName }),
  });
  const requestedTerm = petition.requestedLifelong
    ? tTerm('lifelong')
    : petition.requestedTermYears
      ? tTerm('years', { years: petition.requestedTermYears })
      : tTerm('none');
  // The end after a grant of N years, by the function the decision handler applies.
  const endDates =
    can('GRANTED') && petition.order.endDate
      ? Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), formatDate(defaultOrderEnd(petition.order.endDate!, i + 1), locale)]))
      : {};

  return (
    <ClientMessages namespaces={clientMessages}>
      <article className="flex flex-col gap-4">
        <header className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t('heading', { name: personName })}</h1>
          <span className="rounded bg-slate-200 px-2 py-1 text-sm font-semibold" data-testid="petition-status">
            {t(`status.${petition.status}`)}
          </span>
        </header>
        <p className="text-sm text-slate-700">
          {courtName} · {t('drafter', { name: petition.drafter.fullName })}
          {petition.endorser ? ` · ${t('endorser', { name: petition.endorser.fullName })}` : ''}
          {petition.filingNumber ? ` · ${t('filingNumber', { number: petition.filingNumber })}` : ''}
          {petition.hearingDate ? ` · ${t('hearing', { date: formatDate(petition.hearingDate, locale) })}` : ''}
        </p>
        {petition.courtReason && (
          <p className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="court-reason">
            {tc('notCompetentLine', { reason: petition.courtReason })}
          </p>
        )}
        {petition.returnComment && petition.status === 'DRAFT' && (
          <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">{t('returned', { comment: petition.returnComment })}</p>
        )}
        {petition.filingNumber && (
          <a className="link self-start" href={`/petitions/${petition.id}/document`}>
            {t('downloadPdf')}
          </a>
        )}

        {prefill && (
          <section className="card flex flex-col gap-2 text-sm" aria-labelledby="prefill-heading">
            <h2 id="prefill-heading" className="text-lg font-semibold">
              {t('prefillHeading', { date: prefill.asOf ?? '' })}
            </h2>
            <p>
              {prefill.person.lastName} {prefill.person.firstName} {prefill.person.middleName ?? ''} · {prefill.person.iin}
            </p>
            <p>
              {t('orderLine', { number: prefill.order.rulingNumber, end: prefill.order.lifelong ? t('lifelong') : (prefill.order.endDate ?? '') })}
              {prefill.order.extensions.length ? ` · ${t('extensions', { count: prefill.order.extensions.length })}` : ''}
            </p>
            <p>{prefill.convictions.map((c) => c.article).join(', ')}</p>
            <dl className="grid grid-cols-2 gap-1 sm:grid-cols-4">
              <div>
                <dt className="text-slate-600">{t('attended')}</dt>
                <dd>{prefill.compliance.attended}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t('missed')}</dt>
                <dd>{prefill.compliance.missed}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t('protocols')}</dt>
                <dd>{prefill.compliance.violationsProtocol}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t('openViolations')}</dt>
                <dd>{prefill.compliance.violationsRecorded}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{tw('prefillSigned')}</dt>
                <dd>{prefill.compliance.warningsSigned}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{tw('prefillRefused')}</dt>
                <dd>{prefill.compliance.warningsRefused}</dd>
              </div>
            </dl>
          </section>
        )}

        {editing ? (
          <DraftEditor
            petitionId={petition.id}
            version={petition.version}
            initial={{
              grounds: petition.grounds,
              riskFactorCodes: petition.riskFactorCodes,
              requestedLifelong: petition.requestedLifelong,
              requestedTermYears: petition.requestedTermYears ? String(petition.requestedTermYears) : '',
              requestedChanges: petition.requestedChanges ?? '',
              courtId: petition.courtId,
              courtReason: petition.courtReason ?? '',
              language: petition.language,
            }}
            riskFactors={riskFactors.map((r) => ({ value: r.code, label: localTitle(r, locale) }))}
            courts={courtOptions}
            competentCourtIds={competentIds}
            competentNote={competentNote}
          />
        ) : (
          <section className="card flex flex-col gap-1 text-sm">
            <h2 className="text-lg font-semibold">{t('requestHeading')}</h2>
            <p>{petition.requestedLifelong ? t('requestLifelong') : t('requestYears', { years: petition.requestedTermYears ?? 0 })}</p>
            <p className="whitespace-pre-wrap">{petition.grounds}</p>
            {petition.requestedChanges && <p>{petition.requestedChanges}</p>}
          </section>
        )}

        <section className="card flex flex-col gap-2 text-sm" aria-labelledby="attachments-heading">
          <h2 id="attachments-heading" className="text-lg font-semibold">
            {t('attachments')}
          </h2>
          {petition.attachments.length === 0 ? (
            <p className="text-slate-600">{t('noAttachments')}</p>
          ) : (
            <ul className="flex flex-wrap gap-3">
              {petition.attachments.map((a) => (
                <li key={a.id}>
                  <a className="link" href={`/petitions/${petition.id}/files/${a.id}`}>
                    {a.fileName}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {editing && (
            <StepForm
              action="addAttachment"
              fixed={{ petitionId: petition.id }}
              fields={[{ name: 'file', type: 'file' }]}
              label={t('attach')}
              tone="secondary"
            />
          )}
        </section>

        {petition.decision && (
          <section className="card flex flex-col gap-1 text-sm" aria-labelledby="decision-heading" data-testid="decision">
            <h2 id="decision-heading" className="text-lg font-semibold">
              {t('decisionHeading')}
            </h2>
            <p>
              {t(`outcome.${petition.decision.outcome}`, { years: petition.decision.termYears ?? 0 })} ·{' '}
              {t('decisionLine', {
                number: petition.decision.decisionNumber,
                date: formatDate(petition.decision.decisionDate, locale),
                clerk: petition.decision.clerk.fullName,
              })}
            </p>
            {petition.decision.differsFromRequest && (
              <p className="rounded border border-red-300 bg-red-50 p-2 font-medium text-red-900" data-testid="differs-from-request">
                {tDiffer('flag', {
                  asked: requestedTerm,
                  granted: petition.decision.outcome === 'GRANTED_LIFELONG' ? tTerm('lifelong') : tTerm('years', { years: petition.decision.termYears ?? 0 }),
                })}
              </p>
            )}
            {petition.decision.newEndDate && <p>{t('newEnd', { date: formatDate(petition.decision.newEndDate, locale) })}</p>}
            {petition.decision.reason && <p>{petition.decision.reason}</p>}
            {petition.decision.hasScan && (
              <a className="link" href={`/petitions/${petition.id}/files/decision-scan`}>
                {t('decisionScan')}
              </a>
            )}
            {announcement && (
              <p data-testid="announcement">
                {announcement.status === 'OPEN'
                  ? t('announcementOpen')
                  : announcement.status === 'SIGNED'
                    ? t('announcementSigned', { date: formatDate(announcement.signedOn, locale) })
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
        )}

        <HearingSection petition={petition} actor={actor} />
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
        <Link href={`/persons/${petition.person.id}`} className="link self-start">
          {t('backToPerson')}
        </Link>
      </article>
    </ClientMessages>
  );
}
