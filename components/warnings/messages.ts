import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const ISSUE_WARNING_FORM_MESSAGES = mergeNamespaces(['warnings.issueForm', 'warnings.type', 'warnings.validation'], FORM_MESSAGES);
export const RECORD_OUTCOME_FORM_MESSAGES = mergeNamespaces(
  ['warnings.outcomeForm', 'warnings.validation', 'confirmStep.warningOutcome', 'recorded.warningSigned', 'recorded.warningRefused'],
  FORM_MESSAGES,
);
/** WarningsSection (a server component) renders both forms. */
export const WARNINGS_SECTION_MESSAGES = mergeNamespaces(ISSUE_WARNING_FORM_MESSAGES, RECORD_OUTCOME_FORM_MESSAGES);
