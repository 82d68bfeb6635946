import type { TNamespaces } from '@/lib/i18n/client-messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const LANGUAGE_SWITCHER_MESSAGES = ['language'] as const satisfies TNamespaces;

/** Shipped on every page by the root layout, and again by each nested provider (see ClientMessages). */
export const ROOT_CLIENT_MESSAGES = [...LANGUAGE_SWITCHER_MESSAGES] as const satisfies TNamespaces;
