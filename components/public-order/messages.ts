import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';
import { RECORD_OUTCOME_FORM_MESSAGES } from '@/components/warnings/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const INCIDENT_FORM_MESSAGES = mergeNamespaces(['publicOrderIncidents', 'validation'], FORM_MESSAGES);
export const ADD_INCIDENT_FILES_FORM_MESSAGES = mergeNamespaces(INCIDENT_FORM_MESSAGES);
/** IncidentsSection (a server component) renders both forms: pages mounting it ship this list. */
export const INCIDENTS_SECTION_MESSAGES = mergeNamespaces(INCIDENT_FORM_MESSAGES, ADD_INCIDENT_FILES_FORM_MESSAGES);
// WARNINGS part of issue 14.
export const PUBLIC_ORDER_WARNING_FORM_MESSAGES = mergeNamespaces(['publicOrderWarnings.form', 'publicOrderWarnings.validation'], FORM_MESSAGES);
/** PublicOrderWarningsSection (a server component) renders the issue form and the existing outcome form. */
export const PUBLIC_ORDER_WARNINGS_SECTION_MESSAGES = mergeNamespaces(PUBLIC_ORDER_WARNING_FORM_MESSAGES, RECORD_OUTCOME_FORM_MESSAGES);
