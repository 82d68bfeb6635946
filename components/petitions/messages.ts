import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/**
 * Every module importing lib/petitions/server-actions reaches the decision handler, whose
 * acknowledgement errors (petitionDecision.validation) it could in principle be handed, and the
 * court checks (petitionCourt.validation).
 */
const PETITION_ACTION_MESSAGES = mergeNamespaces(
  ['petitionDecision.validation', 'petitionCourt.validation', 'hearing.validation', 'riskPetition.validation'],
  FORM_MESSAGES,
);

export const DRAFT_EDITOR_MESSAGES = mergeNamespaces(['petition', 'petitionCourt', 'riskPetition.editor'], PETITION_ACTION_MESSAGES);
export const STEP_FORM_MESSAGES = mergeNamespaces(['petition', 'petitionSteps.form'], PETITION_ACTION_MESSAGES);
export const GRANT_ACKNOWLEDGEMENT_MESSAGES = mergeNamespaces(['petitionDecision.ack']);
export const DECISION_SUMMARY_MESSAGES = mergeNamespaces(['petitionDecision.check', 'petitionDecision.form.outcomes', 'petitionDecision.term']);
export const DECISION_FORM_MESSAGES = mergeNamespaces(
  ['petition.field', 'petitionDecision', 'validation', 'errors'],
  GRANT_ACKNOWLEDGEMENT_MESSAGES,
  DECISION_SUMMARY_MESSAGES,
  PETITION_ACTION_MESSAGES,
);
/** On the person page: one label of the large petition namespace. */
export const START_PETITION_BUTTON_MESSAGES = mergeNamespaces(['petition.start'], PETITION_ACTION_MESSAGES);
/** The hearing's form (set, reschedule); its action module is the petitions' one. */
export const HEARING_FORM_MESSAGES = mergeNamespaces(['hearing'], PETITION_ACTION_MESSAGES);
