import 'server-only';
import type { z } from 'zod';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { DeniedError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { writeAudit } from '@/lib/audit/write-audit';
import { localTitle } from '@/lib/i18n/config';
import { incidentRule } from '@/lib/validation/date-rules';
import { incidentScope } from './scope';
import { findSubjectInScope, subjectWhere, type TSubject } from './subject';
import { incidentFileRows } from './incident-files';
import type { ZAddIncidentFiles, ZRecordIncident } from './incidents-schemas';

// Public-order incidents (issue 14; docs/decisions/030 and 032): recorded by police on a subject
// in their scope (a public-order record or a supervised person's record), read by police and
// supervisors in scope. Each write keeps the subject's retention clock (lastIncidentOn).

function policeOnly(actor: TActor) {
  // The actions declare publicOrder.record (police only); this holds for direct callers too.
  if (actor.role !== 'POLICE') throw new DeniedError({ key: 'errors.forbidden' });
}

/**
 * Moves a public-order record's lastIncidentOn forward to `day` when it is later (never back: an
 * older incident recorded today leaves the clock where it is). One conditional UPDATE, so two
 * incidents recorded at once still leave the maximum.
 */
export async function advanceLastIncidentOn(tx: Tx, subject: TSubject, day: Date) {
  if (subject.kind !== 'publicOrder') return;
  await tx.publicOrderPerson.updateMany({
    where: { id: subject.id, OR: [{ lastIncidentOn: null }, { lastIncidentOn: { lt: day } }] },
    data: { lastIncidentOn: day },
  });
}

/** Records one incident with its evidence files, in the caller's transaction. */
export async function recordIncident({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRecordIncident> }) {
  policeOnly(actor);
  const subject = await findSubjectInScope(tx, actor, input.subject);
  const kind = await tx.incidentKind.findFirst({ where: { id: input.kindId, active: true }, select: { id: true } });
  if (!kind) throw new FieldError({ kindId: { key: 'publicOrderIncidents.validation.kind' } });
  const beforeBirth = incidentRule(input.occurredOn, subject.birthDate);
  if (beforeBirth) throw new FieldError({ occurredOn: { key: beforeBirth } });
  const files = await incidentFileRows(input.files, actor.id);
  const incident = await tx.publicOrderIncident.create({
    data: {
      ...subjectWhere(input.subject),
      occurredOn: input.occurredOn,
      place: input.place,
      kindId: kind.id,
      protocolNumber: input.protocolNumber,
      description: input.description,
      recordedById: actor.id,
      files: { create: files },
    },
    select: { id: true },
  });
  await advanceLastIncidentOn(tx, input.subject, input.occurredOn);
  return { incidentId: incident.id, files: files.length };
}

/** Adds evidence files to an incident in scope. */
export async function addIncidentFiles({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZAddIncidentFiles> }) {
  policeOnly(actor);
  const incident = await tx.publicOrderIncident.findFirst({ where: { AND: [{ id: input.incidentId }, incidentScope(actor)] }, select: { id: true } });
  if (!incident) throw new NotFoundError('PublicOrderIncident');
  const rows = await incidentFileRows(input.files, actor.id);
  await tx.incidentFile.createMany({ data: rows.map((r) => ({ ...r, incidentId: incident.id })) });
  return { incidentId: incident.id, files: rows.length };
}

/** A subject's incidents in the actor's scope, newest first, with kind titles and file names. */
export async function listIncidents(tx: Tx | Db, actor: TActor, subject: TSubject) {
  return tx.publicOrderIncident.findMany({
    where: { AND: [subjectWhere(subject), incidentScope(actor)] },
    orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      occurredOn: true,
      place: true,
      protocolNumber: true,
      description: true,
      createdAt: true,
      kind: { select: { code: true, titleEn: true, titleRu: true, titleKk: true, active: true } },
      files: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, fileName: true, size: true } },
    },
  });
}

export type TIncidentRow = Awaited<ReturnType<typeof listIncidents>>[number];

/**
 * The incidents section's read: the subject in scope and its incidents, audited in the same
 * transaction (publicOrder.incident.view; details: the count). Out of scope: null and a denial.
 */
export async function viewIncidents({ db, actor, meta, subject }: { db: Db; actor: TActor; meta: TRequestMeta; subject: TSubject }) {
  return db.$transaction(async (tx) => {
    const found = await findSubjectInScope(tx, actor, subject).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    const incidents = found ? await listIncidents(tx, actor, subject) : null;
    await writeAudit(tx, {
      actor,
      action: 'publicOrder.incident.view',
      targetType: subject.kind === 'publicOrder' ? 'PublicOrderPerson' : 'Person',
      targetId: subject.id,
      outcome: found ? 'SUCCESS' : 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
      details: found ? { incidents: incidents!.length } : { reason: 'not_found' },
    });
    return incidents && { incidents, birthDate: found!.birthDate };
  });
}

/** The kinds police may choose for a new incident, in the reader's language. */
export async function activeIncidentKinds(db: Db | Tx, locale: string) {
  const kinds = await db.incidentKind.findMany({
    where: { active: true },
    orderBy: { code: 'asc' },
    select: { id: true, titleEn: true, titleRu: true, titleKk: true },
  });
  return kinds.map((k) => ({ value: k.id, label: localTitle(k, locale) }));
}
