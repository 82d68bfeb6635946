'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/registry/actions.ts.
import { reinstateInRegistryAction, withholdFromRegistryAction } from '@/lib/registry/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function withholdFromRegistry(input: unknown) {
  return refreshOnSuccess(withholdFromRegistryAction(input));
}

export async function reinstateInRegistry(input: unknown) {
  return refreshOnSuccess(reinstateInRegistryAction(input));
}
