'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { deactivateUser, reactivateUser, unlockUser } from '@/lib/users/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import { useFlash } from '@/components/ui/flash';

export function UserRowActions({ user }: { user: { id: string; version: number; active: boolean; locked: boolean; email: string } }) {
  const t = useTranslations();
  const flash = useFlash();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TMessage | null>(null);

  /** The action's response carries the refreshed list (lib/actions/refresh-page.ts). */
  async function run(call: () => Promise<{ ok: boolean; message?: TMessage }>, done: string) {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await call();
      if (result.ok) flash(done);
      else setError(result.message ?? { key: 'errors.unexpected' });
    } catch {
      setError({ key: 'errors.network' });
    } finally {
      setPending(false);
    }
  }

  const ref = { userId: user.id, version: user.version };
  return (
    <div className="flex flex-wrap gap-2">
      {user.locked && (
        <button
          type="button"
          className="btn-secondary py-1"
          disabled={pending}
          onClick={() => run(() => unlockUser(ref), t('recorded.userUnlocked', { email: user.email }))}
        >
          {t('users.unlock')}
        </button>
      )}
      {user.active ? (
        <button
          type="button"
          className="btn-danger py-1"
          disabled={pending}
          onClick={() => {
            // Destructive: ends the user's sessions at once, so ask first.
            if (window.confirm(t('users.confirmDeactivate', { email: user.email })))
              void run(() => deactivateUser(ref), t('recorded.userDeactivated', { email: user.email }));
          }}
        >
          {t('users.deactivate')}
        </button>
      ) : (
        <button
          type="button"
          className="btn-secondary py-1"
          disabled={pending}
          onClick={() => run(() => reactivateUser(ref), t('recorded.userReactivated', { email: user.email }))}
        >
          {t('users.reactivate')}
        </button>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {t.has(error.key) ? t(error.key) : t('errors.unexpected')}
        </span>
      )}
    </div>
  );
}
