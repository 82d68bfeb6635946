import 'server-only';
import { db } from '@/lib/db/client';
import type { TActionResult } from '@/lib/actions/result';
import { activateWithLink } from './activation';
import { ZActivate } from './schemas';
import { invalid, requestMeta } from './public-actions';

/** Public: the token is the credential. */
export async function activateAccountAction(raw: unknown): Promise<TActionResult<{ done: true }>> {
  const parsed = ZActivate.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues.find((i) => i.path[0] === 'password');
    return invalid(field ? { password: { key: field.message } } : { _form: { key: 'account.linkUnusable' } });
  }
  const { meta } = await requestMeta();
  const result = await activateWithLink({ db, token: parsed.data.token, password: parsed.data.password, meta });
  if (result.ok) return { ok: true, data: { done: true } };
  if (result.reason === 'link') return invalid({ _form: { key: 'account.linkUnusable' } });
  return invalid({ password: { key: result.key } });
}
