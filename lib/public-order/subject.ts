import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import { publicOrderScope } from './scope';

/**
 * Whom public-order incidents and warnings are about: a public-order record, or a supervised
 * person whose IIN was typed for one (their existing record takes them; decision 030).
 */
export type TSubject = { kind: 'publicOrder'; id: string } | { kind: 'person'; id: string };

/** The subject's foreign key on PublicOrderIncident and Warning. */
export function subjectWhere(subject: TSubject): { publicOrderPersonId: string } | { personId: string } {
  return subject.kind === 'publicOrder' ? { publicOrderPersonId: subject.id } : { personId: subject.id };
}

const NAME = { id: true, iin: true, lastName: true, firstName: true, middleName: true, birthDate: true, districtId: true } as const;

/**
 * The subject if the actor may do public-order work on it (police and supervisors, in scope),
 * else NotFoundError: a record outside scope is not found, never "forbidden".
 */
export async function findSubjectInScope(tx: Tx, actor: TActor, subject: TSubject) {
  if (actor.role !== 'POLICE' && actor.role !== 'SUPERVISOR') throw new NotFoundError(subject.kind === 'publicOrder' ? 'PublicOrderPerson' : 'Person');
  if (subject.kind === 'publicOrder') {
    const row = await tx.publicOrderPerson.findFirst({ where: { AND: [{ id: subject.id }, publicOrderScope(actor)] }, select: NAME });
    if (!row) throw new NotFoundError('PublicOrderPerson');
    return { ...row, subject };
  }
  const where: Prisma.PersonWhereInput = { AND: [{ id: subject.id }, personScope(actor)] };
  const row = await tx.person.findFirst({ where, select: NAME });
  if (!row) throw new NotFoundError('Person');
  return { ...row, subject };
}

/** Locks the subject's row (FOR UPDATE), so that two issuers at once serialise. */
export async function lockSubject(tx: Tx, subject: TSubject) {
  if (subject.kind === 'publicOrder') await tx.$queryRaw`SELECT id FROM "public"."PublicOrderPerson" WHERE id = ${subject.id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "public"."Person" WHERE id = ${subject.id} FOR UPDATE`;
}
