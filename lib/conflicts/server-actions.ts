'use server';

import 'server-only';

import { resolveConflictAction } from '@/lib/conflicts/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

// The response carries the refreshed list (lib/actions/refresh-page.ts).
export async function resolveConflict(input: unknown) {
  return refreshOnSuccess(resolveConflictAction(input));
}
