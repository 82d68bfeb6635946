import { beforeAll, describe, expect, it } from 'vitest';
import { addMinutes, subMinutes } from 'date-fns';
import { db } from '../helpers/world';
import { clientHeaders, testAddresses } from '../helpers/client-address';
import { attemptSignIn, typedEmailHash } from '@/lib/auth/sign-in';
import { resolveSession, revokeSession } from '@/lib/auth/resolve-session';
import { withAuthRoute } from '@/lib/auth/auth-route';
import { authRequestIp } from '@/lib/auth/auth-request';
import { authOptions } from '@/lib/auth/next-auth-options';
import { unlockByCommand } from '@/lib/users/unlock-command';
import { createSession, createUser, DEMO_PASSWORD } from '@/prisma/seed/factories';
import { IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS, IP_FAILURE_LIMIT, MAX_LOCK_MINUTES } from '@/lib/auth/policy';

const ip = testAddresses('auth.test');

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

  it('locks the account for 10 minutes after five failures within 15 minutes; the lock ends by itself', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    const t0 = new Date();
    for (let i = 0; i < 5; i++) expect((await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip(), now: addMinutes(t0, i) })).ok).toBe(false);
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil).toEqual(addMinutes(t0, 4 + 10));
    expect(locked.lockCount).toBe(1);
    const lockEvent = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.lock', targetId: user.id } });
    expect(lockEvent.details).toMatchObject({ failures: 5, lock: 1 });
    // Even the right password is refused while the lock runs, with the same answer...
    expect(await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip(), now: addMinutes(t0, 13) })).toEqual({ ok: false });
    // ...and accepted once it has ended, with nobody unlocking anything.
    expect((await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip(), now: addMinutes(t0, 14) })).ok).toBe(true);
    // A successful sign-in resets the growth.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockCount).toBe(0);
  });

  it('doubles each further lock (failures during a lock do not count), up to a day', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    let t = new Date();
    const lockWith = async () => {
      for (let i = 0; i < 5; i++) await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip(), now: t });
      return (await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!;
    };
    const durations: number[] = [];
    for (let n = 0; n < 10; n++) {
      const until = await lockWith();
      durations.push((until.getTime() - t.getTime()) / 60_000);
      // Hammering during the lock changes nothing.
      await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip(), now: addMinutes(t, 1) });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toEqual(until);
      t = addMinutes(until, 1);
    }
    expect(durations).toEqual([10, 20, 40, 80, 160, 320, 640, 1280, MAX_LOCK_MINUTES, MAX_LOCK_MINUTES]);
  });

  it("does not end the locked user's open sessions", async () => {
    const user = await createUser(db, { role: 'SUPERVISOR' });
    const session = await createSession(db, user);
    for (let i = 0; i < 5; i++) await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip() });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(locked.sessionVersion).toBe(user.sessionVersion);
    expect((await resolveSession({ db, sessionId: session.id }))?.id).toBe(user.id);
  });

  it('counts failures per source address: past the limit that source is refused without locking anyone', async () => {
    const source = ip();
    const t0 = new Date();
    const victim = await createUser(db, { role: 'OFFICER' });
    // Four wrong passwords for the victim, the rest for addresses that name nobody.
    for (let i = 0; i < IP_FAILURE_LIMIT; i++)
      await attemptSignIn({ db, email: i < 4 ? victim.email : `nobody-${i}@x.kz`, password: 'bad', ip: source, now: t0 });
    // Nobody is locked, and the source is now refused even with the right password (no fifth failure counts against the victim).
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).lockedUntil).toBeNull();
    expect(await attemptSignIn({ db, email: victim.email, password: DEMO_PASSWORD, ip: source, now: t0 })).toEqual({ ok: false });
    const refusal = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signIn', ip: source }, orderBy: { id: 'desc' } });
    expect(refusal.details).toMatchObject({ reason: 'ip_rate_limited' });
    // Another source signs the same user in; the first one may again after the window.
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).lockedUntil).toBeNull();
    expect((await attemptSignIn({ db, email: victim.email, password: DEMO_PASSWORD, ip: ip(), now: t0 })).ok).toBe(true);
    expect((await attemptSignIn({ db, email: victim.email, password: DEMO_PASSWORD, ip: source, now: addMinutes(t0, 16) })).ok).toBe(true);
  });

  it('keeps no typed e-mail in clear: an unknown one only as a keyed hash, in both tables', async () => {
    const typed = `Secret-Password-${ip()}@example.kz`;
    const address = ip();
    await attemptSignIn({ db, email: typed, password: 'x', ip: address });
    const hash = typedEmailHash(typed.toLowerCase());
    expect(hash).toMatch(/^hmac:[0-9a-f]{64}$/);
    const attempt = await db.loginAttempt.findFirstOrThrow({ where: { ip: address } });
    expect(attempt.email).toBe(hash);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signIn', ip: address } });
    expect(event.details).toEqual({ emailHash: hash, reason: 'unknown_email' });
    expect(JSON.stringify(event.details)).not.toContain('Secret-Password');
  });

  it('refuses an e-mail over 254 characters as a normal failure and stores nothing long', async () => {
    const address = ip();
    const huge = `${'a'.repeat(200_000)}@x.kz`;
    expect(huge).toHaveLength(200_005);
    expect(await attemptSignIn({ db, email: huge, password: 'x', ip: address })).toEqual({ ok: false });
    const attempt = await db.loginAttempt.findFirstOrThrow({ where: { ip: address } });
    expect(attempt.email).toMatch(/^hmac:[0-9a-f]{64}$/);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signIn', ip: address } });
    expect(event.details).toMatchObject({ reason: 'email_too_long' });
    expect(JSON.stringify(event.details).length).toBeLessThan(200);
  });

  it("an administrator unlocks in the UI (lib/users) or from the server's shell with the audited command", async () => {
    const user = await createUser(db, { role: 'ADMIN' });
    for (let i = 0; i < 5; i++) await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip() });
    expect(await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip() })).toEqual({ ok: false });
    expect(await unlockByCommand({ db, email: user.email.toUpperCase() })).toEqual({ found: true, wasLocked: true, userId: user.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.unlock', targetId: user.id } });
    expect(event).toMatchObject({ actorId: null, outcome: 'SUCCESS', details: { via: 'command', wasLocked: true } });
    expect((await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip() })).ok).toBe(true);
    expect(await unlockByCommand({ db, email: 'nobody-at-all@x.kz' })).toEqual({ found: false });
  });

  it('four failures do not lock', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    for (let i = 0; i < 4; i++) await attemptSignIn({ db, email: user.email, password: 'bad', ip: ip() });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toBeNull();
    expect((await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: ip() })).ok).toBe(true);
  });
});

describe('the sign-in route (app/api/auth/[...nextauth]/route.ts)', () => {
  const post = (address: string) => new Request('http://localhost/api/auth/callback/credentials', { method: 'POST', headers: clientHeaders(address) });
  const context = { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) };

  it('answers a source over its failure budget with 429 and Retry-After before next-auth runs', async () => {
    const address = ip();
    const now = new Date();
    await db.loginAttempt.createMany({
      data: Array.from({ length: IP_FAILURE_LIMIT }, (_, i) => ({ email: 'hmac:x', ip: address, success: false, at: subMinutes(now, 14 - i * 0.1) })),
    });
    let ran = false;
    const route = withAuthRoute(async () => {
      ran = true;
      return new Response('next-auth');
    });
    const refused = await route(post(address), context);
    expect(refused.status).toBe(429);
    expect(ran).toBe(false);
    // The oldest failure leaves the 15-minute window in about a minute.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(61);
    const body = (await refused.json()) as { url: string };
    expect(new URL(body.url).searchParams.get('error')).toBe(`TooManyRequests:${retryAfter}`);

    const fresh = await route(post(ip()), context);
    expect(await fresh.text()).toBe('next-auth');
  });

  it('hands next-auth the address our server decided, and records it on sign-out', async () => {
    const user = await createUser(db, { role: 'OFFICER' });
    const session = await createSession(db, user);
    const address = ip();
    const route = withAuthRoute(async () => {
      await authOptions.events!.signOut!({ token: { sid: session.id }, session: null as never });
      return new Response(authRequestIp());
    });
    const signOut = new Request('http://localhost/api/auth/signout', {
      method: 'POST',
      headers: clientHeaders(address, { 'x-forwarded-for': '203.0.113.66' }),
    });
    expect(await (await route(signOut, { params: Promise.resolve({ nextauth: ['signout'] }) })).text()).toBe(address);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signOut', targetId: user.id } });
    expect(event.ip).toBe(address);
    expect(await resolveSession({ db, sessionId: session.id })).toBeNull();
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
