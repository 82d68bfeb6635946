'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { deactivateUser, reactivateUser, unlockUser } from '@/app/(app)/admin/users/actions';
import type { TMessage } from '@/lib/actions/errors';

export function UserRowActions({ user }: { user: { id: string; version: number; active: boolean; locked: boolean; email: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TMessage | null>(null);

  async function run(call: () => Promise<{ ok: boolean; message?: TMessage }>) {
    if (pending) return;
    setPending(true);
    setError(null);
    const result = await call();
    setPending(false);
    if (!result.ok) setError(result.message ?? { key: 'errors.unexpected' });
    router.refresh();
  }

  const ref = { userId: user.id, version: user.version };
  return (
    <div className="flex flex-wrap gap-2">
      {user.locked && (
        <button type="button" className="btn-secondary py-1" disabled={pending} onClick={() => run(() => unlockUser(ref))}>
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
            if (window.confirm(t('users.confirmDeactivate', { email: user.email }))) void run(() => deactivateUser(ref));
          }}
        >
          {t('users.deactivate')}
        </button>
      ) : (
        <button type="button" className="btn-secondary py-1" disabled={pending} onClick={() => run(() => reactivateUser(ref))}>
          {t('users.reactivate')}
        </button>
      )}
      {error && <span role="alert" className="text-xs text-red-700">{t.has(error.key) ? t(error.key) : t('errors.unexpected')}</span>}
    </div>
  );
}
