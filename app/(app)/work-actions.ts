'use server';

// Thin: the definitions (guard, schema, audit, replay) live in lib/checkins and lib/violations.
import * as checkins from '@/lib/checkins/actions';
import * as violations from '@/lib/violations/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function recordCheckIn(input: unknown) {
  return checkins.recordCheckInAction(input);
}
export async function scheduleAppointment(input: unknown) {
  return checkins.scheduleAppointmentAction(input);
}
export async function recordViolation(input: unknown) {
  return violations.recordViolationAction(input);
}
export async function escalateViolation(input: unknown) {
  return refreshOnSuccess(violations.escalateViolationAction(input));
}
export async function dismissViolation(input: unknown) {
  return refreshOnSuccess(violations.dismissViolationAction(input));
}
