import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/** importer holds the form's labels, the report and the importer.validation.* / importer.result.* keys; convictionFacts.validation the risk facts' row errors. */
export const IMPORT_FORM_MESSAGES = mergeNamespaces(
  ['importer', 'confirmStep.import', 'recorded.imported', 'registrationConflict.message', 'convictionFacts.validation'],
  FORM_MESSAGES,
);
