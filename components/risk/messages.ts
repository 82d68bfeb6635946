import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

/** Every module importing lib/risk/server-actions can be handed the workflow's own errors. */
const RISK_ACTION_MESSAGES = mergeNamespaces(['riskWorkflow.errors', 'riskWorkflow.validation'], FORM_MESSAGES);

export const ASSESSMENT_FORM_MESSAGES = mergeNamespaces(['riskWorkflow'], RISK_ACTION_MESSAGES);
export const COUNTERSIGN_PANEL_MESSAGES = mergeNamespaces(['riskWorkflow.countersign'], RISK_ACTION_MESSAGES);
export const CORRECT_PANEL_MESSAGES = mergeNamespaces(['riskWorkflow.correct'], RISK_ACTION_MESSAGES);
export const START_ASSESSMENT_BUTTON_MESSAGES = mergeNamespaces(['riskWorkflow.start'], RISK_ACTION_MESSAGES);
