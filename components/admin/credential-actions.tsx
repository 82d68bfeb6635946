'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { issuePasswordReset, resetSecondFactor } from '@/lib/users/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { ActivationLink } from '@/components/account/activation-link';
import { useFlash } from '@/components/ui/flash';

type TKind = 'password' | 'secondFactor';

/**
 * The administrator's two credential resets, each behind a confirmation with a required reason
 * (audited). A password reset shows its one-time link once; the second factor is kept, so the
 * link alone does not let an administrator sign in as the user.
 */
export function CredentialActions({ user }: { user: { id: string; version: number; fullName: string } }) {
  const t = useTranslations();
  const flash = useFlash();
  const [open, setOpen] = useState<TKind | null>(null);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TMessage | null>(null);
  const [link, setLink] = useState<{ token: string; expiresAt: string } | null>(null);
  const passwordButton = useReturnFocus<HTMLButtonElement>(open === 'password');
  const factorButton = useReturnFocus<HTMLButtonElement>(open === 'secondFactor');

  async function send(kind: TKind) {
    setPending(true);
    setError(null);
    try {
      const ref = { userId: user.id, version: user.version, reason };
      const result: TActionResult<unknown> = kind === 'password' ? await issuePasswordReset(ref) : await resetSecondFactor(ref);
      if (!result.ok) {
        setError(result.fieldErrors?.reason ?? result.fieldErrors?._form ?? result.message);
        return;
      }
      setOpen(null);
      setReason('');
      if (kind === 'password') setLink(result.data as { token: string; expiresAt: string });
      else flash(t('account.admin.secondFactorResetDone', { name: user.fullName }));
    } catch {
      setError({ key: 'errors.network' });
    } finally {
      setPending(false);
    }
  }

  const panel = (kind: TKind) => (
    <ConfirmPanel
      id={`reset-${kind}`}
      title={t(kind === 'password' ? 'account.admin.resetPasswordTitle' : 'account.admin.resetSecondFactorTitle', { name: user.fullName })}
      confirmLabel={t(kind === 'password' ? 'account.admin.resetPasswordConfirm' : 'account.admin.resetSecondFactorConfirm')}
      cancelLabel={t('account.admin.cancel')}
      pending={pending}
      tone="danger"
      onConfirm={() => send(kind)}
      onCancel={() => {
        setOpen(null);
        setError(null);
      }}
    >
      <p>{t(kind === 'password' ? 'account.admin.resetPasswordBody' : 'account.admin.resetSecondFactorBody')}</p>
      <label htmlFor={`reset-${kind}-reason`} className="font-medium">
        {t('account.admin.reason')}
      </label>
      <textarea
        id={`reset-${kind}-reason`}
        className="input"
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby={`reset-${kind}-error`}
      />
      <p id={`reset-${kind}-error`} role="alert" className="min-h-4 text-xs text-red-700">
        {error ? (t.has(error.key) ? t(error.key) : t('errors.unexpected')) : ''}
      </p>
    </ConfirmPanel>
  );

  return (
    <div className="card flex max-w-xl flex-col gap-3">
      <h2 className="text-lg font-semibold">{t('account.admin.credentials')}</h2>
      {link && <ActivationLink token={link.token} expiresAt={link.expiresAt} name={user.fullName} />}
      {open ? (
        panel(open)
      ) : (
        <div className="flex flex-wrap gap-2">
          <button
            ref={passwordButton}
            type="button"
            className="btn-secondary"
            onClick={() => {
              setLink(null);
              setOpen('password');
            }}
          >
            {t('account.admin.resetPassword')}
          </button>
          <button
            ref={factorButton}
            type="button"
            className="btn-secondary"
            onClick={() => {
              setLink(null);
              setOpen('secondFactor');
            }}
          >
            {t('account.admin.resetSecondFactor')}
          </button>
        </div>
      )}
    </div>
  );
}
