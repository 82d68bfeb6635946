import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { DeniedError, FieldError } from '@/lib/actions/errors';
import { sniffImageType } from '@/lib/persons/photo';
import { getScopedPetition } from './manage-petition';
import type { ZAddAttachment } from './schemas';

/** Reads an upload and names its real type from its bytes (PDF or an image), or refuses it. */
export async function readDocument(file: Blob, field: string) {
  const data = new Uint8Array(await file.arrayBuffer());
  const mimeType = String.fromCharCode(...data.slice(0, 5)) === '%PDF-' ? 'application/pdf' : sniffImageType(data);
  if (!mimeType) throw new FieldError({ [field]: { key: 'validation.evidenceType' } });
  return { mimeType, data };
}

/** Attaches a document to a draft (attachments are fixed once the petition is endorsed). */
export async function addAttachment({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZAddAttachment> }) {
  const petition = await getScopedPetition(tx, actor, input.petitionId);
  if (petition.status !== 'DRAFT') throw new DeniedError({ key: 'errors.illegalTransition' });
  const { mimeType, data } = await readDocument(input.file, 'file');
  const fileName = ((input.file as File).name || 'attachment').slice(0, 200);
  return tx.petitionAttachment.create({ data: { petitionId: petition.id, fileName, mimeType, data } });
}
