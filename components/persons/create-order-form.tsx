'use client';

import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZCreateOrder } from '@/lib/supervision/schemas';
import { FACILITY_TYPES, type TRestrictionParams } from '@/lib/supervision/restrictions';
import { createOrder } from '@/lib/persons/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { SelectOptions } from '@/components/forms/select-options';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TOption } from '@/lib/reference/options';

type TIn = z.input<typeof ZCreateOrder>;

const NEW_RESTRICTION: Record<TRestrictionParams['type'], TRestrictionParams> = {
  REPORTING: { type: 'REPORTING', timesPerMonth: 2 },
  CURFEW: { type: 'CURFEW', from: '22:00', to: '06:00' },
  EXCLUSION_ZONE: { type: 'EXCLUSION_ZONE', radiusM: 300, facilityTypes: ['SCHOOL', 'KINDERGARTEN'] },
  TRAVEL_LIMIT: { type: 'TRAVEL_LIMIT', area: '' },
  MASS_EVENTS_BAN: { type: 'MASS_EVENTS_BAN' },
};

export function CreateOrderForm({
  personId,
  defaultStart,
  legalBases,
  courts,
}: {
  personId: string;
  defaultStart: string;
  legalBases: (TOption & { defaultTermYears: number | null })[];
  courts: TOption[];
}) {
  const t = useTranslations('orderForm');
  const tr = useTranslations('restriction');
  const router = useRouter();
  const form = useForm<TIn, unknown, z.output<typeof ZCreateOrder>>({
    resolver: zodResolver(ZCreateOrder),
    defaultValues: {
      personId,
      legalBasisId: '',
      courtId: '',
      rulingNumber: '',
      rulingDate: '',
      startDate: defaultStart,
      endDate: '',
      lifelong: false,
      restrictions: [],
    },
  });
  const restrictions = useFieldArray({ control: form.control, name: 'restrictions' });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  const lifelong = useWatch({ control: form.control, name: 'lifelong' });
  const basisId = useWatch({ control: form.control, name: 'legalBasisId' });
  const watchedRestrictions = useWatch({ control: form.control, name: 'restrictions' });
  const basis = legalBases.find((b) => b.value === basisId);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- per-type errors of a discriminated union
  const rErr = (i: number) => errors.restrictions?.[i] as any;

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={form.handleSubmit(async () => {
        const done = await submit(() => createOrder(form.getValues()));
        if (done) router.push(`/persons/${personId}`);
      })}
    >
      <fieldset className="card grid gap-3 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{t('ruling')}</legend>
        <Field id="legalBasisId" label={t('legalBasis')} error={errors.legalBasisId}>
          <select {...form.register('legalBasisId')} {...errorProps('legalBasisId', errors.legalBasisId)} className="input">
            <SelectOptions options={legalBases} placeholder={t('choose')} />
          </select>
        </Field>
        <Field id="courtId" label={t('court')} error={errors.courtId}>
          <select {...form.register('courtId')} {...errorProps('courtId', errors.courtId)} className="input">
            <SelectOptions options={courts} placeholder={t('choose')} />
          </select>
        </Field>
        <Field id="rulingNumber" label={t('rulingNumber')} error={errors.rulingNumber}>
          <input {...form.register('rulingNumber')} {...errorProps('rulingNumber', errors.rulingNumber)} className="input" />
        </Field>
        <Field id="rulingDate" label={t('rulingDate')} error={errors.rulingDate}>
          <input type="date" {...form.register('rulingDate')} {...errorProps('rulingDate', errors.rulingDate)} className="input" />
        </Field>
        <Field id="startDate" label={t('startDate')} error={errors.startDate} hint={t('startHint')}>
          <input type="date" {...form.register('startDate')} {...errorProps('startDate', errors.startDate)} className="input" />
        </Field>
        <Field
          id="endDate"
          label={t('endDate')}
          error={errors.endDate}
          hint={basis?.defaultTermYears ? t('endHint', { years: basis.defaultTermYears }) : t('endHintNoDefault')}
        >
          <input type="date" disabled={lifelong} {...form.register('endDate')} {...errorProps('endDate', errors.endDate)} className="input" />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register('lifelong')} />
          {t('lifelong')}
        </label>
      </fieldset>

      <fieldset className="card flex flex-col gap-4">
        <legend className="px-1 text-lg font-semibold">{t('restrictions')}</legend>
        {restrictions.fields.length === 0 && <p className="text-sm text-slate-600">{t('noRestrictions')}</p>}
        {restrictions.fields.map((field, index) => {
          const type = (watchedRestrictions?.[index]?.type ?? field.type) as TRestrictionParams['type'];
          return (
            <div key={field.id} className="flex flex-col gap-2 rounded border border-slate-200 p-3" data-testid="restriction-row">
              <div className="flex items-center justify-between">
                <strong className="text-sm">{tr(`type.${type}`)}</strong>
                <button type="button" className="btn-secondary py-1" onClick={() => restrictions.remove(index)}>
                  {t('remove')}
                </button>
              </div>
              {type === 'REPORTING' && (
                <Field id={`r-${index}-times`} label={t('timesPerMonth')} error={rErr(index)?.timesPerMonth}>
                  <input
                    type="number"
                    min={1}
                    max={4}
                    {...form.register(`restrictions.${index}.timesPerMonth` as never)}
                    {...errorProps(`r-${index}-times`, rErr(index)?.timesPerMonth)}
                    className="input w-32"
                  />
                </Field>
              )}
              {type === 'CURFEW' && (
                <div className="flex gap-3">
                  <Field id={`r-${index}-from`} label={t('curfewFrom')} error={rErr(index)?.from}>
                    <input
                      type="time"
                      {...form.register(`restrictions.${index}.from` as never)}
                      {...errorProps(`r-${index}-from`, rErr(index)?.from)}
                      className="input"
                    />
                  </Field>
                  <Field id={`r-${index}-to`} label={t('curfewTo')} error={rErr(index)?.to}>
                    <input
                      type="time"
                      {...form.register(`restrictions.${index}.to` as never)}
                      {...errorProps(`r-${index}-to`, rErr(index)?.to)}
                      className="input"
                    />
                  </Field>
                </div>
              )}
              {type === 'EXCLUSION_ZONE' && (
                <div className="flex flex-wrap gap-4">
                  <Field id={`r-${index}-radius`} label={t('radius')} error={rErr(index)?.radiusM}>
                    <input
                      type="number"
                      {...form.register(`restrictions.${index}.radiusM` as never)}
                      {...errorProps(`r-${index}-radius`, rErr(index)?.radiusM)}
                      className="input w-32"
                    />
                  </Field>
                  <fieldset className="flex flex-wrap items-center gap-3 text-sm">
                    <legend className="font-medium">{t('facilityTypes')}</legend>
                    {FACILITY_TYPES.map((f) => (
                      <label key={f} className="flex items-center gap-1">
                        <input type="checkbox" value={f} {...form.register(`restrictions.${index}.facilityTypes` as never)} />
                        {tr(`facility.${f}`)}
                      </label>
                    ))}
                    <span className="text-xs text-red-700" aria-live="polite">
                      {rErr(index)?.facilityTypes ? t('facilityTypesRequired') : ''}
                    </span>
                  </fieldset>
                </div>
              )}
              {type === 'TRAVEL_LIMIT' && (
                <Field id={`r-${index}-area`} label={t('area')} error={rErr(index)?.area}>
                  <input {...form.register(`restrictions.${index}.area` as never)} {...errorProps(`r-${index}-area`, rErr(index)?.area)} className="input" />
                </Field>
              )}
            </div>
          );
        })}
        <div className="flex flex-wrap gap-2">
          {(Object.keys(NEW_RESTRICTION) as TRestrictionParams['type'][]).map((type) => (
            <button key={type} type="button" className="btn-secondary" onClick={() => restrictions.append(NEW_RESTRICTION[type] as never)}>
              + {tr(`type.${type}`)}
            </button>
          ))}
        </div>
      </fieldset>

      <FormError error={formError} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
