import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { FieldError, NotFoundError } from '@/lib/actions/errors';
import { loadPublicOrderWarningDocument, renderPublicOrderWarningPdf } from './warning-pdf';
import { findSubjectInScope, lockSubject, subjectWhere, type TSubject } from './subject';
import { incidentScope, warningScope } from './scope';
import type { TIssuePublicOrderWarning } from './warnings-schemas';
import { PUBLIC_ORDER_WORK } from './warnings-kind';

// Public-order warnings (issue 14; docs/decisions/033-public-order-warning-documents.md): a formal
// warning to a person who repeatedly disturbs public order, on a public-order record or on a
// supervised person's record, naming the incidents it rests on. The supervised-person warning
// machinery (lib/warnings) stores it, renders its document and records its outcome.

/** The legal basis row the migration 20261203000400_public_order_warning_basis ships. */
export const PUBLIC_ORDER_WARNING_BASIS = 'law-245-VIII-2025-art-51';

/**
 * Issues a public-order warning: the subject in the actor's scope, locked first (two issuers at
 * once give one pending warning), the incidents all the subject's own and in scope, no other
 * pending public-order warning; the warning, its incidents and its document in one transaction.
 * No active supervision order is needed (the legal basis is the prevention law, not the order),
 * and nobody is notified: the police who issue it serve it.
 */
export async function issuePublicOrderWarning({ tx, actor, input }: { tx: Tx; actor: TActor; input: TIssuePublicOrderWarning }) {
  const subject: TSubject = input.subject;
  await findSubjectInScope(tx, actor, subject);
  await lockSubject(tx, subject);
  const own = await tx.publicOrderIncident.findMany({
    where: { AND: [{ id: { in: input.incidentIds } }, subjectWhere(subject), incidentScope(actor)] },
    select: { id: true },
  });
  if (own.length !== input.incidentIds.length) throw new FieldError({ incidentIds: { key: 'publicOrderWarnings.validation.incidentNotOwn' } });
  const pending = await tx.warning.findFirst({ where: { ...subjectWhere(subject), type: 'PUBLIC_ORDER_WARNING', outcome: 'PENDING' }, select: { id: true } });
  if (pending) throw new FieldError({ incidentIds: { key: 'publicOrderWarnings.validation.pendingExists' } });
  const basis = await tx.legalBasis.findUnique({ where: { code: PUBLIC_ORDER_WARNING_BASIS }, select: { id: true } });
  if (!basis) throw new Error(`Legal basis ${PUBLIC_ORDER_WARNING_BASIS} is missing from reference data`);
  const warning = await tx.warning.create({
    data: {
      ...subjectWhere(subject),
      type: 'PUBLIC_ORDER_WARNING',
      language: input.language,
      legalBasisId: basis.id,
      issuedById: actor.id,
      incidents: { create: own.map((i) => ({ incidentId: i.id })) },
    },
  });
  // Its document, kept with it as issued (renderStoredWarningPdf in lib/warnings routes here too,
  // so rendering again from the stored record gives the same bytes).
  const pdf = await renderPublicOrderWarningPdf(await loadPublicOrderWarningDocument(tx, warning.id));
  await tx.warning.update({ where: { id: warning.id }, data: { pdf } });
  return { warning, incidentCount: own.length };
}

/** The subject's public-order warnings in the actor's scope, newest first, with what the list shows. */
export async function listPublicOrderWarnings(db: Db | Tx, actor: TActor, subject: TSubject) {
  return db.warning.findMany({
    where: { AND: [subjectWhere(subject), { type: 'PUBLIC_ORDER_WARNING' }, PUBLIC_ORDER_WORK, warningScope(actor)] },
    orderBy: { issuedAt: 'desc' },
    select: {
      id: true,
      issuedAt: true,
      language: true,
      outcome: true,
      signedOn: true,
      refusedOn: true,
      refusalWitness: true,
      version: true,
      issuedBy: { select: { fullName: true, fullNameCyr: true, fullNameLat: true } },
      incidents: {
        select: { incident: { select: { id: true, occurredOn: true, place: true, kind: { select: { titleEn: true, titleRu: true, titleKk: true } } } } },
        orderBy: { incident: { occurredOn: 'asc' } },
      },
    },
  });
}

export type TPublicOrderWarningRow = Awaited<ReturnType<typeof listPublicOrderWarnings>>[number];

/** The subject's incidents a warning may refer to (in scope), newest first. */
export async function warnableIncidents(db: Db | Tx, actor: TActor, subject: TSubject) {
  return db.publicOrderIncident.findMany({
    where: { AND: [subjectWhere(subject), incidentScope(actor)] },
    orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, occurredOn: true, place: true, protocolNumber: true, kind: { select: { titleEn: true, titleRu: true, titleKk: true } } },
  });
}

/**
 * What the public-order warnings section shows of a subject, or null when the actor may not do
 * public-order work on it (no publicOrder.read, or the subject is out of scope).
 */
export async function readPublicOrderWarnings(db: Db, actor: TActor, subject: TSubject) {
  try {
    await findSubjectInScope(db, actor, subject);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const [warnings, incidents] = await Promise.all([listPublicOrderWarnings(db, actor, subject), warnableIncidents(db, actor, subject)]);
  return { warnings, incidents };
}
