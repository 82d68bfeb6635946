import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../helpers/world';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { resolveSession, revokeSession } from '@/lib/auth/resolve-session';
import { createSession, createUser, DEMO_PASSWORD } from '@/prisma/seed/factories';
import { IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS } from '@/lib/auth/policy';

const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}`;

describe('sign-in', () => {
  let email: string;
  beforeAll(async () => {
    email = (await createUser(db, { role: 'ADMIN' })).email;
  });

  it('opens a server-side session with the right password', async () => {
    const result = await attemptSignIn({ db, email: email.toUpperCase(), password: DEMO_PASSWORD, ip: ip() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Outside demo mode the session waits for the second factor: no actor until it is given.
    expect(await resolveSession({ db, sessionId: result.sessionId })).toBeNull();
    await db.authSession.update({ where: { id: result.sessionId }, data: { mfaVerifiedAt: new Date() } });
    const actor = await resolveSession({ db, sessionId: result.sessionId });
    expect(actor?.email).toBe(email);
  });

  it('answers an unknown email exactly like a wrong password, and audits the real reason', async () => {
    const unknown = await attemptSignIn({ db, email: 'nobody@nowhere.kz', password: 'x', ip: ip() });
    const wrong = await attemptSignIn({ db, email, password: 'wrong-password', ip: ip() });
    expect(unknown).toEqual({ ok: false });
    expect(wrong).toEqual({ ok: false });
    const reasons = await db.auditEvent.findMany({ where: { action: 'auth.signIn', outcome: 'DENIED' }, orderBy: { id: 'desc' }, take: 2 });
    expect(reasons.map((r) => (r.details as { reason: string }).reason).sort()).toEqual(['unknown_email', 'wrong_password']);
  });

  it('locks the account after five failures within 15 minutes, until an administrator unlocks it', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    for (let i = 0; i < 5; i++) expect((await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip() })).ok).toBe(false);
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedAt).not.toBeNull();
    // Even the right password is refused now, with the same answer.
    expect(await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip() })).toEqual({ ok: false });
    await db.user.update({ where: { id: user.id }, data: { lockedAt: null, unlockedAt: new Date() } });
    expect((await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip() })).ok).toBe(true);
  });

  it('four failures do not lock', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    for (let i = 0; i < 4; i++) await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip() });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedAt).toBeNull();
    expect((await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip() })).ok).toBe(true);
  });
});

describe('sessions', () => {
  it('end on role change, deactivation and sign-out', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    const s1 = await createSession(db, user);
    expect(await resolveSession({ db, sessionId: s1.id })).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { role: 'POLICE', sessionVersion: { increment: 1 } } });
    expect(await resolveSession({ db, sessionId: s1.id })).toBeNull();

    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const s2 = await createSession(db, fresh);
    expect((await resolveSession({ db, sessionId: s2.id }))?.role).toBe('POLICE');
    await db.user.update({ where: { id: user.id }, data: { status: 'DEACTIVATED' } });
    expect(await resolveSession({ db, sessionId: s2.id })).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { status: 'ACTIVE' } });
    const s3 = await createSession(db, fresh);
    await revokeSession({ db, sessionId: s3.id });
    expect(await resolveSession({ db, sessionId: s3.id })).toBeNull();
  });

  it('expire after 30 idle minutes and after 12 hours in all', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    const s = await createSession(db, user);
    const now = Date.now();
    expect(await resolveSession({ db, sessionId: s.id, now: new Date(now + IDLE_TIMEOUT_MS - 60_000) })).not.toBeNull();
    // That request touched lastSeenAt, so activity keeps it alive...
    expect(await resolveSession({ db, sessionId: s.id, now: new Date(now + 2 * IDLE_TIMEOUT_MS - 120_000) })).not.toBeNull();
    // ...but a gap of more than 30 minutes ends it.
    expect(await resolveSession({ db, sessionId: s.id, now: new Date(now + 3 * IDLE_TIMEOUT_MS) })).toBeNull();

    const s2 = await createSession(db, user);
    await db.authSession.update({ where: { id: s2.id }, data: { createdAt: new Date(now - ABSOLUTE_TIMEOUT_MS - 1000), lastSeenAt: new Date(now) } });
    expect(await resolveSession({ db, sessionId: s2.id, now: new Date(now + 1000) })).toBeNull();
  });
});
