'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/violations/actions.ts.
import * as violations from '@/lib/violations/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function recordViolation(input: unknown) {
  return violations.recordViolationAction(input);
}
export async function escalateViolation(input: unknown) {
  return refreshOnSuccess(violations.escalateViolationAction(input));
}
export async function dismissViolation(input: unknown) {
  return refreshOnSuccess(violations.dismissViolationAction(input));
}
