import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonEscalation } from '@/lib/escalation/queries';
import { FlagPersonForm } from '@/components/escalation/flag-person-form';
import { ReasonForm } from '@/components/escalation/reason-form';

/** The officer's flag that this person needs a petition: its grounds and reasons; flag or withdraw for officers. */
export async function PetitionFlagSection({ actor, personId, flag }: { actor: TActor; personId: string; flag: TPersonEscalation['openFlag'] }) {
  const canFlag = hasPermission(actor.role, 'petition.flag');
  if (!canFlag && !flag) return null;
  const t = await getTranslations('escalation');
  const locale = await getLocale();
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="petition-flag-heading" data-testid="petition-flag">
      <h2 id="petition-flag-heading" className="text-lg font-semibold">
        {t('flag.heading')}
      </h2>
      {!flag ? (
        <>
          <p className="text-sm text-slate-700">{t('flag.explain')}</p>
          <p className="text-sm text-slate-600">{t('flag.none')}</p>
          <FlagPersonForm personId={personId} />
        </>
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <p className="font-medium text-amber-900">{t('flag.flaggedBy', { name: flag.flaggedBy.fullName, date: formatDate(flag.createdAt, locale) })}</p>
          <ul className="list-disc pl-6" aria-label={t('flag.grounds')}>
            {flag.grounds.map((g) => (
              <li key={g}>{t(`grounds.${g as 'OTHER'}`)}</li>
            ))}
          </ul>
          <p className="whitespace-pre-line" data-testid="flag-reasons">
            {flag.reasons}
          </p>
          {canFlag && <ReasonForm kind="withdrawFlag" id={flag.id} version={flag.version} />}
        </div>
      )}
    </section>
  );
}
