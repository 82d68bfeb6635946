'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZRegisterPublicOrderPerson } from '@/lib/public-order/schemas';
import { registerPublicOrderPerson } from '@/lib/public-order/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { SelectOptions } from '@/components/forms/select-options';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TOption } from '@/lib/reference/options';
import { PublicOrderAddressFields } from './public-order-address-fields';

type TIn = z.input<typeof ZRegisterPublicOrderPerson>;

/** Police register a person outside supervision; the IIN may route them to an existing record instead. */
export function PublicOrderRegisterForm({ districts }: { districts: TOption[] }) {
  const t = useTranslations('publicOrderRecord.form');
  const router = useRouter();
  const form = useForm<TIn, unknown, z.output<typeof ZRegisterPublicOrderPerson>>({
    resolver: zodResolver(ZRegisterPublicOrderPerson),
    defaultValues: {
      iin: '',
      lastName: '',
      firstName: '',
      middleName: '',
      birthDate: '',
      sex: 'MALE',
      districtId: districts.length === 1 ? districts[0].value : '',
      locality: '',
      street: '',
      building: '',
      apartment: '',
    },
  });
  const { submit, pending, formError, extra } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  const supervisedId = extra?.supervisedPersonId as string | undefined;
  const existingId = extra?.publicOrderPersonId as string | undefined;

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={form.handleSubmit(async () => {
        const created = await submit(() => registerPublicOrderPerson(form.getValues()));
        if (created) router.push(`/public-order/${created.publicOrderPersonId}`);
      })}
    >
      <fieldset className="card grid gap-3 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{t('identity')}</legend>
        <Field id="iin" label={t('iin')} error={errors.iin} hint={t('iinHint')}>
          <input
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            {...form.register('iin')}
            {...errorProps('iin', errors.iin)}
            className="input font-mono"
          />
        </Field>
        {(supervisedId || existingId) && (
          <p className="text-sm sm:col-span-2" data-testid="iin-owner-link">
            {supervisedId ? (
              <Link className="link" href={`/persons/${supervisedId}#public-order`}>
                {t('openSupervised')}
              </Link>
            ) : (
              <Link className="link" href={`/public-order/${existingId}`}>
                {t('openExisting')}
              </Link>
            )}
          </p>
        )}
        <Field id="lastName" label={t('lastName')} error={errors.lastName}>
          <input autoComplete="off" {...form.register('lastName')} {...errorProps('lastName', errors.lastName)} className="input" />
        </Field>
        <Field id="firstName" label={t('firstName')} error={errors.firstName}>
          <input autoComplete="off" {...form.register('firstName')} {...errorProps('firstName', errors.firstName)} className="input" />
        </Field>
        <Field id="middleName" label={t('middleName')} error={errors.middleName}>
          <input autoComplete="off" {...form.register('middleName')} {...errorProps('middleName', errors.middleName)} className="input" />
        </Field>
        <Field id="birthDate" label={t('birthDate')} error={errors.birthDate}>
          <input type="date" {...form.register('birthDate')} {...errorProps('birthDate', errors.birthDate)} className="input" />
        </Field>
        <Field id="sex" label={t('sex')} error={errors.sex}>
          <select {...form.register('sex')} {...errorProps('sex', errors.sex)} className="input">
            <option value="MALE">{t('male')}</option>
            <option value="FEMALE">{t('female')}</option>
          </select>
        </Field>
        <Field id="districtId" label={t('district')} error={errors.districtId}>
          <select {...form.register('districtId')} {...errorProps('districtId', errors.districtId)} className="input">
            <SelectOptions options={districts} placeholder={t('choose')} />
          </select>
        </Field>
      </fieldset>

      <fieldset className="card grid gap-3 sm:grid-cols-4">
        <legend className="px-1 text-lg font-semibold">{t('address')}</legend>
        <PublicOrderAddressFields register={form.register} errors={errors} />
      </fieldset>

      <FormError error={formError} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
