'use server';

import { secondFactorAction } from '@/lib/account/second-factor-action';

// Reached with a pending session only (lib/account/second-factor.ts).
export async function submitSecondFactor(input: unknown) {
  return secondFactorAction(input);
}
