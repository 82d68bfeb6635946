import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';
import { ADDRESS_FIELDS_MESSAGES } from '@/components/persons/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/** The escalation actions share one 'use server' module: any of them may return escalation.* keys. */
// lib/escalation/schemas.ts reads ZAddress from lib/persons/schemas.ts, which also holds the conviction rules.
const ESCALATION = ['escalation', 'convictionFacts.validation'] as const;

export const FLAG_PERSON_FORM_MESSAGES = mergeNamespaces(ESCALATION, FORM_MESSAGES);
export const REASON_FORM_MESSAGES = mergeNamespaces(ESCALATION, FORM_MESSAGES);
export const PROPOSE_ESCALATION_FORM_MESSAGES = mergeNamespaces(ESCALATION, FORM_MESSAGES);
export const CONFIRM_ADDRESS_CHANGE_BUTTON_MESSAGES = mergeNamespaces(ESCALATION, FORM_MESSAGES);
export const REPORT_ADDRESS_CHANGE_FORM_MESSAGES = mergeNamespaces(ESCALATION, ADDRESS_FIELDS_MESSAGES, FORM_MESSAGES);

/** Everything the escalation parts of the person page ship to the client. */
export const PERSON_ESCALATION_MESSAGES = mergeNamespaces(
  FLAG_PERSON_FORM_MESSAGES,
  REASON_FORM_MESSAGES,
  PROPOSE_ESCALATION_FORM_MESSAGES,
  CONFIRM_ADDRESS_CHANGE_BUTTON_MESSAGES,
  REPORT_ADDRESS_CHANGE_FORM_MESSAGES,
);
