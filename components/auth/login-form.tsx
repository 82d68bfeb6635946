'use client';

import { useState, useSyncExternalStore } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';

const noopSubscribe = () => () => {};

export function LoginForm() {
  const t = useTranslations('login');
  const tLimits = useTranslations('signInLimits');
  // false, true (the one answer for any failure), or the minutes to wait when this address is over its budget (HTTP 429).
  const [error, setError] = useState<boolean | { minutes: number }>(false);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the plain HTML form; keep it disabled so
  // credentials can never end up in a URL.
  const ready = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(false);
    const form = new FormData(event.currentTarget);
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    if (result?.ok && !result.error) {
      // A full page load: the new session starts with no client state of the anonymous one,
      // and the document (title included) is rendered once rather than patched by a refresh.
      window.location.replace('/');
      return;
    }
    setPending(false);
    // lib/auth/auth-route.ts answers `TooManyRequests:<seconds>`.
    const tooMany = /^TooManyRequests:(\d+)$/.exec(result?.error ?? '');
    setError(result?.status === 429 && tooMany ? { minutes: Math.max(1, Math.ceil(Number(tooMany[1]) / 60)) } : true);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="card flex flex-col gap-4" noValidate>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('email')}
        <input name="email" type="email" autoComplete="username" required className="input" aria-describedby="login-error" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required className="input" aria-describedby="login-error" />
      </label>
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {typeof error === 'object' ? tLimits('tooMany', { minutes: error.minutes }) : error ? t('failed') : ''}
      </p>
      <button type="submit" className="btn" disabled={pending || !ready}>
        {pending ? t('signingIn') : t('submit')}
      </button>
    </form>
  );
}
