'use server';

import { reviewPersonsAction } from '@/lib/review/actions';

export async function reviewPersons(input: unknown) {
  return reviewPersonsAction(input);
}
