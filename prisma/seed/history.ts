import { addDays } from 'date-fns';
import type { Tx } from '@/lib/db/client';
import { addWorkingDays, wantedSlots } from '@/lib/checkins/schedule';
import type { TRandom } from './random';
import type { CheckInOutcome } from '@/lib/generated/prisma/enums';

/**
 * Past reporting history for demo and benchmark persons: every due slot in the window gets an
 * outcome (mostly attended), and some misses become violations, a few already escalated.
 * Returns the number of check-ins written.
 */
export async function seedCheckInHistory(
  tx: Tx,
  rng: TRandom,
  { personIds, from, until, recorderId }: { personIds: string[]; from: Date; until: Date; recorderId: string },
) {
  const restrictions = await tx.restriction.findMany({
    where: { type: 'REPORTING', order: { status: 'ACTIVE', personId: { in: personIds } } },
    select: { id: true, params: true, effectiveFrom: true, effectiveTo: true, order: { select: { personId: true, person: { select: { officerId: true } } } } },
  });
  const rows = [];
  const misses: { personId: string; restrictionId: string; at: Date; slotKey: string }[] = [];
  for (const r of restrictions) {
    const times = Number((r.params as { timesPerMonth?: number }).timesPerMonth) || 1;
    const slots = wantedSlots(
      {
        id: r.id,
        personId: r.order.personId,
        officerId: r.order.person.officerId,
        timesPerMonth: times,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
      },
      from,
      until,
    );
    for (const s of slots) {
      const roll = rng.next();
      const outcome: CheckInOutcome = roll < 0.85 ? 'ATTENDED' : roll < 0.92 ? 'MISSED' : roll < 0.97 ? 'EXCUSED' : 'AWAITING_EVIDENCE';
      // Recorded up to three hours after the slot, but never after `until` (no record in the future).
      const late = new Date(s.scheduledAt.getTime() + rng.int(0, 180) * 60_000);
      const actualAt = late > until ? until : late;
      rows.push({
        personId: r.order.personId,
        officerId: r.order.person.officerId,
        restrictionId: r.id,
        slotKey: s.slotKey,
        source: 'SCHEDULE' as const,
        scheduledAt: s.scheduledAt,
        actualAt: outcome === 'MISSED' ? null : actualAt,
        channel: 'STATION' as const,
        outcome,
        excuseReason: outcome === 'EXCUSED' ? 'Medical certificate' : null,
        evidenceDueAt: outcome === 'AWAITING_EVIDENCE' ? addWorkingDays(s.scheduledAt, 5) : null,
        recordedById: recorderId,
        recordedAt: actualAt,
      });
      if (outcome === 'MISSED') misses.push({ personId: r.order.personId, restrictionId: r.id, at: s.scheduledAt, slotKey: s.slotKey });
    }
  }
  if (rows.length) await tx.checkIn.createMany({ data: rows, skipDuplicates: true });
  // Half of the misses became violations; of those, a third already have a protocol.
  for (const miss of misses.filter(() => rng.chance(0.5))) {
    const checkIn = await tx.checkIn.findUnique({ where: { slotKey: miss.slotKey }, select: { id: true } });
    // A protocol is drawn up three days after the miss: only for misses at least that old.
    const escalated = rng.chance(0.33) && addDays(miss.at, 3) <= until;
    await tx.violation.create({
      data: {
        personId: miss.personId,
        type: 'MISSED_REPORTING',
        occurredAt: miss.at,
        restrictionId: miss.restrictionId,
        checkInId: checkIn?.id,
        description: 'Did not report for the scheduled check-in.',
        status: escalated ? 'ADMIN_PROTOCOL' : 'RECORDED',
        protocolNumber: escalated ? `AP-${rng.int(1000, 9999)}` : null,
        protocolDate: escalated ? new Date(Date.UTC(miss.at.getUTCFullYear(), miss.at.getUTCMonth(), miss.at.getUTCDate() + 3)) : null,
        penalty: escalated ? 'Fine of 10 MCI' : null,
        recordedById: recorderId,
        steps: {
          create: [
            { fromStatus: null, toStatus: 'RECORDED', actorId: recorderId, at: miss.at },
            ...(escalated
              ? [
                  {
                    fromStatus: 'RECORDED' as const,
                    toStatus: 'ADMIN_PROTOCOL' as const,
                    actorId: recorderId,
                    at: addDays(miss.at, 3),
                  },
                ]
              : []),
          ],
        },
      },
    });
  }
  return rows.length;
}
