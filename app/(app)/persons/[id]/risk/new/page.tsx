import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { localTitle } from '@/lib/i18n/config';
import { loadStartPage } from '@/lib/risk/read';
import { ClientMessages } from '@/components/layout/client-messages';
import { START_ASSESSMENT_BUTTON_MESSAGES } from '@/components/risk/messages';
import { StartAssessmentButton } from '@/components/risk/start-assessment-button';

/** Start or continue: the person's open assessment if there is one, else a button that creates the draft. */
export default async function StartRiskAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requirePageActor('risk.assess');
  const { id } = await params;
  const state = await loadStartPage({ actor, personId: id });
  if (!state) notFound();
  if (state.openId) redirect(`/risk/${state.openId}`);
  const t = await getTranslations('riskWorkflow');
  const locale = await getLocale();

  return (
    <ClientMessages namespaces={START_ASSESSMENT_BUTTON_MESSAGES}>
      <article className="card flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('start.heading')}</h1>
        {state.instrument ? (
          <>
            <p className="text-sm">{t('start.body', { instrument: localTitle(state.instrument, locale) })}</p>
            <StartAssessmentButton personId={id} />
          </>
        ) : (
          <p role="alert">{t('start.noInstrument')}</p>
        )}
        <Link href={`/persons/${id}`} className="link self-start">
          {t('backToPerson')}
        </Link>
      </article>
    </ClientMessages>
  );
}
