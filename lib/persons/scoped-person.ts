import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { FieldError, NotFoundError } from '@/lib/actions/errors';
import { personScope } from './scope';

// Shared checks of the person actions, apart from registration so that the many forms whose
// actions use them do not reach the registration's own messages (tests/unit/client-messages.test.ts).

export async function assertConvictionRefs(tx: Tx, conviction: { articleId: string; courtId: string }) {
  const article = await tx.criminalArticle.findFirst({ where: { id: conviction.articleId, active: true } });
  const court = await tx.court.findFirst({ where: { id: conviction.courtId } });
  const errors: Record<string, { key: string }> = {};
  if (!article) errors['conviction.articleId'] = { key: 'validation.invalid' };
  if (!court) errors['conviction.courtId'] = { key: 'validation.invalid' };
  if (Object.keys(errors).length) throw new FieldError(errors);
}

/** A person inside the actor's scope, or NotFoundError (never "forbidden"). */
export async function getScopedPersonId(tx: Tx, actor: TActor, personId: string) {
  const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true, version: true } });
  if (!person) throw new NotFoundError('Person');
  return person;
}
