import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { createUserAction, deactivateUserAction, unlockUserAction, updateUserRoleAction } from '@/lib/users/actions';
import { saveReferenceAction } from '@/lib/reference/actions';
import { resolveSession } from '@/lib/auth/resolve-session';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { createSession, DEMO_PASSWORD } from '@/prisma/seed/factories';
import { activateWithLink } from '@/lib/account/activation';

let world: TWorld;
beforeAll(async () => {
  world = await buildWorld();
});

describe('user administration', () => {
  it('creates a user without a password, who signs in after choosing one through the activation link', async () => {
    await actAs(world.users.admin);
    const email = `new-${Date.now()}@test.kz`;
    const missingUnit = await createUserAction({ email, fullName: 'New Officer', role: 'OFFICER' });
    expect(missingUnit).toMatchObject({ ok: false, fieldErrors: { districtId: { key: 'validation.unitRequired' } } });
    const created = await createUserAction({ email, fullName: 'New Officer', role: 'OFFICER', districtId: world.district.id, courtId: world.court.id });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: 'OFFICER', districtId: world.district.id, courtId: null, passwordHash: null, activatedAt: null });
    expect((await attemptSignIn({ db, email, password: 'a-long-password-1', ip: '198.51.100.1' })).ok).toBe(false);
    expect(await activateWithLink({ db, token: created.data.token, password: 'Steppe horses run at dawn', meta: { ip: null, requestId: null } })).toEqual({
      ok: true,
    });
    expect((await attemptSignIn({ db, email, password: 'Steppe horses run at dawn', ip: '198.51.100.1' })).ok).toBe(true);
    const duplicate = await createUserAction({ email, fullName: 'Again', role: 'ADMIN' });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { email: { key: 'validation.emailTaken' } } });
  });

  it('ends the sessions of a user whose role changes or who is deactivated', async () => {
    const target = await db.user.findUniqueOrThrow({ where: { id: world.users.clerk.id } });
    const session = await createSession(db, target);
    expect(await resolveSession({ db, sessionId: session.id })).not.toBeNull();
    await actAs(world.users.admin);
    const changed = await updateUserRoleAction({ userId: target.id, version: target.version, role: 'CLERK', courtId: world.court2.id });
    expect(changed.ok).toBe(true);
    expect(await resolveSession({ db, sessionId: session.id })).toBeNull();

    const fresh = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const session2 = await createSession(db, fresh);
    const deactivated = await deactivateUserAction({ userId: fresh.id, version: fresh.version });
    expect(deactivated.ok).toBe(true);
    expect(await resolveSession({ db, sessionId: session2.id })).toBeNull();
    expect((await attemptSignIn({ db, email: fresh.email, password: DEMO_PASSWORD, ip: '198.51.100.2' })).ok).toBe(false);
  });

  it('refuses a stale edit (two administrators at once): exactly one wins', async () => {
    const target = await db.user.findUniqueOrThrow({ where: { id: world.users.officer2.id } });
    await actAs(world.users.admin);
    const [a, b] = await Promise.all([
      updateUserRoleAction({ userId: target.id, version: target.version, role: 'POLICE', districtId: world.district2.id }),
      updateUserRoleAction({ userId: target.id, version: target.version, role: 'OFFICER', districtId: world.district.id }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, code: 'conflict', message: { key: 'errors.conflict' } });
  });

  it('will not let an administrator deactivate themselves', async () => {
    const me = await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } });
    await actAs(me);
    const result = await deactivateUserAction({ userId: me.id, version: me.version });
    expect(result).toMatchObject({ ok: false, fieldErrors: { _form: { key: 'validation.cannotDeactivateSelf' } } });
  });

  it('unlocks a locked account', async () => {
    const locked = await db.user.update({ where: { id: world.users.supervisor2.id }, data: { lockedUntil: new Date('2999-01-01T00:00:00Z') } });
    expect((await attemptSignIn({ db, email: locked.email, password: DEMO_PASSWORD, ip: '198.51.100.3' })).ok).toBe(false);
    await actAs(world.users.admin);
    expect((await unlockUserAction({ userId: locked.id, version: locked.version })).ok).toBe(true);
    expect((await attemptSignIn({ db, email: locked.email, password: DEMO_PASSWORD, ip: '198.51.100.3' })).ok).toBe(true);
  });
});

describe('reference data', () => {
  it('creates and edits entries, validating per field', async () => {
    await actAs(world.users.admin);
    const code = `T-${Date.now()}`;
    const bad = await saveReferenceAction({
      kind: 'facility',
      values: { type: 'SCHOOL', name: '', address: 'x', districtId: world.district.id, latitude: '99', longitude: '71', active: true },
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'values.name': { key: 'validation.required' }, 'values.latitude': { key: 'validation.latitude' } } });
    const created = await saveReferenceAction({
      kind: 'criminalArticle',
      values: { code, titleEn: 'T', titleRu: 'Т', titleKk: 'Т', gravity: 'GRAVE', active: true },
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const clash = await saveReferenceAction({
      kind: 'criminalArticle',
      values: { code, titleEn: 'T2', titleRu: 'Т', titleKk: 'Т', gravity: 'GRAVE', active: true },
    });
    expect(clash).toMatchObject({ ok: false, fieldErrors: { 'values.code': { key: 'validation.codeTaken' } } });
    const original = { code, titleEn: 'T', titleRu: 'Т', titleKk: 'Т', gravity: 'GRAVE', active: true };
    const edited = await saveReferenceAction({ kind: 'criminalArticle', id: created.data.id, values: { ...original, titleEn: 'Edited' }, original });
    expect(edited.ok).toBe(true);
    // A second editor still holding the old values loses, and nothing of theirs is written.
    const stale = await saveReferenceAction({ kind: 'criminalArticle', id: created.data.id, values: { ...original, titleEn: 'Stale' }, original });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect((await db.criminalArticle.findUniqueOrThrow({ where: { id: created.data.id } })).titleEn).toBe('Edited');
  });

  it('edits districts, refusing a code that is taken', async () => {
    await actAs(world.users.admin);
    const values = { code: world.district2.code, nameEn: 'D', nameRu: 'Д', nameKk: 'Д', regionId: world.region.id, latitude: '51.2', longitude: '71.5' };
    expect(await saveReferenceAction({ kind: 'district', values })).toMatchObject({
      ok: false,
      fieldErrors: { 'values.code': { key: 'validation.codeTaken' } },
    });
    const renamed = await saveReferenceAction({ kind: 'district', id: world.district2.id, values: { ...values, nameEn: 'Renamed' } });
    expect(renamed.ok).toBe(true);
    expect((await db.district.findUniqueOrThrow({ where: { id: world.district2.id } })).nameEn).toBe('Renamed');
  });

  it('edits only known settings, within their range', async () => {
    await actAs(world.users.admin);
    await db.setting.upsert({ where: { key: 'exclusion.defaultRadiusM' }, create: { key: 'exclusion.defaultRadiusM', value: '300' }, update: {} });
    const out = await saveReferenceAction({ kind: 'setting', id: 'exclusion.defaultRadiusM', values: { value: '10' } });
    expect(out).toMatchObject({ ok: false, fieldErrors: { 'values.value': { key: 'validation.radiusRange' } } });
    const unknown = await saveReferenceAction({ kind: 'setting', id: 'no.such.setting', values: { value: '1' } });
    expect(unknown).toMatchObject({ ok: false, code: 'not_found' });
    const ok = await saveReferenceAction({ kind: 'setting', id: 'exclusion.defaultRadiusM', values: { value: '300' } });
    expect(ok.ok).toBe(true);
  });
});
