'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZChangePassword } from '@/lib/account/schemas';
import { changePassword } from '@/lib/account/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';

type TIn = z.input<typeof ZChangePassword>;

/** Changing one's password ends every other session of the user; this one carries on. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations('account');
  const flash = useFlash();
  const form = useForm<TIn, unknown, z.output<typeof ZChangePassword>>({
    resolver: zodResolver(ZChangePassword),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="card grid max-w-xl gap-3"
      onSubmit={form.handleSubmit(async (values) => {
        if (!(await submit(() => changePassword(values)))) return;
        form.reset();
        flash(t('changePassword.done'));
      })}
    >
      <h2 className="text-lg font-semibold">{t('changePassword.heading')}</h2>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="currentPassword" label={t('changePassword.current')} error={errors.currentPassword}>
        <input
          type="password"
          autoComplete="current-password"
          {...form.register('currentPassword')}
          {...errorProps('currentPassword', errors.currentPassword)}
          className="input"
        />
      </Field>
      <Field id="newPassword" label={t('changePassword.new')} error={errors.newPassword} hint={t('passwordRules')}>
        <input
          type="password"
          autoComplete="new-password"
          {...form.register('newPassword')}
          {...errorProps('newPassword', errors.newPassword)}
          className="input"
        />
      </Field>
      <p className="text-xs text-slate-500">{t('changePassword.note')}</p>
      <FormError error={formError} />
      <button type="submit" className="btn justify-self-start" disabled={pending}>
        {t('changePassword.submit')}
      </button>
    </form>
  );
}
