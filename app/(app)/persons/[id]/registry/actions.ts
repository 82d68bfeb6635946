'use server';

// Thin: the definitions (guard, schema, audit) live in lib/registry/actions.ts.
import { reinstateInRegistryAction, withholdFromRegistryAction } from '@/lib/registry/actions';

export async function withholdFromRegistry(input: unknown) {
  return withholdFromRegistryAction(input);
}

export async function reinstateInRegistry(input: unknown) {
  return reinstateInRegistryAction(input);
}
