import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { ADD_ADDRESS_FORM_MESSAGES, ADD_CONVICTION_FORM_MESSAGES } from '@/components/persons/messages';
import { START_PETITION_BUTTON_MESSAGES } from '@/components/petitions/messages';
import { WARNINGS_SECTION_MESSAGES } from '@/components/warnings/messages';
import { REGISTRY_STATUS_MESSAGES } from '@/components/registry/messages';
import { PERSON_ESCALATION_MESSAGES } from '@/components/escalation/messages';
import { INCIDENTS_SECTION_MESSAGES, PUBLIC_ORDER_WARNINGS_SECTION_MESSAGES } from '@/components/public-order/messages';

// What the client components inside the person page's sections read, those inside
// WarningsSection and RegistryStatus included (docs/conventions.md, "Client messages").
export const PERSON_PAGE_MESSAGES = mergeNamespaces(
  START_PETITION_BUTTON_MESSAGES,
  WARNINGS_SECTION_MESSAGES,
  REGISTRY_STATUS_MESSAGES,
  ADD_CONVICTION_FORM_MESSAGES,
  ADD_ADDRESS_FORM_MESSAGES,
  PERSON_ESCALATION_MESSAGES,
  INCIDENTS_SECTION_MESSAGES,
  PUBLIC_ORDER_WARNINGS_SECTION_MESSAGES,
);
