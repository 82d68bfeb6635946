'use server';

import 'server-only';

import { saveReferenceAction } from '@/lib/reference/actions';

export async function saveReference(input: unknown) {
  return saveReferenceAction(input);
}
