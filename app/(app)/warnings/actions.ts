'use server';

import { issueWarningAction, recordWarningOutcomeAction } from '@/lib/warnings/actions';

export async function issueWarning(input: unknown) {
  return issueWarningAction(input);
}

export async function recordWarningOutcome(input: unknown) {
  return recordWarningOutcomeAction(input);
}
