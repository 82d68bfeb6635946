import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDateTime, localToday } from '@/lib/i18n/format';
import { formatLongDate, staffName } from '@/lib/i18n/long-form';
import type { TSubject } from '@/lib/public-order/subject';
import { readPublicOrderWarnings } from '@/lib/public-order/warnings';
import { WarningOutcome } from '@/components/warnings/warning-outcome';
import { RecordOutcomeForm } from '@/components/warnings/record-outcome-form';
import { PublicOrderWarningForm } from './public-order-warning-form';

type TKindTitles = { titleEn: string; titleRu: string; titleKk: string };
const kindTitle = (k: TKindTitles, locale: string) => (locale === 'kk' ? k.titleKk : locale === 'ru' ? k.titleRu : k.titleEn);

/**
 * A subject's public-order warnings (a public-order record's or a supervised person's): each with
 * its date, language, the incidents it refers to, its outcome and its document; police issue one
 * and record the outcome. Nothing for anyone without publicOrder.read or out of scope. The page
 * ships PUBLIC_ORDER_WARNINGS_SECTION_MESSAGES (components/public-order/messages.ts).
 */
export async function PublicOrderWarningsSection({ subject }: { subject: TSubject }) {
  const { actor } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'publicOrder.read')) return null;
  const data = await readPublicOrderWarnings(db, actor, subject);
  if (!data) return null;
  const t = await getTranslations('publicOrderWarnings');
  const locale = await getLocale();
  const canIssue = hasPermission(actor.role, 'publicOrder.record');
  const canRecord = canIssue && hasPermission(actor.role, 'warning.record');
  const today = localToday();
  const incidentLine = (i: { occurredOn: Date; place: string; kind: TKindTitles }) =>
    `${formatLongDate(i.occurredOn, locale)}: ${kindTitle(i.kind, locale)}, ${i.place}`;
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="po-warnings-heading" data-testid="public-order-warnings">
      <h2 id="po-warnings-heading" className="text-lg font-semibold">
        {t('sectionHeading')}
      </h2>
      {data.warnings.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {data.warnings.map((w) => (
            <li key={w.id} className="flex flex-col gap-1 border-b border-slate-100 pb-2 text-sm last:border-0" data-testid="public-order-warning">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {t('issuedBy', { date: formatDateTime(w.issuedAt, locale), name: staffName(w.issuedBy, locale), language: t(`language.${w.language}`) })}
                </span>
                <a href={`/warnings/${w.id}/document`} className="link">
                  {t('download')}
                </a>
              </div>
              <span className="font-medium">{t('incidentsReferred')}</span>
              <ul className="list-disc pl-5">
                {w.incidents.map(({ incident }) => (
                  <li key={incident.id}>{incidentLine(incident)}</li>
                ))}
              </ul>
              <WarningOutcome warning={w} namespace="publicOrderWarnings" testId="public-order-warning-outcome" />
              {w.outcome === 'PENDING' && canRecord && <RecordOutcomeForm warningId={w.id} version={w.version} today={today} />}
            </li>
          ))}
        </ul>
      )}
      {canIssue && <PublicOrderWarningForm subject={subject} incidents={data.incidents.map((i) => ({ id: i.id, label: incidentLine(i) }))} />}
    </section>
  );
}
