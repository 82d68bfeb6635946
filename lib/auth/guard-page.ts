import { notFound, redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { getRequest } from './current-actor';
import { hasPermission, type TPermission } from './permissions';

/**
 * Every signed-in page calls this first. Anonymous visitors go to sign-in; a role without the
 * permission gets "not found" (and an audited denial) so pages do not reveal what exists.
 */
export async function requirePageActor(permission?: TPermission) {
  const { actor, meta } = await getRequest();
  if (!actor) redirect('/login');
  if (permission && !hasPermission(actor.role, permission)) {
    await db.$transaction((tx) =>
      writeAudit(tx, { actor, action: 'page.view', outcome: 'DENIED', ip: meta.ip, requestId: meta.requestId, details: { permission } }),
    );
    notFound();
  }
  return { actor, meta };
}
