import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';
import { ACTIVATION_LINK_MESSAGES } from '@/components/account/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const REFERENCE_EDITOR_MESSAGES = mergeNamespaces(['reference'], FORM_MESSAGES);
export const USER_FORM_MESSAGES = mergeNamespaces(
  ['users', 'roles', 'staffNames', 'recorded.userCreated', 'recorded.userRoleSaved', 'account.admin.done', 'account.validation'],
  FORM_MESSAGES,
  ACTIVATION_LINK_MESSAGES,
);
export const CREDENTIAL_ACTIONS_MESSAGES = mergeNamespaces(
  ['account.admin', 'account.validation', 'staffNames.validation.cyrillicOnly', 'staffNames.validation.latinOnly'],
  FORM_MESSAGES,
  ACTIVATION_LINK_MESSAGES,
);
export const USER_ROW_ACTIONS_MESSAGES = mergeNamespaces(
  [
    'users',
    'recorded.userUnlocked',
    'recorded.userDeactivated',
    'recorded.userReactivated',
    'account.validation',
    'staffNames.validation.cyrillicOnly',
    'staffNames.validation.latinOnly',
  ],
  FORM_MESSAGES,
);
