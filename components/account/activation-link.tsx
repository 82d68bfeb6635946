'use client';

import { useState, useSyncExternalStore } from 'react';
import { useFormatter, useTranslations } from 'next-intl';

const noopSubscribe = () => () => {};

/** A one-time activation or reset link, shown to the administrator once (only its hash is kept). */
export function ActivationLink({ token, expiresAt, name }: { token: string; expiresAt: string; name: string }) {
  const t = useTranslations('account.admin');
  const format = useFormatter();
  const origin = useSyncExternalStore(
    noopSubscribe,
    () => window.location.origin,
    () => '',
  );
  const [copied, setCopied] = useState(false);
  const url = `${origin}/activate/${token}`;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-blue-300 bg-blue-50 p-3 text-sm" data-testid="activation-link">
      <h2 className="text-base font-semibold">{t('linkHeading', { name })}</h2>
      <p>{t('linkIntro', { name, expiresAt: format.dateTime(new Date(expiresAt), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Almaty' }) })}</p>
      <input readOnly value={url} aria-label={t('linkHeading', { name })} className="input font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
      <div className="flex gap-2">
        <button
          type="button"
          className="btn-secondary justify-self-start py-1"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t('copied') : t('copy')}
        </button>
      </div>
    </div>
  );
}
