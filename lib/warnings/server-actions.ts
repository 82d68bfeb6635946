'use server';

import 'server-only';

import { issueWarningAction, recordWarningOutcomeAction } from '@/lib/warnings/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function issueWarning(input: unknown) {
  return refreshOnSuccess(issueWarningAction(input));
}

export async function recordWarningOutcome(input: unknown) {
  return refreshOnSuccess(recordWarningOutcomeAction(input));
}
