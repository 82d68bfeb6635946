'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/public-order/records-actions.ts.
import * as actions from '@/lib/public-order/records-actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function registerPublicOrderPerson(input: unknown) {
  return actions.registerPublicOrderPersonAction(input);
}
export async function updatePublicOrderPerson(input: unknown) {
  return refreshOnSuccess(actions.updatePublicOrderPersonAction(input));
}
