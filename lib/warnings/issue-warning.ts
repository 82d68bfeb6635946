import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { FieldError, NotFoundError } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import { DOCUMENT_STAFF_INCLUDE } from '@/lib/documents/court-forms';
import { renderWarningPdf } from './pdf';
import type { TIssueWarning } from './schemas';
import { notify } from '@/lib/notifications/notify';
import { users } from '@/lib/notifications/recipients';
import { isPublicOrderWarning, PUBLIC_ORDER_KIND_SELECT } from '@/lib/public-order/warnings-kind';
import { loadPublicOrderWarningDocument, renderPublicOrderWarningPdf } from '@/lib/public-order/warning-pdf';

/**
 * Issues a warning to a person under supervision: the record and its document in one step.
 * The person row is locked first, so two issuers clicking at once produce one pending warning
 * of a type, not two (a second one while the first awaits signature is refused).
 */
export async function issueWarning({ tx, actor, input }: { tx: Tx; actor: TActor; input: TIssueWarning }) {
  const person = await tx.person.findFirst({ where: { AND: [{ id: input.personId }, personScope(actor)] }, select: { id: true, officerId: true } });
  if (!person) throw new NotFoundError('Person');
  await tx.$queryRaw`SELECT id FROM "public"."Person" WHERE id = ${person.id} FOR UPDATE`;
  const order = await tx.supervisionOrder.findFirst({
    where: { personId: person.id, status: 'ACTIVE' },
    orderBy: { startDate: 'desc' },
    select: { id: true, legalBasisId: true },
  });
  if (!order) throw new FieldError({ type: { key: 'warnings.validation.noActiveOrder' } });
  const pending = await tx.warning.findFirst({ where: { personId: person.id, type: input.type, outcome: 'PENDING' }, select: { id: true } });
  if (pending) throw new FieldError({ type: { key: 'warnings.validation.pendingExists' } });
  const warning = await tx.warning.create({
    data: { personId: person.id, type: input.type, language: input.language, legalBasisId: order.legalBasisId, issuedById: actor.id },
  });
  await storeWarningPdf(tx, warning.id);
  // The person's officer serves it at the next meeting (unless the officer issued it).
  await notify(tx, actor, {
    kind: 'WARNING_TO_SERVE',
    to: users(person.officerId),
    entity: { type: 'Warning', id: warning.id, link: `/warnings/${warning.id}` },
    params: { type: input.type },
  });
  return warning;
}

/** A warning's document, rendered from stored data only (so rendering again gives the same file). */
export async function renderStoredWarningPdf(tx: Tx, warningId: string) {
  // A public-order warning (on a public-order record, or referring to incidents) has its own
  // document (docs/decisions/033-public-order-warning-documents.md).
  const kind = await tx.warning.findUniqueOrThrow({ where: { id: warningId }, select: PUBLIC_ORDER_KIND_SELECT });
  if (isPublicOrderWarning(kind)) return renderPublicOrderWarningPdf(await loadPublicOrderWarningDocument(tx, warningId));
  return renderWarningPdf(await loadWarningDocument(tx, warningId));
}

/** Renders a warning's document and keeps it with the warning, as issued. */
export async function storeWarningPdf(tx: Tx, warningId: string) {
  const pdf = await renderStoredWarningPdf(tx, warningId);
  await tx.warning.update({ where: { id: warningId }, data: { pdf } });
  return pdf;
}

/** Everything the document shows, read from stored data only, so regenerating gives the same content. */
export async function loadWarningDocument(tx: Tx, warningId: string) {
  const warning = await tx.warning.findUniqueOrThrow({
    where: { id: warningId },
    include: {
      legalBasis: true,
      issuedBy: { include: DOCUMENT_STAFF_INCLUDE },
      person: {
        include: {
          district: { include: { region: true } },
          addresses: { where: { kind: 'REGISTERED', validTo: null }, orderBy: { validFrom: 'desc' }, take: 1 },
          orders: {
            where: { status: 'ACTIVE' },
            orderBy: { startDate: 'desc' },
            take: 1,
            include: { court: true, restrictions: { where: { effectiveTo: null }, include: { legalBasis: true }, orderBy: { type: 'asc' } } },
          },
        },
      },
    },
  });
  return warning;
}

export type TWarningDocument = Awaited<ReturnType<typeof loadWarningDocument>>;
