'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZReportAddressChange } from '@/lib/escalation/schemas';
import { reportAddressChange } from '@/lib/escalation/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { Field, errorProps } from '@/components/forms/field';
import { AddressFields } from '@/components/persons/address-fields';
import type { TOption } from '@/lib/reference/options';

type TIn = z.input<typeof ZReportAddressChange>;

/** An officer records the address found on a home visit, validated as any address; police confirm it. */
export function ReportAddressChangeForm({
  personId,
  districts,
  defaultDistrictId,
  today,
}: {
  personId: string;
  districts: TOption[];
  defaultDistrictId: string;
  today: string;
}) {
  const t = useTranslations('escalation.addressChange');
  const [open, setOpen] = useState(false);
  const blank: TIn = {
    personId,
    foundOn: today,
    note: '',
    address: {
      kind: 'RESIDENCE',
      districtId: defaultDistrictId,
      locality: '',
      street: '',
      building: '',
      apartment: '',
      latitude: '',
      longitude: '',
      validFrom: today,
    },
  };
  const form = useForm<TIn, unknown, z.output<typeof ZReportAddressChange>>({ resolver: zodResolver(ZReportAddressChange), defaultValues: blank });
  const { submit, pending, formError } = useActionForm<TIn>({ setError: form.setError });
  const errors = form.formState.errors;
  if (!open)
    return (
      <button type="button" className="btn-secondary self-start" onClick={() => setOpen(true)}>
        {t('report')}
      </button>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-3 border-t border-slate-100 pt-3"
      onSubmit={form.handleSubmit(async () => {
        const data = await submit(() => reportAddressChange(form.getValues()));
        if (data) {
          form.reset(blank);
          setOpen(false);
        }
      })}
    >
      <h3 className="font-semibold">{t('report')}</h3>
      <AddressFields register={form.register} errors={errors.address} districts={districts} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="address-change-found-on" label={t('foundOn')} error={errors.foundOn}>
          <input type="date" max={today} {...form.register('foundOn')} {...errorProps('address-change-found-on', errors.foundOn)} className="input" />
        </Field>
        <div className="sm:col-span-2">
          <Field id="address-change-note" label={t('note')} error={errors.note}>
            <input {...form.register('note')} {...errorProps('address-change-note', errors.note)} className="input" />
          </Field>
        </div>
      </div>
      <FormError error={formError} />
      <div className="flex gap-2">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t('saving') : t('submit')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
