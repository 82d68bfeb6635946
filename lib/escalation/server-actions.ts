'use server';

import 'server-only';

// Thin 'use server' entry points for the client forms; the definitions live in ./actions.ts.
import * as a from './actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function flagPerson(input: unknown) {
  return refreshOnSuccess(a.flagPersonAction(input));
}
export async function withdrawFlag(input: unknown) {
  return refreshOnSuccess(a.withdrawFlagAction(input));
}
export async function proposeEscalation(input: unknown) {
  return refreshOnSuccess(a.proposeEscalationAction(input));
}
export async function declineProposal(input: unknown) {
  return refreshOnSuccess(a.declineProposalAction(input));
}
export async function reportAddressChange(input: unknown) {
  return refreshOnSuccess(a.reportAddressChangeAction(input));
}
export async function confirmAddressChange(input: unknown) {
  return refreshOnSuccess(a.confirmAddressChangeAction(input));
}
export async function rejectAddressChange(input: unknown) {
  return refreshOnSuccess(a.rejectAddressChangeAction(input));
}
