'use server';

import 'server-only';

// Its own module, not lib/account/server-actions.ts: a form importing it can be handed only the
// errors of this action (tests/unit/client-messages.test.ts follows the imports).
import { activateAccountAction } from '@/lib/account/activate-action';

// Public: the token is the credential (lib/account/activation.ts).
export async function activateAccount(input: unknown) {
  return activateAccountAction(input);
}
