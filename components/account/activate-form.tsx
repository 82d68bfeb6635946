'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZActivate } from '@/lib/account/schemas';
import { activateAccount } from '@/lib/account/activate-server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';

type TIn = z.input<typeof ZActivate>;

export function ActivateForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('account');
  const [done, setDone] = useState(false);
  const form = useForm<TIn, unknown, z.output<typeof ZActivate>>({ resolver: zodResolver(ZActivate), defaultValues: { token, password: '' } });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  if (done) {
    return (
      <div className="card flex flex-col gap-3">
        <p role="status">{t('activate.done')}</p>
        <Link href="/login" className="btn justify-self-start">
          {t('activate.signIn')}
        </Link>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="card flex flex-col gap-3"
      onSubmit={form.handleSubmit(async (values) => {
        if (await submit(() => activateAccount(values))) setDone(true);
      })}
    >
      <p className="text-sm">{t('activate.intro', { email })}</p>
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="password" label={t('activate.password')} error={errors.password} hint={t('passwordRules')}>
        <input type="password" autoComplete="new-password" {...form.register('password')} {...errorProps('password', errors.password)} className="input" />
      </Field>
      <FormError error={formError} />
      <button type="submit" className="btn" disabled={pending}>
        {t('activate.submit')}
      </button>
    </form>
  );
}
