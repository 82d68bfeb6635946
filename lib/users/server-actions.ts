'use server';

import 'server-only';

import * as actions from '@/lib/users/actions';
import * as accountActions from '@/lib/account/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function createUser(input: unknown) {
  return actions.createUserAction(input);
}
export async function updateUserRole(input: unknown) {
  return actions.updateUserRoleAction(input);
}
export async function deactivateUser(input: unknown) {
  return refreshOnSuccess(actions.deactivateUserAction(input));
}
export async function reactivateUser(input: unknown) {
  return refreshOnSuccess(actions.reactivateUserAction(input));
}
export async function unlockUser(input: unknown) {
  return refreshOnSuccess(actions.unlockUserAction(input));
}
export async function issuePasswordReset(input: unknown) {
  return refreshOnSuccess(accountActions.issuePasswordResetAction(input));
}
export async function resetSecondFactor(input: unknown) {
  return refreshOnSuccess(accountActions.resetSecondFactorAction(input));
}
