import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FIELD_MESSAGES, FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/**
 * The public-order forms share one 'use server' module: the registration may answer an IIN held
 * outside the user's scope with the person registration's neutral words (registrationConflict.message).
 */
const PUBLIC_ORDER_ACTION_MESSAGES = ['publicOrderRecord.validation', 'registrationConflict.message'] as const;

export const PUBLIC_ORDER_ADDRESS_FIELDS_MESSAGES = mergeNamespaces(['publicOrderRecord.form'], FIELD_MESSAGES);
export const PUBLIC_ORDER_REGISTER_FORM_MESSAGES = mergeNamespaces(PUBLIC_ORDER_ADDRESS_FIELDS_MESSAGES, PUBLIC_ORDER_ACTION_MESSAGES, FORM_MESSAGES);
export const PUBLIC_ORDER_EDIT_FORM_MESSAGES = mergeNamespaces(
  ['publicOrderRecord.edit'],
  PUBLIC_ORDER_ADDRESS_FIELDS_MESSAGES,
  PUBLIC_ORDER_ACTION_MESSAGES,
  FORM_MESSAGES,
);
