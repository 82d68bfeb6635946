import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import type { TComplianceFigures } from '@/lib/compliance/compliance';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { ComplianceBadge } from '@/components/work/compliance-badge';

/** The person's compliance figures and the links to record a check-in or a violation. */
export async function ComplianceSection({ actor, personId, figures }: { actor: TActor; personId: string; figures: TComplianceFigures }) {
  const tc = await getTranslations('compliance');
  const locale = await getLocale();
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="compliance-heading" data-testid="compliance">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="compliance-heading" className="text-lg font-semibold">
          {tc('heading')}
        </h2>
        <ComplianceBadge status={figures.status} />
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{tc('nextDue')}</dt>
          <dd>{figures.nextDue ? formatDateTime(figures.nextDue, locale) : '—'}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{tc('lastContact')}</dt>
          <dd>{figures.lastContact ? formatDate(figures.lastContact, locale) : '—'}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{tc('overdue')}</dt>
          <dd data-testid="figure-overdue">{figures.overdue}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{tc('openViolations')}</dt>
          <dd data-testid="figure-open-violations">{figures.openViolations}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Link href={`/persons/${personId}/timeline`} className="btn-secondary">
          {tc('timeline')}
        </Link>
        {hasPermission(actor.role, 'checkin.record') && (
          <Link href={`/persons/${personId}/check-ins/new`} className="btn">
            {tc('recordCheckIn')}
          </Link>
        )}
        {hasPermission(actor.role, 'violation.record') && (
          <Link href={`/persons/${personId}/violations/new`} className="btn-secondary">
            {tc('recordViolation')}
          </Link>
        )}
      </div>
    </section>
  );
}
