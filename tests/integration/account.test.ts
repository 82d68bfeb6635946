import { beforeAll, describe, expect, it } from 'vitest';
import { addHours, addMinutes, addSeconds, startOfMinute } from 'date-fns';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { createUserAction } from '@/lib/users/actions';
import { changePasswordAction, issuePasswordResetAction, resetSecondFactorAction } from '@/lib/account/actions';
import { activateWithLink, findUsableLink } from '@/lib/account/activation';
import { passwordRuleBroken } from '@/lib/account/password-rules';
import { secondFactorRequired } from '@/lib/account/mfa-policy';
import { confirmEnrolment, enrolmentSecret, resolvePendingSession, verifySecondFactor, type TPendingSession } from '@/lib/account/second-factor';
import { openSecret } from '@/lib/account/secrets';
import { totpCode } from '@/lib/account/totp';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { resolveSession } from '@/lib/auth/resolve-session';
import { createSession, createUser, DEMO_PASSWORD } from '@/prisma/seed/factories';
import { SECOND_FACTOR_MAX_FAILURES } from '@/lib/account/policy';

const meta = { ip: '203.0.113.9', requestId: null };
const GOOD = 'Quiet rivers cross the steppe';
let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

async function newUserLink(now?: Date) {
  await actAs(world.users.admin);
  const email = `acct-${Date.now()}-${Math.random().toString(36).slice(2)}@test.kz`;
  const created = await createUserAction({ email, fullName: 'Aigerim Testova', role: 'SUPERVISOR', regionId: world.region.id });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (now) await db.activationLink.updateMany({ where: { userId: created.data.userId }, data: { createdAt: now, expiresAt: addHours(now, 72) } });
  return { email, userId: created.data.userId, token: created.data.token };
}

async function pendingFor(userId: string): Promise<TPendingSession> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const row = await db.authSession.create({ data: { userId, sessionVersion: user.sessionVersion } });
  return (await resolvePendingSession({ db, sessionId: row.id }))!;
}

describe('activation links', () => {
  it('stores only a hash, works once, and voids older links of the user', async () => {
    const { token, userId, email } = await newUserLink();
    const rows = await db.activationLink.findMany({ where: { userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.create', targetId: userId } });
    expect(JSON.stringify(audit.details)).not.toContain(token);

    expect(await activateWithLink({ db, token, password: GOOD, meta })).toEqual({ ok: true });
    expect(await activateWithLink({ db, token, password: `${GOOD} again`, meta })).toEqual({ ok: false, reason: 'link' });
    expect((await attemptSignIn({ db, email, password: GOOD, ip: '203.0.113.9' })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).activatedAt).not.toBeNull();

    // A newer link for the same user voids the older unused one.
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    await actAs(world.users.admin);
    const first = await issuePasswordResetAction({ userId, version: user.version, reason: 'Forgot it' });
    const second = await issuePasswordResetAction({ userId, version: user.version + 1, reason: 'Forgot it again' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(await findUsableLink({ db, token: first.data.token })).toBeNull();
    expect(await findUsableLink({ db, token: second.data.token })).not.toBeNull();
  });

  it('expires after 72 hours', async () => {
    const issued = new Date('2026-03-02T06:00:00Z');
    const { token } = await newUserLink(issued);
    expect(await findUsableLink({ db, token, now: addHours(issued, 71) })).not.toBeNull();
    expect(await activateWithLink({ db, token, password: GOOD, meta, now: addHours(issued, 72) })).toEqual({ ok: false, reason: 'link' });
    expect(await findUsableLink({ db, token: 'not-a-token' })).toBeNull();
  });

  it('refuses a common password, one containing the e-mail name, and a short one', async () => {
    const { token, email } = await newUserLink();
    expect(await activateWithLink({ db, token, password: 'password1234', meta })).toEqual({
      ok: false,
      reason: 'password',
      key: 'account.validation.passwordCommon',
    });
    expect(passwordRuleBroken({ password: 'Qwertyuiop123!', email })).toBe('account.validation.passwordCommon');
    expect(passwordRuleBroken({ password: `my-${email.split('@')[0]}-secret`, email })).toBe('account.validation.passwordHasEmail');
    expect(passwordRuleBroken({ password: GOOD, email })).toBeNull();
    // The link survives a refused password.
    expect(await activateWithLink({ db, token, password: GOOD, meta })).toEqual({ ok: true });
  });
});

describe('password change', () => {
  it('ends the other sessions of the user but not the current one', async () => {
    const user = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    const other = await createSession(db, user);
    const current = await actAs(user);
    const wrong = await changePasswordAction({ currentPassword: 'not-it', newPassword: GOOD });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: { key: 'account.validation.currentPasswordWrong' } } });
    const common = await changePasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: 'iloveyou12345' });
    expect(common).toMatchObject({ ok: false, fieldErrors: { newPassword: { key: 'account.validation.passwordCommon' } } });
    expect(await changePasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: GOOD })).toMatchObject({ ok: true });
    expect(await resolveSession({ db, sessionId: other.id })).toBeNull();
    expect((await resolveSession({ db, sessionId: current!.id }))?.id).toBe(user.id);
    expect(await db.auditEvent.count({ where: { action: 'account.changePassword', actorId: user.id, outcome: 'SUCCESS' } })).toBe(1);
    expect((await attemptSignIn({ db, email: user.email, password: GOOD, ip: '203.0.113.10' })).ok).toBe(true);
  });
});

describe('second factor', () => {
  it('a password-only session is pending: no actor, and it expires after five minutes', async () => {
    const user = await createUser(db, { role: 'SUPERVISOR', regionId: world.region.id });
    const result = await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: '203.0.113.11' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await resolveSession({ db, sessionId: result.sessionId })).toBeNull();
    const created = (await db.authSession.findUniqueOrThrow({ where: { id: result.sessionId } })).createdAt;
    expect(await resolvePendingSession({ db, sessionId: result.sessionId, now: addMinutes(created, 4) })).not.toBeNull();
    expect(await resolvePendingSession({ db, sessionId: result.sessionId, now: addMinutes(created, 6) })).toBeNull();
    // A pending session cannot run an action.
    const { readRequestContext } = await import('@/lib/auth/request-context');
    const { vi } = await import('vitest');
    vi.mocked(readRequestContext).mockResolvedValue({ sessionId: result.sessionId, ip: null, requestId: null });
    expect(await changePasswordAction({ currentPassword: DEMO_PASSWORD, newPassword: GOOD })).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('demo exemption counts only in demo mode', async () => {
    expect(secondFactorRequired({ user: { mfaExempt: true }, demo: true })).toBe(false);
    expect(secondFactorRequired({ user: { mfaExempt: true }, demo: false })).toBe(true);
    expect(secondFactorRequired({ user: { mfaExempt: false }, demo: true })).toBe(true);
    // The tests run outside demo mode: an exempt account still gets a pending session.
    const user = await createUser(db, { role: 'CLERK', courtId: world.court.id });
    await db.user.update({ where: { id: user.id }, data: { mfaExempt: true } });
    const result = await attemptSignIn({ db, email: user.email, password: DEMO_PASSWORD, ip: '203.0.113.12' });
    expect(result.ok && (await db.authSession.findUniqueOrThrow({ where: { id: result.sessionId } })).mfaVerifiedAt).toBeNull();
  });

  it('enrols, verifies a code once per time step, and takes each recovery code once', async () => {
    const user = await createUser(db, { role: 'POLICE', districtId: world.district.id });
    const t0 = addSeconds(startOfMinute(new Date()), 10); // inside a 30-second step
    let session = await pendingFor(user.id);
    const { secret } = await enrolmentSecret({ db, session });
    session = (await resolvePendingSession({ db, sessionId: session.id }))!;
    expect(await confirmEnrolment({ db, session, code: '000000' === totpCode({ secret, now: t0 }) ? '111111' : '000000', meta, now: t0 })).toEqual({
      ok: false,
      ended: false,
    });
    session = (await resolvePendingSession({ db, sessionId: session.id }))!;
    const enrolled = await confirmEnrolment({ db, session, code: totpCode({ secret, now: t0 }), meta, now: t0 });
    expect(enrolled.ok && enrolled.recoveryCodes).toHaveLength(10);
    const codes = enrolled.ok ? enrolled.recoveryCodes! : [];
    expect((await resolveSession({ db, sessionId: session.id }))?.id).toBe(user.id);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).not.toContain(secret);
    expect(openSecret(stored.totpSecret!)).toBe(secret);
    expect(await db.recoveryCode.count({ where: { userId: user.id, codeHash: { in: codes } } })).toBe(0);

    // Next sign-in: the same step's code is refused (replay), the next step's is accepted.
    let next = await pendingFor(user.id);
    expect(await verifySecondFactor({ db, session: next, code: totpCode({ secret, now: t0 }), meta, now: addSeconds(t0, 5) })).toEqual({
      ok: false,
      ended: false,
    });
    next = (await resolvePendingSession({ db, sessionId: next.id }))!;
    expect(await verifySecondFactor({ db, session: next, code: totpCode({ secret, now: addSeconds(t0, 30) }), meta, now: addSeconds(t0, 30) })).toEqual({
      ok: true,
    });
    expect(await resolveSession({ db, sessionId: next.id })).not.toBeNull();

    // A recovery code works once.
    const r1 = await pendingFor(user.id);
    expect(await verifySecondFactor({ db, session: r1, code: codes[0]!.toUpperCase(), meta })).toEqual({ ok: true });
    const r2 = await pendingFor(user.id);
    expect(await verifySecondFactor({ db, session: r2, code: codes[0]!, meta })).toEqual({ ok: false, ended: false });
  });

  it('revokes the pending session after five wrong codes and counts a failed sign-in', async () => {
    const user = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    let session = await pendingFor(user.id);
    await enrolmentSecret({ db, session });
    const failuresBefore = await db.loginAttempt.count({ where: { email: user.email, success: false } });
    let last;
    for (let i = 0; i < SECOND_FACTOR_MAX_FAILURES; i++) {
      session = (await resolvePendingSession({ db, sessionId: session.id }))!;
      last = await confirmEnrolment({ db, session, code: 'abcdef', meta });
    }
    expect(last).toEqual({ ok: false, ended: true });
    expect(await resolvePendingSession({ db, sessionId: session.id })).toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect(await db.loginAttempt.count({ where: { email: user.email, success: false } })).toBe(failuresBefore + 1);
  });
});

describe('administrator resets', () => {
  it('a password reset ends sessions, keeps the second factor, and is audited with its reason', async () => {
    const user = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    await db.user.update({ where: { id: user.id }, data: { totpSecret: 'sealed', totpEnabledAt: new Date() } });
    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const session = await createSession(db, fresh);
    await actAs(world.users.admin);
    const reset = await issuePasswordResetAction({ userId: user.id, version: fresh.version, reason: 'Forgot it' });
    expect(reset.ok).toBe(true);
    expect(await resolveSession({ db, sessionId: session.id })).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ passwordHash: null, totpSecret: 'sealed' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.passwordReset', targetId: user.id } });
    expect(audit.details).toMatchObject({ reason: 'Forgot it' });
  });

  it('the administrator who reset one credential cannot reset the other', async () => {
    const user = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    const otherAdmin = await createUser(db, { role: 'ADMIN' });
    await actAs(world.users.admin);
    const factor = await resetSecondFactorAction({ userId: user.id, version: user.version, reason: 'Lost the phone' });
    expect(factor.ok).toBe(true);
    const v = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;
    expect(await issuePasswordResetAction({ userId: user.id, version: v, reason: 'And the password' })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: 'account.validation.fourEyes' } },
    });
    await actAs(otherAdmin);
    expect(await issuePasswordResetAction({ userId: user.id, version: v, reason: 'And the password' })).toMatchObject({ ok: true });
  });
});
