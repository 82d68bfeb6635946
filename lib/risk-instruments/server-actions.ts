'use server';

import 'server-only';

import { createInstrumentVersionAction } from '@/lib/risk-instruments/actions';

export async function createInstrumentVersion(input: unknown) {
  return createInstrumentVersionAction(input);
}
