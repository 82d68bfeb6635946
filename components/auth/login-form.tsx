'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function LoginForm() {
  const t = useTranslations('login');
  const [error, setError] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(false);
    const form = new FormData(event.currentTarget);
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign('/');
      return;
    }
    setPending(false);
    setError(true);
  }

  return (
    <form onSubmit={onSubmit} className="card flex flex-col gap-4" noValidate>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('email')}
        <input name="email" type="email" autoComplete="username" required className="input" aria-describedby="login-error" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required className="input" aria-describedby="login-error" />
      </label>
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error ? t('failed') : ''}
      </p>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t('signingIn') : t('submit')}
      </button>
    </form>
  );
}
