import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from './policy';

// The 49,233 most common passwords of the xato-net 10-million-password corpus, as bundled by
// @zxcvbn-ts/language-common (MIT). Loaded once, on the server only (never shipped to a browser).
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/**
 * The rules the form's schema cannot check: not a common password (ignoring case, and ignoring
 * a run of digits or symbols at either end, the usual way of stretching one to twelve characters)
 * and not containing the user's e-mail name. Returns the i18n key of the broken rule, or null.
 */
export function passwordRuleBroken({ password, email }: { password: string; email: string }): string | null {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-zа-яёәғқңөұүһі]+|[^a-zа-яёәғқңөұүһі]+$/gu, '');
  const list = commonPasswords();
  if (list.has(lower) || (core.length > 0 && list.has(core))) return 'account.validation.passwordCommon';
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 3 && lower.includes(name)) return 'account.validation.passwordHasEmail';
  if (new Set(lower).size < 4 || lower.length < PASSWORD_MIN_LENGTH) return 'account.validation.passwordCommon';
  return null;
}
