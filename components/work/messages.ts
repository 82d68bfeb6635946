import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { FORM_MESSAGES } from '@/components/forms/messages';
import { SLOT_PICKER_MESSAGES } from '@/components/agenda/messages';

// The message namespaces the client components of this folder read (their useTranslations calls and
// the keys their schemas and server actions return), one list per component module, named after its
// file. Pages ship them through <ClientMessages>; tests/unit/client-messages.test.ts checks both ends.

export const CHECK_IN_FORM_MESSAGES = mergeNamespaces(['checkin', 'recorded.checkIn', 'agendaErrors'], FORM_MESSAGES);
export const SCHEDULE_FORM_MESSAGES = mergeNamespaces(
  ['checkin', 'recorded.appointment', 'agendaBooking', 'agendaErrors'],
  SLOT_PICKER_MESSAGES,
  FORM_MESSAGES,
);
export const VIOLATION_FORM_MESSAGES = mergeNamespaces(['violation', 'recorded.violation'], FORM_MESSAGES);
export const VIOLATION_ACTIONS_MESSAGES = mergeNamespaces(['violation'], FORM_MESSAGES);
