import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { personScope } from '@/lib/persons/scope';
import type { TStoredAddress } from './address-changes';

/** Open and recent flags, escalation proposals and found address changes of one person, in the actor's scope. */
export async function loadPersonEscalation({ db, actor, personId }: { db: Db; actor: TActor; personId: string }) {
  const person = { AND: [{ id: personId }, personScope(actor)] };
  const [openFlag, violations, addressChanges] = await Promise.all([
    db.petitionFlag.findFirst({ where: { openPersonId: personId, person }, include: { flaggedBy: { select: { fullName: true } } } }),
    db.violation.findMany({
      where: { personId, person, OR: [{ status: { in: ['RECORDED', 'ADMIN_PROTOCOL'] } }, { proposals: { some: {} } }] },
      orderBy: { occurredAt: 'desc' },
      take: 20,
      select: {
        id: true,
        type: true,
        occurredAt: true,
        status: true,
        proposals: { orderBy: { createdAt: 'desc' }, take: 1, include: { proposedBy: { select: { fullName: true } } } },
      },
    }),
    db.addressChange.findMany({
      where: { personId, person },
      orderBy: [{ status: 'desc' }, { createdAt: 'desc' }],
      take: 10,
      include: { reportedBy: { select: { fullName: true } } },
    }),
  ]);
  return {
    openFlag,
    violations,
    addressChanges: addressChanges.map((c) => ({ ...c, address: c.address as TStoredAddress })),
  };
}

export type TPersonEscalation = Awaited<ReturnType<typeof loadPersonEscalation>>;

/** What officers have asked police to decide, for the police worklist: pending proposals and address changes. */
export async function findOfficerRequests({ db, actor, take = 50 }: { db: Db; actor: TActor; take?: number }) {
  const scope = personScope(actor);
  const personSelect = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;
  const [proposals, addressChanges] = await Promise.all([
    db.escalationProposal.findMany({
      where: { status: 'PENDING', violation: { person: scope } },
      orderBy: { createdAt: 'asc' },
      take,
      include: { proposedBy: { select: { fullName: true } }, violation: { select: { id: true, type: true, occurredAt: true, person: personSelect } } },
    }),
    db.addressChange.findMany({
      where: { status: 'PENDING', person: scope },
      orderBy: { createdAt: 'asc' },
      take,
      include: { reportedBy: { select: { fullName: true } }, person: personSelect },
    }),
  ]);
  return { proposals, addressChanges };
}
