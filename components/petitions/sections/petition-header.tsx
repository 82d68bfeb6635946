import { getLocale, getTranslations } from 'next-intl/server';
import type { TPetitionView } from '@/lib/petitions/find-petitions';
import { localName } from '@/lib/i18n/config';
import { formatLongDate, staffName } from '@/lib/i18n/long-form';

/** Heading, status, who drafted and endorsed it, filing number and hearing, and the document link. */
export async function PetitionHeader({ petition }: { petition: TPetitionView }) {
  const t = await getTranslations('petition');
  const tc = await getTranslations('petitionCourt');
  const locale = await getLocale();
  const personName = `${petition.person.lastName} ${petition.person.firstName}`;
  return (
    <>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('heading', { name: personName })}</h1>
        <span className="rounded bg-slate-200 px-2 py-1 text-sm font-semibold" data-testid="petition-status">
          {t(`status.${petition.status}`)}
        </span>
      </header>
      <p className="text-sm text-slate-700">
        {localName(petition.court, locale)} · {t('drafter', { name: staffName(petition.drafter, locale) })}
        {petition.endorser ? ` · ${t('endorser', { name: staffName(petition.endorser, locale) })}` : ''}
        {petition.filingNumber ? ` · ${t('filingNumber', { number: petition.filingNumber })}` : ''}
        {petition.hearingDate ? ` · ${t('hearing', { date: formatLongDate(petition.hearingDate, locale) })}` : ''}
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
    </>
  );
}
