import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const DRAFT_EDITOR_MESSAGES = mergeNamespaces(['petition', 'petitionCourt'], FORM_MESSAGES);
export const STEP_FORM_MESSAGES = mergeNamespaces(['petition', 'petitionCourt.validation'], FORM_MESSAGES);
/** On the person page: one label of the large petition namespace. */
export const START_PETITION_BUTTON_MESSAGES = mergeNamespaces(['petition.start', 'petitionCourt.validation'], FORM_MESSAGES);
