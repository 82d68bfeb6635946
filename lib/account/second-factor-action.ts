import 'server-only';
import { db } from '@/lib/db/client';
import type { TActionResult } from '@/lib/actions/result';
import { confirmEnrolment, resolvePendingSession, verifySecondFactor } from './second-factor';
import { ZSecondFactorCode } from './schemas';
import { invalid, requestMeta } from './public-actions';

/** Enrolment or verification, for a pending session only. */
export async function secondFactorAction(raw: unknown): Promise<TActionResult<{ recoveryCodes: string[] | null }>> {
  const { sessionId, meta } = await requestMeta();
  const session = await resolvePendingSession({ db, sessionId });
  if (!session) return { ok: false, code: 'unauthenticated', message: { key: 'account.secondFactorExpired' } };
  const parsed = ZSecondFactorCode.safeParse(raw);
  if (!parsed.success) return invalid({ code: { key: 'account.validation.codeInvalid' } });
  const enrolling = !session.user.totpSecret;
  const result = enrolling
    ? await confirmEnrolment({ db, session, code: parsed.data.code, meta })
    : await verifySecondFactor({ db, session, code: parsed.data.code, meta });
  if (result.ok) return { ok: true, data: { recoveryCodes: result.recoveryCodes ?? null } };
  if (result.ended) return { ok: false, code: 'unauthenticated', message: { key: 'account.secondFactorExpired' } };
  return invalid({ code: { key: 'account.validation.codeWrong' } });
}
