import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { isLocked } from '@/lib/auth/policy';

/**
 * The out-of-band unlock (`npm run user:unlock -- <email>`), for when no administrator can sign in
 * to unlock one in the UI. Ends any running sign-in lock and its growth, and older failures stop
 * counting; audited with no actor and `via: 'command'` (the operator is whoever runs the server).
 */
export async function unlockByCommand({
  db,
  email,
  now = new Date(),
}: {
  db: Db;
  email: string;
  now?: Date;
}): Promise<{ found: false } | { found: true; wasLocked: boolean; userId: string }> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return { found: false };
  const wasLocked = isLocked(user, now);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null, lockCount: 0, unlockedAt: now, version: { increment: 1 } } });
    await writeAudit(tx, {
      actor: null,
      action: 'user.unlock',
      targetType: 'User',
      targetId: user.id,
      outcome: 'SUCCESS',
      details: { via: 'command', wasLocked },
    });
  });
  return { found: true, wasLocked, userId: user.id };
}
