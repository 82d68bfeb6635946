import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/** importReview holds the form's labels and its own importReview.validation.* / importReview.errors.* keys. */
export const REVIEW_FORM_MESSAGES = mergeNamespaces(['importReview'], FORM_MESSAGES);

/** registrationConflict.list holds the list's labels; registrationConflict.errors the action's conflict. */
export const CONFLICT_LIST_MESSAGES = mergeNamespaces(['registrationConflict.list', 'registrationConflict.errors'], FORM_MESSAGES);
