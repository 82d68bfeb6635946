import 'server-only';
import type { Tx } from '@/lib/db/client';
import { ConflictError } from '@/lib/actions/errors';
import { bookedIntervals } from './booking';
import { overlaps, type TInterval } from './slots';

/**
 * Refuses a booking that overlaps another of the officer's: call after lockOfficerAgenda, in the
 * same transaction as the write. Curfew visits may lie outside working hours, so only overlaps
 * are refused here; the form offers the free slots.
 */
export async function assertSlotFree(tx: Tx, officerId: string | null, slot: TInterval, exceptId?: string) {
  if (!officerId) return;
  const booked = await bookedIntervals(tx, [officerId], slot.start, slot.end, exceptId);
  if (booked.some((b) => overlaps(slot, b))) throw new ConflictError({ key: 'agendaErrors.slotTaken' });
}
