'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/petitions/actions.ts.
import * as actions from '@/lib/petitions/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function startPetition(input: unknown) {
  return actions.startPetitionAction(input);
}
export async function saveDraft(input: unknown) {
  return actions.saveDraftAction(input);
}
export async function endorsePetition(input: unknown) {
  return refreshOnSuccess(actions.endorsePetitionAction(input));
}
export async function returnPetition(input: unknown) {
  return refreshOnSuccess(actions.returnPetitionAction(input));
}
export async function withdrawPetition(input: unknown) {
  return refreshOnSuccess(actions.withdrawPetitionAction(input));
}
export async function filePetition(input: unknown) {
  return refreshOnSuccess(actions.filePetitionAction(input));
}
export async function setHearing(input: unknown) {
  return refreshOnSuccess(actions.setHearingAction(input));
}
export async function decidePetition(input: unknown) {
  return refreshOnSuccess(actions.decidePetitionAction(input));
}
export async function recordAnnouncement(input: unknown) {
  return refreshOnSuccess(actions.recordAnnouncementAction(input));
}
export async function addAttachment(input: unknown) {
  return refreshOnSuccess(actions.addAttachmentAction(input));
}
export async function rescheduleHearing(input: unknown) {
  return refreshOnSuccess(actions.rescheduleHearingAction(input));
}
