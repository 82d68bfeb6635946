import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import { viewPetition } from '@/lib/petitions/find-petitions';
import { loadDraftOptions } from '@/lib/petitions/draft-options';
import type { TPrefill } from '@/lib/petitions/prefill';
import { ClientMessages } from '@/components/layout/client-messages';
import { DECISION_FORM_MESSAGES, DRAFT_EDITOR_MESSAGES, HEARING_FORM_MESSAGES, STEP_FORM_MESSAGES } from '@/components/petitions/messages';
import { HearingSection } from '@/components/petitions/hearing-section';
import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { PetitionHeader } from '@/components/petitions/sections/petition-header';
import { PrefillSection } from '@/components/petitions/sections/prefill-section';
import { RequestSection } from '@/components/petitions/sections/request-section';
import { RiskSection } from '@/components/petitions/sections/risk-section';
import { AttachmentsSection } from '@/components/petitions/sections/attachments-section';
import { DecisionSection } from '@/components/petitions/sections/decision-section';
import { StepsSection } from '@/components/petitions/sections/steps-section';

// What the client forms on this page read (docs/conventions.md, "Client messages").
const clientMessages = mergeNamespaces(DRAFT_EDITOR_MESSAGES, STEP_FORM_MESSAGES, DECISION_FORM_MESSAGES, HEARING_FORM_MESSAGES);

export default async function PetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('petition.read');
  const { id } = await params;
  const petition = await viewPetition({ actor, meta, petitionId: id });
  if (!petition) notFound();
  const t = await getTranslations('petition');
  const prefill = petition.prefill as TPrefill | null;
  const editing = petition.status === 'DRAFT' && hasPermission(actor.role, 'petition.draft');
  const options = editing ? await loadDraftOptions(petition.person.id) : null;

  return (
    <ClientMessages namespaces={clientMessages}>
      <article className="flex flex-col gap-4">
        <PetitionHeader petition={petition} />
        {prefill && <PrefillSection prefill={prefill} />}
        <RiskSection prefill={prefill} missingReason={petition.riskAssessmentMissingReason} />
        <RequestSection petition={petition} options={options} />
        <AttachmentsSection petition={petition} editing={editing} />
        <DecisionSection petition={petition} actor={actor} />
        <HearingSection petition={petition} actor={actor} />
        <StepsSection petition={petition} actor={actor} />
        <Link href={`/persons/${petition.person.id}`} className="link self-start">
          {t('backToPerson')}
        </Link>
      </article>
    </ClientMessages>
  );
}
