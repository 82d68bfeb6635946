import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { db } from '@/lib/db/client';
import { findOfficerRequests } from '@/lib/escalation/queries';
import type { TStoredAddress } from '@/lib/escalation/address-changes';
import { formatDate } from '@/lib/i18n/format';

// The officers' part on the police worklist (/expiring): the "flagged by officer" marker and
// filter, and what officers have asked police to decide (docs/decisions/018-officer-escalation.md).

/** The marker on a worklist row whose person an officer flagged for a petition. */
export async function FlaggedMarker({ flag }: { flag: { createdAt: Date; flaggedBy: { fullName: string } } | null }) {
  if (!flag) return null;
  const t = await getTranslations('escalation.worklist');
  const locale = await getLocale();
  return (
    <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" data-testid="flagged-marker">
      {t('flagged')}
      <span className="sr-only"> — {t('flaggedTitle', { name: flag.flaggedBy.fullName, date: formatDate(flag.createdAt, locale) })}</span>
    </span>
  );
}

/** All orders, or only those of persons flagged by an officer. */
export async function FlaggedFilter({ flagged, params }: { flagged: boolean; params: Record<string, string | undefined> }) {
  const t = await getTranslations('escalation.worklist');
  const href = (on: boolean) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    if (on) q.set('flagged', '1');
    return `/expiring?${q}`;
  };
  return (
    <nav aria-label={t('filter')} className="flex flex-wrap gap-2">
      <Link href={href(false)} aria-current={!flagged ? 'page' : undefined} className={!flagged ? 'btn py-1' : 'btn-secondary py-1'}>
        {t('filterAll')}
      </Link>
      <Link href={href(true)} aria-current={flagged ? 'page' : undefined} className={flagged ? 'btn py-1' : 'btn-secondary py-1'}>
        {t('filterFlagged')}
      </Link>
    </nav>
  );
}

const personName = (p: { lastName: string; firstName: string; middleName: string | null }) => `${p.lastName} ${p.firstName} ${p.middleName ?? ''}`.trim();

/** Pending escalation proposals and found address changes in the actor's scope, each linking to the person. */
export async function OfficerRequests({ actor }: { actor: TActor }) {
  const t = await getTranslations('escalation');
  const tv = await getTranslations('violation');
  const locale = await getLocale();
  const { proposals, addressChanges } = await findOfficerRequests({ db, actor });
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="officer-requests-heading" data-testid="officer-requests">
      <h2 id="officer-requests-heading" className="text-lg font-semibold">
        {t('worklist.requestsHeading')}
      </h2>
      {proposals.length === 0 && addressChanges.length === 0 && <p className="text-sm text-slate-600">{t('worklist.noRequests')}</p>}
      {proposals.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('worklist.proposals')}</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {proposals.map((p) => (
              <li key={p.id} data-testid="worklist-proposal">
                <Link className="link font-medium" href={`/persons/${p.violation.person.id}`}>
                  {personName(p.violation.person)}
                </Link>
                {' — '}
                {t('worklist.proposalLine', {
                  violation: tv(`type.${p.violation.type}`),
                  date: formatDate(p.violation.occurredAt, locale),
                  to: t(`proposals.toValue.${p.toStatus as 'ADMIN_PROTOCOL'}`),
                  name: p.proposedBy.fullName,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {addressChanges.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('worklist.addressChanges')}</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {addressChanges.map((c) => {
              const a = c.address as TStoredAddress;
              return (
                <li key={c.id} data-testid="worklist-address-change">
                  <Link className="link font-medium" href={`/persons/${c.person.id}`}>
                    {personName(c.person)}
                  </Link>
                  {' — '}
                  {t('worklist.addressLine', {
                    address: [a.locality, `${a.street} ${a.building}`, a.apartment].filter(Boolean).join(', '),
                    name: c.reportedBy.fullName,
                    date: formatDate(c.foundOn, locale),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
