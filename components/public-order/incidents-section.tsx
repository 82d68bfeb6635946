import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { getRequest } from '@/lib/auth/current-actor';
import { hasPermission } from '@/lib/auth/permissions';
import { localTitle } from '@/lib/i18n/config';
import { localToday } from '@/lib/i18n/format';
import { formatLongDate } from '@/lib/i18n/long-form';
import { activeIncidentKinds, viewIncidents } from '@/lib/public-order/incidents';
import type { TSubject } from '@/lib/public-order/subject';
import { AddIncidentFilesForm } from './add-incident-files-form';
import { IncidentForm } from './incident-form';

/**
 * A subject's public-order incidents (issue 14): mounted on /public-order/[id] and, for police and
 * supervisors, on /persons/[id]. Reads the actor itself; renders nothing without publicOrder.read or
 * when the subject is out of scope. Police get the record form and "add files". Pages mounting it
 * ship INCIDENTS_SECTION_MESSAGES (components/public-order/messages.ts).
 */
export async function IncidentsSection({ subject }: { subject: TSubject }) {
  const { actor, meta } = await getRequest();
  if (!actor || !hasPermission(actor.role, 'publicOrder.read')) return null;
  const view = await viewIncidents({ db, actor, meta, subject });
  if (!view) return null;
  const t = await getTranslations('publicOrderIncidents');
  const locale = await getLocale();
  const canRecord = hasPermission(actor.role, 'publicOrder.record');
  const kinds = canRecord ? await activeIncidentKinds(db, locale) : [];
  return (
    <section id="public-order" className="card flex flex-col gap-3" aria-labelledby="public-order-incidents-heading" data-testid="public-order-incidents">
      <h2 id="public-order-incidents-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {view.incidents.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {view.incidents.map((incident) => (
            <li key={incident.id} className="flex flex-col gap-1 border-b border-slate-100 pb-2 text-sm last:border-0" data-testid="public-order-incident">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{formatLongDate(incident.occurredOn, locale)}</span>
                <span>{incident.kind.active ? localTitle(incident.kind, locale) : t('kindInactive', { title: localTitle(incident.kind, locale) })}</span>
              </div>
              <span className="text-slate-700">
                {t('place')}: {incident.place}
              </span>
              <span className="text-slate-700">{incident.protocolNumber ? t('protocol', { number: incident.protocolNumber }) : t('noProtocol')}</span>
              <p className="whitespace-pre-line">{incident.description}</p>
              {incident.files.length > 0 && (
                <ul className="flex flex-col gap-1" aria-label={t('files')}>
                  {incident.files.map((file) => (
                    <li key={file.id}>
                      <a className="link" href={`/public-order/incidents/files/${file.id}`}>
                        {file.fileName}
                      </a>{' '}
                      <span className="text-xs text-slate-500">{t('fileSize', { size: Math.max(1, Math.ceil(file.size / 1024)) })}</span>
                    </li>
                  ))}
                </ul>
              )}
              {canRecord && <AddIncidentFilesForm incidentId={incident.id} />}
            </li>
          ))}
        </ul>
      )}
      {canRecord && <IncidentForm subject={subject} kinds={kinds} today={localToday()} />}
    </section>
  );
}
