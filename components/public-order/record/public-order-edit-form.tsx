'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZUpdatePublicOrderPerson } from '@/lib/public-order/schemas';
import { updatePublicOrderPerson } from '@/lib/public-order/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { PublicOrderAddressFields } from './public-order-address-fields';

type TIn = z.input<typeof ZUpdatePublicOrderPerson>;
export type TEditableRecord = {
  id: string;
  version: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  locality: string;
  street: string;
  building: string;
  apartment: string | null;
};

/**
 * Police correct names and address. The version read with the page goes with the change: when
 * someone saved first, the server answers with a conflict and the typed values stay in the form.
 */
export function PublicOrderEditForm({ record }: { record: TEditableRecord }) {
  const t = useTranslations('publicOrderRecord.edit');
  const tf = useTranslations('publicOrderRecord.form');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useForm<TIn, unknown, z.output<typeof ZUpdatePublicOrderPerson>>({
    resolver: zodResolver(ZUpdatePublicOrderPerson),
    defaultValues: { ...record, middleName: record.middleName ?? '', apartment: record.apartment ?? '' },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;

  if (!open)
    return (
      <div className="flex items-center gap-3">
        <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
          {t('open')}
        </button>
        <p role="status" className="text-sm text-green-800">
          {saved ? t('saved') : ''}
        </p>
      </div>
    );

  return (
    <form
      noValidate
      aria-label={t('heading')}
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit(async () => {
        setSaved(false);
        const done = await submit(() => updatePublicOrderPerson(form.getValues()));
        if (!done) return;
        form.reset({ ...form.getValues(), version: done.version });
        setSaved(true);
        setOpen(false);
      })}
    >
      <h3 className="font-semibold">{t('heading')}</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="edit-lastName" label={tf('lastName')} error={errors.lastName}>
          <input {...form.register('lastName')} {...errorProps('edit-lastName', errors.lastName)} className="input" />
        </Field>
        <Field id="edit-firstName" label={tf('firstName')} error={errors.firstName}>
          <input {...form.register('firstName')} {...errorProps('edit-firstName', errors.firstName)} className="input" />
        </Field>
        <Field id="edit-middleName" label={tf('middleName')} error={errors.middleName}>
          <input {...form.register('middleName')} {...errorProps('edit-middleName', errors.middleName)} className="input" />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <PublicOrderAddressFields register={form.register} errors={errors} />
      </div>
      <FormError error={formError} />
      <div className="flex gap-2">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
