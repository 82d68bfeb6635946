import { getTranslations } from 'next-intl/server';
import { AUDIT_ACTION_CODES, auditActionKey } from '@/lib/audit/action-codes';
import type { TAuditFilter } from '@/lib/audit/find-audit-events';

/** The audit trail's filters: action and user as selects, person by name/IIN, outcome, a validated date range. */
export async function AuditFilters({
  filter,
  actors,
  rangeInvalid,
}: {
  filter: TAuditFilter;
  actors: { id: string; fullName: string }[];
  rangeInvalid: boolean;
}) {
  const t = await getTranslations('audit');
  const tt = await getTranslations('auditTrail');
  const ta = await getTranslations('auditAction');
  const actions = AUDIT_ACTION_CODES.map((code) => ({ code, label: ta(auditActionKey(code)) })).sort((a, b) => a.label.localeCompare(b.label));
  const field = 'flex min-w-0 flex-col gap-1 text-sm font-medium';
  return (
    <form role="search" action="/audit" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {filter.personId && <input type="hidden" name="personId" value={filter.personId} />}
      {filter.target && <input type="hidden" name="target" value={filter.target} />}
      <label className={field}>
        {tt('person')}
        <input name="person" defaultValue={filter.person ?? ''} placeholder={tt('personHint')} className="input" />
      </label>
      <label className={field}>
        {tt('actor')}
        <select name="actorId" defaultValue={filter.actorId ?? ''} className="input">
          <option value="">{tt('anyActor')}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.fullName}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        {tt('action')}
        <select name="action" defaultValue={filter.action ?? ''} className="input">
          <option value="">{tt('anyAction')}</option>
          {actions.map((a) => (
            <option key={a.code} value={a.code}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t('outcome')}
        <select name="outcome" defaultValue={filter.outcome ?? ''} className="input">
          <option value="">{t('any')}</option>
          <option value="SUCCESS">{t('outcomeSUCCESS')}</option>
          <option value="DENIED">{t('outcomeDENIED')}</option>
          <option value="FAILURE">{t('outcomeFAILURE')}</option>
        </select>
      </label>
      <label className={field}>
        {tt('from')}
        <input
          type="date"
          name="from"
          defaultValue={filter.from ?? ''}
          className="input"
          aria-invalid={rangeInvalid || undefined}
          aria-describedby="audit-range"
        />
      </label>
      <label className={field}>
        {tt('to')}
        <input type="date" name="to" defaultValue={filter.to ?? ''} className="input" aria-invalid={rangeInvalid || undefined} aria-describedby="audit-range" />
      </label>
      <p id="audit-range" role={rangeInvalid ? 'alert' : undefined} className="self-end text-sm text-red-700 sm:col-span-2">
        {rangeInvalid ? tt('badRange') : ''}
      </p>
      <button className="btn justify-self-start" type="submit">
        {t('filter')}
      </button>
    </form>
  );
}
