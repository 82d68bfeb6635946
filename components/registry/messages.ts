import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/** On the person page: the form's labels and its registry.validation.* keys, not the public registry's. */
export const WITHHOLD_FORM_MESSAGES = mergeNamespaces(
  ['registry.form', 'registry.validation', 'confirmStep.registry', 'recorded.withheld', 'recorded.reinstated'],
  FORM_MESSAGES,
);
/** RegistryStatus (a server component) renders WithholdForm. */
export const REGISTRY_STATUS_MESSAGES = WITHHOLD_FORM_MESSAGES;
