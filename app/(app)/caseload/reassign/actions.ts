'use server';

import { reassignPersonsAction } from '@/lib/caseload/actions';

export async function reassignPersons(input: unknown) {
  return reassignPersonsAction(input);
}
