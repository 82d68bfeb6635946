import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FIELD_MESSAGES, FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const ADDRESS_FIELDS_MESSAGES = mergeNamespaces(['addressForm'], FIELD_MESSAGES);
export const CONVICTION_FIELDS_MESSAGES = mergeNamespaces(['convictionForm', 'convictionFacts'], FIELD_MESSAGES);
/**
 * The person forms share one 'use server' module, so each may meet the registration's neutral
 * answer to an IIN registered outside the user's scope (registrationConflict.message), and the
 * conviction facts' rules (convictionFacts.validation) from the schemas module they share.
 */
const PERSON_ACTION_MESSAGES = ['registrationConflict.message', 'convictionFacts.validation'] as const;

export const ADD_ADDRESS_FORM_MESSAGES = mergeNamespaces(ADDRESS_FIELDS_MESSAGES, PERSON_ACTION_MESSAGES, FORM_MESSAGES);
export const ADD_CONVICTION_FORM_MESSAGES = mergeNamespaces(CONVICTION_FIELDS_MESSAGES, PERSON_ACTION_MESSAGES, FORM_MESSAGES);
export const REGISTER_PERSON_FORM_MESSAGES = mergeNamespaces(
  ['registerForm'],
  PERSON_ACTION_MESSAGES,
  ADDRESS_FIELDS_MESSAGES,
  CONVICTION_FIELDS_MESSAGES,
  FORM_MESSAGES,
);
export const CREATE_ORDER_FORM_MESSAGES = mergeNamespaces(['orderForm', 'restriction.type', 'restriction.facility'], PERSON_ACTION_MESSAGES, FORM_MESSAGES);
