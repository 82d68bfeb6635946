'use server';

import 'server-only';

// Thin: the definitions (guard, schema, audit) live in lib/public-order/incidents-actions.ts.
import { addIncidentFilesAction, recordIncidentAction } from '@/lib/public-order/incidents-actions';
import { refreshOnSuccess } from '@/lib/actions/refresh-page';

export async function recordIncident(input: unknown) {
  return refreshOnSuccess(recordIncidentAction(input));
}

export async function addIncidentFiles(input: unknown) {
  return refreshOnSuccess(addIncidentFilesAction(input));
}
