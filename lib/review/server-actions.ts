'use server';

import 'server-only';

import { reviewPersonsAction } from '@/lib/review/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

// The response carries the refreshed list (lib/actions/refresh-page.ts).
export async function reviewPersons(input: unknown) {
  return refreshOnSuccess(reviewPersonsAction(input));
}
