import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { FieldError, NotFoundError } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { sniffImageType } from '@/lib/persons/photo';
import type { ZRecordViolation } from './schemas';
import { inRolledUpMonth, noteRollupChange } from '@/lib/oversight/rollups';

function sniffEvidenceType(bytes: Uint8Array): string | null {
  if (String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-') return 'application/pdf';
  return sniffImageType(bytes);
}

/**
 * Records a violation with its evidence and first workflow step in one transaction: a file that
 * fails the check leaves no half-created violation behind.
 */
export async function recordViolation({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRecordViolation> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const already = await tx.violation.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (already) return already;
  if (input.restrictionId) {
    const restriction = await tx.restriction.findFirst({ where: { id: input.restrictionId, order: { personId: input.personId } } });
    if (!restriction) throw new FieldError({ restrictionId: { key: 'validation.invalid' } });
  }
  if (input.checkInId) {
    const checkIn = await tx.checkIn.findFirst({ where: { id: input.checkInId, personId: input.personId } });
    if (!checkIn) throw new NotFoundError('CheckIn');
    if (await tx.violation.findUnique({ where: { checkInId: input.checkInId } }))
      throw new FieldError({ _form: { key: 'validation.violationExistsForCheckIn' } });
  }
  const files = [];
  for (const [index, file] of input.evidence.entries()) {
    const data = new Uint8Array(await file.arrayBuffer());
    const mimeType = sniffEvidenceType(data);
    if (!mimeType) throw new FieldError({ [`evidence.${index}`]: { key: 'validation.evidenceType' }, evidence: { key: 'validation.evidenceType' } });
    files.push({ fileName: (file as File).name?.slice(0, 200) || `evidence-${index + 1}`, mimeType, size: data.length, data, uploadedById: actor.id });
  }
  if (inRolledUpMonth(input.occurredAt)) await noteRollupChange(tx);
  return tx.violation.create({
    data: {
      personId: input.personId,
      type: input.type,
      occurredAt: input.occurredAt,
      place: input.place ?? null,
      restrictionId: input.restrictionId,
      checkInId: input.checkInId,
      description: input.description,
      recordedById: actor.id,
      idempotencyKey: input.idempotencyKey,
      steps: { create: { fromStatus: null, toStatus: 'RECORDED', actorId: actor.id, reason: null } },
      evidence: { create: files },
    },
  });
}
