import { defineAction } from '@/lib/actions/define-action';
import { ZCreateUser, ZUpdateUserRole, ZUserRef } from './schemas';
import { createUser, setUserActive, unlockUser, updateUserRole } from './manage-users';

const target = (id: string, details?: Record<string, unknown>) => ({ targetType: 'User', targetId: id, details });

export const createUserAction = defineAction({
  name: 'user.create',
  permission: 'user.manage',
  schema: ZCreateUser,
  handler: async ({ tx, actor, input }) => {
    const { user, token, expiresAt } = await createUser({ tx, actor, input });
    // The activation token goes back once, to be shown to the administrator; the audit row has only its expiry.
    return {
      data: { userId: user.id, token, expiresAt: expiresAt.toISOString() },
      audit: target(user.id, { role: user.role, email: user.email, activationLinkExpiresAt: expiresAt }),
    };
  },
});

export const updateUserRoleAction = defineAction({
  name: 'user.updateRole',
  permission: 'user.manage',
  schema: ZUpdateUserRole,
  handler: async ({ tx, actor, input }) => {
    const user = await updateUserRole({ tx, actor, input });
    return {
      data: { userId: user.id },
      audit: target(user.id, { role: user.role, districtId: user.districtId, courtId: user.courtId, regionId: user.regionId }),
    };
  },
});

export const deactivateUserAction = defineAction({
  name: 'user.deactivate',
  permission: 'user.manage',
  schema: ZUserRef,
  handler: async ({ tx, actor, input }) => {
    const user = await setUserActive({ tx, actor, input, active: false });
    return { data: { userId: user.id }, audit: target(user.id) };
  },
});

export const reactivateUserAction = defineAction({
  name: 'user.reactivate',
  permission: 'user.manage',
  schema: ZUserRef,
  handler: async ({ tx, actor, input }) => {
    const user = await setUserActive({ tx, actor, input, active: true });
    return { data: { userId: user.id }, audit: target(user.id) };
  },
});

export const unlockUserAction = defineAction({
  name: 'user.unlock',
  permission: 'user.manage',
  schema: ZUserRef,
  handler: async ({ tx, input }) => {
    const user = await unlockUser({ tx, input });
    return { data: { userId: user.id }, audit: target(user.id) };
  },
});
