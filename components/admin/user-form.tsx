'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ROLES, ZCreateUser, ZUpdateUserRole } from '@/lib/users/schemas';
import { createUser, updateUserRole } from '@/lib/users/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { SelectOptions } from '@/components/forms/select-options';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';
import type { TOption } from '@/lib/reference/options';
import { ActivationLink } from '@/components/account/activation-link';

type TUnits = { regions: TOption[]; districts: TOption[]; courts: TOption[] };
type TCreateIn = z.input<typeof ZCreateUser>;
type TEditIn = z.input<typeof ZUpdateUserRole>;

function UnitFields({
  role,
  register,
  errors,
  units,
}: {
  role: string;
  register: (name: 'districtId' | 'courtId' | 'regionId') => object;
  errors: Record<string, { message?: string } | undefined>;
  units: TUnits;
}) {
  const t = useTranslations('users');
  if (role === 'OFFICER' || role === 'POLICE')
    return (
      <Field id="districtId" label={t('district')} error={errors.districtId}>
        <select {...register('districtId')} {...errorProps('districtId', errors.districtId)} className="input">
          <SelectOptions options={units.districts} placeholder={t('choose')} />
        </select>
      </Field>
    );
  if (role === 'CLERK')
    return (
      <Field id="courtId" label={t('court')} error={errors.courtId}>
        <select {...register('courtId')} {...errorProps('courtId', errors.courtId)} className="input">
          <SelectOptions options={units.courts} placeholder={t('choose')} />
        </select>
      </Field>
    );
  if (role === 'SUPERVISOR')
    return (
      <Field id="regionId" label={t('region')} error={errors.regionId}>
        <select {...register('regionId')} {...errorProps('regionId', errors.regionId)} className="input">
          <SelectOptions options={units.regions} placeholder={t('choose')} />
        </select>
      </Field>
    );
  return null;
}

/**
 * A new user gets no password: after creation the one-time activation link is shown here, once
 * (docs/decisions/006-own-passwords-and-mfa.md); the administrator hands it to the user.
 */
export function CreateUserForm({ units }: { units: TUnits }) {
  const t = useTranslations('users');
  const tNames = useTranslations('staffNames');
  const tAccount = useTranslations('account.admin');
  const tRole = useTranslations('roles');
  const tAll = useTranslations();
  const flash = useFlash();
  const [created, setCreated] = useState<{ token: string; expiresAt: string; name: string } | null>(null);
  const form = useForm<TCreateIn, unknown, z.output<typeof ZCreateUser>>({
    resolver: zodResolver(ZCreateUser),
    defaultValues: { email: '', fullName: '', fullNameCyr: '', fullNameLat: '', position: '', role: 'OFFICER', districtId: '', courtId: '', regionId: '' },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const role = useWatch({ control: form.control, name: 'role' });
  const errors = form.formState.errors;
  if (created) {
    return (
      <div className="card grid max-w-xl gap-3">
        <ActivationLink token={created.token} expiresAt={created.expiresAt} name={created.name} />
        <Link href="/admin/users" className="btn justify-self-start">
          {tAccount('done')}
        </Link>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="card grid max-w-xl gap-3"
      onSubmit={form.handleSubmit(async () => {
        const values = form.getValues();
        const data = await submit(() => createUser(values));
        if (!data) return;
        flash(tAll('recorded.userCreated', { name: values.fullName.trim(), role: tRole(values.role) }));
        setCreated({ token: data.token, expiresAt: data.expiresAt, name: values.fullName.trim() });
      })}
    >
      <Field id="fullName" label={t('name')} error={errors.fullName}>
        <input {...form.register('fullName')} {...errorProps('fullName', errors.fullName)} className="input" />
      </Field>
      <Field id="fullNameCyr" label={tNames('nameCyr')} error={errors.fullNameCyr}>
        <input {...form.register('fullNameCyr')} {...errorProps('fullNameCyr', errors.fullNameCyr)} className="input" />
      </Field>
      <Field id="fullNameLat" label={tNames('nameLat')} error={errors.fullNameLat}>
        <input {...form.register('fullNameLat')} {...errorProps('fullNameLat', errors.fullNameLat)} className="input" />
      </Field>
      <Field id="position" label={tNames('position')} error={errors.position}>
        <input {...form.register('position')} {...errorProps('position', errors.position)} className="input" />
      </Field>
      <Field id="email" label={t('email')} error={errors.email}>
        <input type="email" {...form.register('email')} {...errorProps('email', errors.email)} className="input" />
      </Field>
      <Field id="role" label={t('role')} error={errors.role}>
        <select {...form.register('role')} {...errorProps('role', errors.role)} className="input">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </select>
      </Field>
      <UnitFields role={role} register={(n) => form.register(n)} errors={errors} units={units} />
      <FormError error={formError} />
      <button type="submit" className="btn justify-self-start" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}

export function EditUserRoleForm({
  units,
  user,
}: {
  units: TUnits;
  user: { id: string; version: number; role: string; districtId: string | null; courtId: string | null; regionId: string | null; fullName: string };
}) {
  const t = useTranslations('users');
  const tRole = useTranslations('roles');
  const tAll = useTranslations();
  const router = useRouter();
  const flash = useFlash();
  const form = useForm<TEditIn, unknown, z.output<typeof ZUpdateUserRole>>({
    resolver: zodResolver(ZUpdateUserRole),
    defaultValues: {
      userId: user.id,
      version: user.version,
      role: user.role as TEditIn['role'],
      districtId: user.districtId ?? '',
      courtId: user.courtId ?? '',
      regionId: user.regionId ?? '',
    },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const role = useWatch({ control: form.control, name: 'role' });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="card grid max-w-xl gap-3"
      onSubmit={form.handleSubmit(async () => {
        const values = form.getValues();
        if (!(await submit(() => updateUserRole(values)))) return;
        flash(tAll('recorded.userRoleSaved', { name: user.fullName, role: tRole(values.role) }), { path: '/admin/users' });
        router.push('/admin/users');
      })}
    >
      <Field id="role" label={t('role')} error={errors.role}>
        <select {...form.register('role')} {...errorProps('role', errors.role)} className="input">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </select>
      </Field>
      <UnitFields role={role} register={(n) => form.register(n)} errors={errors} units={units} />
      <p className="text-xs text-slate-500">{t('roleChangeNote')}</p>
      <FormError error={formError} />
      <button type="submit" className="btn justify-self-start" disabled={pending}>
        {t('save')}
      </button>
    </form>
  );
}
