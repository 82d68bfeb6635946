import { defineAction } from '@/lib/actions/define-action';
import { ZChangePassword, ZCredentialReset } from './schemas';
import { changePassword, issuePasswordReset, resetSecondFactor } from './manage-credentials';

export const changePasswordAction = defineAction({
  name: 'account.changePassword',
  permission: 'account.manage',
  schema: ZChangePassword,
  handler: async ({ tx, actor, input }) => {
    await changePassword({ tx, actor, input });
    return { data: { done: true }, audit: { targetType: 'User', targetId: actor.id, details: { otherSessionsEnded: true } } };
  },
});

/** Returns the link's token once; only its hash is kept. */
export const issuePasswordResetAction = defineAction({
  name: 'user.passwordReset',
  permission: 'user.manage',
  schema: ZCredentialReset,
  handler: async ({ tx, actor, input }) => {
    const { user, token, expiresAt } = await issuePasswordReset({ tx, actor, input });
    return {
      data: { token, expiresAt: expiresAt.toISOString() },
      audit: { targetType: 'User', targetId: user.id, details: { reason: input.reason, expiresAt } },
    };
  },
});

export const resetSecondFactorAction = defineAction({
  name: 'user.secondFactorReset',
  permission: 'user.manage',
  schema: ZCredentialReset,
  handler: async ({ tx, actor, input }) => {
    const user = await resetSecondFactor({ tx, actor, input });
    return { data: { userId: user.id }, audit: { targetType: 'User', targetId: user.id, details: { reason: input.reason } } };
  },
});
