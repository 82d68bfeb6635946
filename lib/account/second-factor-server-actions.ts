'use server';

import 'server-only';

// Its own module, not lib/account/server-actions.ts: a form importing it can be handed only the
// errors of this action (tests/unit/client-messages.test.ts follows the imports).
import { secondFactorAction } from '@/lib/account/second-factor-action';

// Reached with a pending session only (lib/account/second-factor.ts).
export async function submitSecondFactor(input: unknown) {
  return secondFactorAction(input);
}
