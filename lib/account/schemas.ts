import { z } from 'zod';
import { zId, zPlainString, zRequiredText, zVersion } from '@/lib/validation/fields';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './policy';

/** Length only: the common-password and e-mail rules run on the server (lib/account/password-rules.ts). */
export const zNewPassword = () =>
  z
    .string({ error: 'account.validation.passwordLength' })
    .min(PASSWORD_MIN_LENGTH, 'account.validation.passwordLength')
    .max(PASSWORD_MAX_LENGTH, 'account.validation.passwordLength');

export const ZActivate = z.object({ token: z.string().min(1).max(200), password: zNewPassword() });

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, 'validation.required').max(PASSWORD_MAX_LENGTH, 'validation.tooLong'),
  newPassword: zNewPassword(),
});

/** A six-digit TOTP code or a recovery code (xxxxx-xxxxx); spaces are ignored. */
export const ZSecondFactorCode = z.object({
  code: zPlainString()
    .transform((v) => v.replace(/\s+/g, '').toLowerCase())
    .pipe(z.string().min(6, 'account.validation.codeInvalid').max(20, 'account.validation.codeInvalid')),
});

export const ZCredentialReset = z.object({ userId: zId, version: zVersion, reason: zRequiredText(500) });
