'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit, replay) live in lib/checkins/actions.ts.
import * as checkins from '@/lib/checkins/actions';

export async function recordCheckIn(input: unknown) {
  return checkins.recordCheckInAction(input);
}
export async function scheduleAppointment(input: unknown) {
  return checkins.scheduleAppointmentAction(input);
}
