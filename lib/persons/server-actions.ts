'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/persons/actions.ts.
import * as actions from '@/lib/persons/actions';

export async function registerPerson(input: unknown) {
  return actions.registerPersonAction(input);
}
export async function addAddress(input: unknown) {
  return actions.addAddressAction(input);
}
export async function addConviction(input: unknown) {
  return actions.addConvictionAction(input);
}
export async function createOrder(input: unknown) {
  return actions.createOrderAction(input);
}
