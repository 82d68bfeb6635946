import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { auditActionKey } from '@/lib/audit/action-codes';
import type { TAuditLabel } from '@/lib/audit/labels';
import { formatDateTime } from '@/lib/i18n/format';

type TEvent = {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  ip: string | null;
  requestId: string | null;
};

/**
 * The audit events as a table: who (by name), the action in words, the record by name with a
 * link, and a link narrowing the trail to the person. The table scrolls inside its own card, so
 * the page never scrolls sideways on a phone. Its own file, to be swapped for the shared table.
 */
export async function AuditTable({ rows, labels }: { rows: TEvent[]; labels: { targets: Map<string, TAuditLabel>; actors: Map<string, string> } }) {
  const t = await getTranslations('audit');
  const tt = await getTranslations('auditTrail');
  const ta = await getTranslations('auditAction');
  const te = await getTranslations('auditEntity');
  const locale = await getLocale();
  const entity = (type: string) => (te.has(type) ? te(type) : te('other'));
  return (
    <div className="card max-w-full overflow-x-auto p-0" role="region" aria-label={tt('table')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th>{tt('when')}</th>
            <th>{tt('who')}</th>
            <th>{tt('action')}</th>
            <th>{tt('record')}</th>
            <th>{t('outcome')}</th>
            <th>{tt('details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const label = e.targetType && e.targetId ? labels.targets.get(`${e.targetType}:${e.targetId}`) : undefined;
            const actorName = e.actorId ? labels.actors.get(e.actorId) : undefined;
            const key = auditActionKey(e.action);
            return (
              <tr key={e.id.toString()} data-testid="audit-row">
                <td className="whitespace-nowrap">{formatDateTime(e.at, locale)}</td>
                <td>
                  {actorName ?? e.actorEmail ?? t('anonymous')}
                  {actorName && e.actorEmail && <span className="block text-xs text-slate-600">{e.actorEmail}</span>}
                </td>
                <td>
                  <span title={tt('code', { code: e.action })}>{ta.has(key) ? ta(key) : e.action}</span>
                </td>
                <td>
                  {!e.targetType ? (
                    '—'
                  ) : label ? (
                    <>
                      <span className="block text-xs text-slate-600">{entity(e.targetType)}</span>
                      {label.href ? (
                        <Link href={label.href} className="link">
                          {label.text}
                        </Link>
                      ) : (
                        label.text
                      )}
                      {label.personId && (
                        <Link href={`/audit?personId=${label.personId}`} className="link block text-xs">
                          {tt('filterPerson', { name: label.text })}
                        </Link>
                      )}
                    </>
                  ) : (
                    tt('hidden', { type: entity(e.targetType) })
                  )}
                </td>
                <td>{t(`outcome${e.outcome}`)}</td>
                <td className="font-mono text-xs">
                  {e.ip ?? '—'}
                  <span className="block">{e.requestId?.slice(0, 8) ?? ''}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
