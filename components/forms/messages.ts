import type { TNamespaces } from '@/lib/i18n/client-messages';
import { mergeNamespaces } from '@/lib/i18n/client-messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/** A field's error: a zod or server message, validation.* (or a feature's own, which the form adds). */
export const FIELD_MESSAGES = ['validation'] as const satisfies TNamespaces;
/** The form's own error: errors.* from the action result. */
export const FORM_ERROR_MESSAGES = ['errors'] as const satisfies TNamespaces;
export const USE_ACTION_SUBMIT_MESSAGES = ['errors'] as const satisfies TNamespaces;
export const USE_ACTION_FORM_MESSAGES = ['errors'] as const satisfies TNamespaces;

/**
 * What every form renders from its schema and its action's result: validation.* and errors.*.
 * A feature whose schema or action has its own keys (<feature>.validation.*) adds that namespace.
 */
export const FORM_MESSAGES = mergeNamespaces(FIELD_MESSAGES, FORM_ERROR_MESSAGES, USE_ACTION_SUBMIT_MESSAGES, USE_ACTION_FORM_MESSAGES);
