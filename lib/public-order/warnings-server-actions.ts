'use server';

import 'server-only';

import { issuePublicOrderWarningAction } from '@/lib/public-order/warnings-actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function issuePublicOrderWarning(input: unknown) {
  return refreshOnSuccess(issuePublicOrderWarningAction(input));
}
