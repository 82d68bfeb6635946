'use server';

import { activateAccountAction } from '@/lib/account/activate-action';

// Public: the token is the credential (lib/account/activation.ts).
export async function activateAccount(input: unknown) {
  return activateAccountAction(input);
}
