'use client';

import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZSecondFactorCode } from '@/lib/account/schemas';
import { submitSecondFactor } from '@/lib/account/second-factor-server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { SignInAgain } from '@/components/account/sign-in-again';

type TIn = z.input<typeof ZSecondFactorCode>;

/** The code step of sign-in; after enrolment it shows the ten recovery codes once. */
export function SecondFactorForm({ mode, children }: { mode: 'enrol' | 'verify'; children: React.ReactNode }) {
  const t = useTranslations('account');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [ended, setEnded] = useState(false);
  const form = useForm<TIn, unknown, z.output<typeof ZSecondFactorCode>>({ resolver: zodResolver(ZSecondFactorCode), defaultValues: { code: '' } });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  // A full page load into the signed-in app, as after the password (components/auth/login-form.tsx).
  const enter = () => window.location.replace('/');

  if (codes) {
    return (
      <div className="card flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t('secondFactor.recoveryHeading')}</h2>
        <p className="text-sm">{t('secondFactor.recoveryIntro')}</p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <button type="button" className="btn" onClick={enter}>
          {t('secondFactor.continue')}
        </button>
      </div>
    );
  }
  if (ended) {
    return <SignInAgain message={t('secondFactorExpired')} linkText={t('secondFactor.signInAgain')} />;
  }
  return (
    <form
      noValidate
      className="card flex flex-col gap-3"
      onSubmit={form.handleSubmit(async (values) => {
        const data = await submit(async () => {
          const result = await submitSecondFactor(values);
          if (!result.ok && result.code === 'unauthenticated') setEnded(true);
          return result;
        });
        if (!data) return;
        if (mode === 'enrol' && data.recoveryCodes) setCodes(data.recoveryCodes);
        else enter();
      })}
    >
      {children}
      <Field id="code" label={t('secondFactor.code')} error={errors.code}>
        <input
          autoComplete="one-time-code"
          inputMode={mode === 'verify' ? 'text' : 'numeric'}
          {...form.register('code')}
          {...errorProps('code', errors.code)}
          className="input font-mono"
        />
      </Field>
      <FormError error={formError} />
      <button type="submit" className="btn" disabled={pending}>
        {t('secondFactor.submit')}
      </button>
      <button type="button" className="btn-secondary" onClick={() => void signOut({ callbackUrl: '/login' })}>
        {t('secondFactor.signOut')}
      </button>
    </form>
  );
}
