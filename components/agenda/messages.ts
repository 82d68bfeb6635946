import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';

// The message namespaces the client components of this folder read (docs/conventions.md,
// "Client messages"), one list per component module, named after its file.

export const SLOT_PICKER_MESSAGES = mergeNamespaces(['agendaBooking']);
export const WORKING_HOURS_FORM_MESSAGES = mergeNamespaces(['agendaSettings', 'agendaCalendar.weekday', 'agendaErrors'], FORM_MESSAGES);
export const APPOINTMENT_CHANGE_MESSAGES = mergeNamespaces(
  ['agendaChange', 'agendaErrors', 'agendaBooking', 'agendaSettings.validation'],
  SLOT_PICKER_MESSAGES,
  FORM_MESSAGES,
);
