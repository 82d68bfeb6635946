import 'server-only';
import { addMinutes } from 'date-fns';
import type { Db, Tx } from '@/lib/db/client';
import { DEFAULT_WORKING_HOURS, type TWorkingHours } from './durations';
import { bookedInterval } from './slots';

/** The longest booking (minutes): bounds the look-back of the overlap query. */
export const MAX_DURATION = 240;

/**
 * Serialises bookings of one officer's agenda for the rest of the transaction: two people booking
 * the same slot at once take turns, and the second sees the first's booking (READ COMMITTED
 * reads each statement afresh). Callers taking several locks take them in id order.
 */
export async function lockOfficerAgenda(tx: Tx, officerIds: (string | null)[]) {
  const ids = [...new Set(officerIds.filter((id): id is string => !!id))].sort();
  for (const id of ids) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`agenda:${id}`}, 0))`;
}

/** The officer's working hours, or the default while they have set none. */
export async function getWorkingHours(db: Db | Tx, userId: string): Promise<TWorkingHours & { version: number }> {
  const row = await db.workingHours.findUnique({ where: { userId } });
  return row ?? { ...DEFAULT_WORKING_HOURS, version: 0 };
}

/** The officer's booked (still scheduled) appointments and visits that may overlap [from, until). */
export async function bookedIntervals(db: Db | Tx, officerIds: string[], from: Date, until: Date, exceptId?: string) {
  const rows = await db.checkIn.findMany({
    where: {
      // By the person's current officer: CheckIn.officerId is who it was booked for and is not
      // moved by a reassignment.
      person: { officerId: { in: officerIds } },
      outcome: 'SCHEDULED',
      scheduledAt: { gt: addMinutes(from, -MAX_DURATION), lt: until },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true, scheduledAt: true, durationMinutes: true, person: { select: { officerId: true } } },
  });
  return rows.map(({ person, ...r }) => ({
    ...r,
    officerId: person.officerId,
    ...bookedInterval({ scheduledAt: r.scheduledAt!, durationMinutes: r.durationMinutes }),
  }));
}
