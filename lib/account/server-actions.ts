'use server';

import 'server-only';

import { changePasswordAction } from '@/lib/account/actions';

export async function changePassword(input: unknown) {
  return changePasswordAction(input);
}
