import type { Db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { personScope } from './scope';

export const TIMELINE_KINDS = ['checkins', 'violations', 'orders', 'warnings'] as const;
export type TTimelineKind = (typeof TIMELINE_KINDS)[number];

export type TTimelineEvent =
  | { kind: 'checkins'; at: Date; id: string; checkIn: { id: string; outcome: string; channel: string; source: string; curfewCheck: boolean; personAtHome: boolean | null; excuseReason: string | null; notes: string | null; scheduledAt: Date | null } }
  | { kind: 'violations'; at: Date; id: string; step: { fromStatus: string | null; toStatus: string; reason: string | null; actor: string }; violation: { id: string; type: string; status: string; version: number; description: string; protocolNumber: string | null; penalty: string | null; referralNumber: string | null; evidence: { id: string; fileName: string }[] } }
  | { kind: 'orders'; at: Date; id: string; order: { event: 'created' | 'extended' | 'restriction'; label: string } }
  | { kind: 'warnings'; at: Date; id: string; warning: { event: 'issued' | 'signed' | 'refused'; type: string; by: string; witness: string | null } };

/**
 * One chronological history of a person: check-ins and visits (recorded, or due and passed),
 * every step of every violation, order creation, extensions and restrictions, warnings and
 * their outcomes. Reading it is a
 * view of the person's record, audited in the same transaction.
 */
export async function viewTimeline({ db, actor, meta, personId, kinds, now = new Date() }: { db: Db; actor: TActor; meta: TRequestMeta; personId: string; kinds: TTimelineKind[]; now?: Date }) {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true, lastName: true, firstName: true, middleName: true } });
    await writeAudit(tx, { actor, action: 'person.timeline.view', targetType: 'Person', targetId: personId, outcome: person ? 'SUCCESS' : 'DENIED', ip: meta.ip, requestId: meta.requestId });
    if (!person) return null;
    const events: TTimelineEvent[] = [];
    if (kinds.includes('checkins')) {
      const checkIns = await tx.checkIn.findMany({ where: { personId, OR: [{ outcome: { not: 'SCHEDULED' } }, { scheduledAt: { lt: now } }] }, orderBy: { scheduledAt: 'desc' }, take: 300 });
      for (const c of checkIns) events.push({ kind: 'checkins', at: c.actualAt ?? c.scheduledAt ?? c.createdAt, id: `c-${c.id}`, checkIn: c });
    }
    if (kinds.includes('violations')) {
      const steps = await tx.violationStep.findMany({
        where: { violation: { personId } },
        orderBy: { at: 'desc' },
        take: 300,
        include: { actor: { select: { fullName: true } }, violation: { include: { evidence: { select: { id: true, fileName: true } } } } },
      });
      for (const s of steps) {
        events.push({ kind: 'violations', at: s.at, id: `s-${s.id}`, step: { fromStatus: s.fromStatus, toStatus: s.toStatus, reason: s.reason, actor: s.actor.fullName }, violation: s.violation });
      }
    }
    if (kinds.includes('orders')) {
      const orders = await tx.supervisionOrder.findMany({ where: { personId }, include: { extensions: true, restrictions: true } });
      for (const o of orders) {
        events.push({ kind: 'orders', at: o.startDate, id: `o-${o.id}`, order: { event: 'created', label: o.rulingNumber } });
        for (const e of o.extensions) events.push({ kind: 'orders', at: e.rulingDate, id: `e-${e.id}`, order: { event: 'extended', label: e.rulingNumber } });
        for (const r of o.restrictions) events.push({ kind: 'orders', at: r.effectiveFrom, id: `r-${r.id}`, order: { event: 'restriction', label: r.type } });
      }
    }
    if (kinds.includes('warnings')) {
      const warnings = await tx.warning.findMany({ where: { personId }, orderBy: { issuedAt: 'desc' }, take: 100, include: { issuedBy: { select: { fullName: true } } } });
      for (const w of warnings) {
        events.push({ kind: 'warnings', at: w.issuedAt, id: `w-${w.id}`, warning: { event: 'issued', type: w.type, by: w.issuedBy.fullName, witness: null } });
        const decidedOn = w.signedOn ?? w.refusedOn;
        if (decidedOn && w.outcome !== 'PENDING') {
          events.push({ kind: 'warnings', at: decidedOn, id: `wo-${w.id}`, warning: { event: w.outcome === 'SIGNED' ? 'signed' : 'refused', type: w.type, by: w.issuedBy.fullName, witness: w.refusalWitness } });
        }
      }
    }
    events.sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id));
    return { person, events };
  });
}
