'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/risk/actions.ts.
import * as actions from '@/lib/risk/actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function startAssessment(input: unknown) {
  return actions.startAssessmentAction(input);
}
/** Autosave: no page refresh (the form keeps its own state and version). */
export async function saveAssessment(input: unknown) {
  return actions.saveAssessmentAction(input);
}
export async function submitAssessment(input: unknown) {
  return refreshOnSuccess(actions.submitAssessmentAction(input));
}
export async function countersignAssessment(input: unknown) {
  return refreshOnSuccess(actions.countersignAssessmentAction(input));
}
export async function returnAssessment(input: unknown) {
  return refreshOnSuccess(actions.returnAssessmentAction(input));
}
export async function correctAssessment(input: unknown) {
  return actions.correctAssessmentAction(input);
}
