import type { TNamespaces } from '@/lib/i18n/client-messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const LOGIN_FORM_MESSAGES = ['login', 'signInLimits'] as const satisfies TNamespaces;
export const SIGN_OUT_BUTTON_MESSAGES = ['nav.signOut'] as const satisfies TNamespaces;
