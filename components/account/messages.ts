import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const ACTIVATION_LINK_MESSAGES = mergeNamespaces(['account.admin']);
export const ACTIVATE_FORM_MESSAGES = mergeNamespaces(
  ['account.activate', 'account.passwordRules', 'account.linkUnusable', 'account.validation'],
  FORM_MESSAGES,
);
export const CHANGE_PASSWORD_FORM_MESSAGES = mergeNamespaces(['account.changePassword', 'account.passwordRules', 'account.validation'], FORM_MESSAGES);
export const SECOND_FACTOR_FORM_MESSAGES = mergeNamespaces(['account.secondFactor', 'account.secondFactorExpired', 'account.validation'], FORM_MESSAGES);
