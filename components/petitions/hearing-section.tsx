import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { findHearingChanges } from '@/lib/petitions/hearing';
import { canMovePetition } from '@/lib/petitions/workflow';
import type { PetitionStatus } from '@/lib/generated/prisma/enums';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { kzDateTimeInput } from '@/lib/time/today';
import { HearingForm } from './hearing-form';

type TPetition = { id: string; version: number; status: PetitionStatus; hearingDate: Date | null; hearingAt: Date | null; courtroom: string | null };

/** The hearing on the petition page: when and where, its history of changes, and the clerk's set/reschedule forms. */
export async function HearingSection({ petition, actor }: { petition: TPetition; actor: TActor }) {
  if (!['FILED', 'HEARING_SET', 'GRANTED', 'DENIED'].includes(petition.status)) return null;
  const t = await getTranslations('hearing');
  const locale = await getLocale();
  const changes = await findHearingChanges(db, petition.id);
  const canSet = canMovePetition(actor.role, petition.status, 'HEARING_SET') === 'ok';
  const canReschedule = petition.status === 'HEARING_SET' && hasPermission(actor.role, 'petition.decide');
  const where = (at: Date | null, courtroom: string | null) => t('when', { when: formatDateTime(at, locale), courtroom: courtroom ?? '—' });
  const local = petition.hearingAt ? kzDateTimeInput(petition.hearingAt) : null;
  return (
    <section className="card flex flex-col gap-2 text-sm" aria-labelledby="hearing-heading">
      <h2 id="hearing-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p data-testid="hearing-when">
        {petition.hearingAt ? where(petition.hearingAt, petition.courtroom) : petition.hearingDate ? formatDate(petition.hearingDate, locale) : t('none')}
      </p>
      {changes.length > 0 && (
        <>
          <h3 className="font-medium">{t('history')}</h3>
          <ul className="flex flex-col gap-1" data-testid="hearing-history">
            {changes.map((c) => (
              <li key={c.id}>
                {c.previousAt
                  ? t('historyMoved', {
                      at: formatDateTime(c.createdAt, locale),
                      name: c.changedBy.fullName,
                      from: where(c.previousAt, c.previousCourtroom),
                      reason: c.reason ?? '—',
                    })
                  : t('historyFirst', { at: formatDateTime(c.createdAt, locale), name: c.changedBy.fullName })}
              </li>
            ))}
          </ul>
        </>
      )}
      {canSet && <HearingForm petitionId={petition.id} version={petition.version} mode="set" />}
      {canReschedule && (
        <HearingForm
          petitionId={petition.id}
          version={petition.version}
          mode="reschedule"
          current={local ? { hearingDate: local.slice(0, 10), hearingTime: local.slice(11), courtroom: petition.courtroom ?? '' } : undefined}
        />
      )}
    </section>
  );
}
