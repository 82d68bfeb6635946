'use server';

import 'server-only';

// Thin 'use server' wrappers for the agenda's client forms; the definitions live in ./actions.
import * as agenda from './actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function rescheduleAppointment(input: unknown) {
  return refreshOnSuccess(agenda.rescheduleAppointmentAction(input));
}
export async function cancelAppointment(input: unknown) {
  return agenda.cancelAppointmentAction(input);
}
export async function saveWorkingHours(input: unknown) {
  return refreshOnSuccess(agenda.saveWorkingHoursAction(input));
}
