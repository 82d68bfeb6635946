import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { getRequest } from './current-actor';
import { hasPermission } from './permissions';
import { SIGNED_IN, type TPageGuard } from './page-guards';

/**
 * Every signed-in page calls this first, naming its permission (or SIGNED_IN: any signed-in
 * user), as registered in lib/auth/page-guards.ts. Anonymous visitors go to sign-in; a role
 * without the permission gets "not found" (and an audited denial) so pages do not reveal what
 * exists.
 */
export async function requirePageActor(guard: TPageGuard) {
  const { actor, meta } = await getRequest();
  if (!actor) redirect('/login');
  const permission = guard === SIGNED_IN ? null : guard;
  if (permission && !hasPermission(actor.role, permission)) {
    await db.$transaction((tx) =>
      writeAudit(tx, { actor, action: 'page.view', outcome: 'DENIED', ip: meta.ip, requestId: meta.requestId, details: { permission } }),
    );
    notFound();
  }
  return { actor, meta };
}
