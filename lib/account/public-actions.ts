import { readRequestContext } from '@/lib/auth/request-context';

// The steps taken before there is an actor, so they cannot be defineAction (which requires one):
// choosing a password through a link (lib/account/activate-action.ts), and the second factor of
// a pending session (lib/account/second-factor-action.ts). Each validates with the form's schema
// and audits what it did, like defineAction.

export async function requestMeta() {
  const ctx = await readRequestContext();
  return { sessionId: ctx.sessionId, meta: { ip: ctx.ip, requestId: ctx.requestId } };
}

export const invalid = (fieldErrors: Record<string, { key: string }>) => ({
  ok: false as const,
  code: 'validation' as const,
  message: { key: 'errors.validation' },
  fieldErrors,
});
