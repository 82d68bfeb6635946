'use server';

import 'server-only';

import { reassignPersonsAction } from '@/lib/caseload/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function reassignPersons(input: unknown) {
  return refreshOnSuccess(reassignPersonsAction(input));
}
