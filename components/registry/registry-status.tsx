import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { formatDateTime } from '@/lib/i18n/format';
import { hasOrderInForce } from '@/lib/registry/registry-status';
import { WithholdForm } from './withhold-form';
import { personName } from '@/lib/persons/person-name';

type TPersonRegistry = {
  id: string;
  version: number;
  lastName: string;
  firstName: string;
  registryWithheld: boolean;
  registryWithheldReason: string | null;
  registryWithheldAt: Date | null;
  reviewStatus: 'PENDING_REVIEW' | 'REVIEWED';
};

/** The person's standing in the public registry; supervisors may withhold or reinstate them. */
export async function RegistryStatus({ actor, person }: { actor: TActor; person: TPersonRegistry }) {
  const t = await getTranslations('registry.status');
  const tr = await getTranslations('importReview');
  const locale = await getLocale();
  const inForce = await hasOrderInForce({ db, personId: person.id });
  return (
    <section className="card flex flex-col gap-2" aria-labelledby="registry-heading" data-testid="registry-status">
      <h2 id="registry-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {person.reviewStatus === 'PENDING_REVIEW' && (
        <p className="text-sm font-medium text-amber-900" data-testid="awaiting-review">
          {tr('status')}{' '}
          {hasPermission(actor.role, 'person.review') && (
            <Link className="link" href="/persons/review">
              {tr('statusLink')}
            </Link>
          )}
        </p>
      )}
      {person.registryWithheld ? (
        <div className="text-sm">
          <p className="font-medium text-amber-900">{t('withheld', { date: formatDateTime(person.registryWithheldAt, locale) })}</p>
          {person.registryWithheldReason && <p>{t('reason', { reason: person.registryWithheldReason })}</p>}
        </div>
      ) : (
        person.reviewStatus === 'REVIEWED' && (
          <p className={inForce ? 'text-sm font-medium text-green-800' : 'text-sm text-slate-700'}>{inForce ? t('listed') : t('notListed')}</p>
        )
      )}
      {hasPermission(actor.role, 'registry.withhold') && (
        <WithholdForm personId={person.id} name={personName(person, { style: 'short' })} version={person.version} withheld={person.registryWithheld} />
      )}
    </section>
  );
}
