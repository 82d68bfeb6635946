'use client';

import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, ZRegisterPerson } from '@/lib/persons/schemas';
import { registerPerson } from '@/lib/persons/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { SelectOptions } from '@/components/forms/select-options';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TOption } from '@/lib/reference/options';
import { AddressFields } from './address-fields';
import { ConvictionFields, EMPTY_CONVICTION_FACTS } from './conviction-fields';
import { personName } from '@/lib/persons/person-name';

type TIn = z.input<typeof ZRegisterPerson>;

export function RegisterPersonForm({ options }: { options: { registerDistricts: TOption[]; districts: TOption[]; courts: TOption[]; articles: TOption[] } }) {
  const t = useTranslations('registerForm');
  const router = useRouter();
  const [photo, setPhoto] = useState<File | null>(null);
  const defaultDistrict = options.registerDistricts.length === 1 ? options.registerDistricts[0].value : '';
  const form = useForm<TIn, unknown, z.output<typeof ZRegisterPerson>>({
    resolver: zodResolver(ZRegisterPerson),
    defaultValues: {
      identity: { iin: '', lastName: '', firstName: '', middleName: '', birthDate: '', sex: 'MALE', districtId: defaultDistrict },
      aliases: [],
      address: {
        kind: 'REGISTERED',
        districtId: defaultDistrict,
        locality: '',
        street: '',
        building: '',
        apartment: '',
        latitude: '',
        longitude: '',
        validFrom: '',
      },
      conviction: { articleId: '', courtId: '', caseNumber: '', verdictDate: '', sentenceEnd: '', minorVictim: true, ...EMPTY_CONVICTION_FACTS },
    },
  });
  const aliases = useFieldArray({ control: form.control, name: 'aliases' });
  const { submit, pending, formError, extra } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  const existing = extra?.existingPerson as { id: string; lastName: string; firstName: string } | undefined;

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={form.handleSubmit(async () => {
        if (photo && (photo.size > MAX_PHOTO_BYTES || !(PHOTO_TYPES as readonly string[]).includes(photo.type))) {
          form.setError('photo', { message: photo.size > MAX_PHOTO_BYTES ? 'validation.photoTooLarge' : 'validation.photoType' });
          return;
        }
        const data = new FormData();
        data.set('payload', JSON.stringify(form.getValues()));
        if (photo) data.set('photo', photo);
        const created = await submit(() => registerPerson(data));
        if (created) router.push(`/persons/${created.personId}`);
      })}
    >
      <fieldset className="card grid gap-3 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{t('identity')}</legend>
        <Field id="iin" label={t('iin')} error={errors.identity?.iin} hint={t('iinHint')}>
          <input
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            {...form.register('identity.iin')}
            {...errorProps('iin', errors.identity?.iin)}
            className="input font-mono"
          />
        </Field>
        {existing && (
          <p className="text-sm sm:col-span-2">
            <Link className="link" href={`/persons/${existing.id}`}>
              {t('openExisting', { name: personName(existing, { style: 'short' }) })}
            </Link>
          </p>
        )}
        <Field id="lastName" label={t('lastName')} error={errors.identity?.lastName}>
          <input {...form.register('identity.lastName')} {...errorProps('lastName', errors.identity?.lastName)} className="input" />
        </Field>
        <Field id="firstName" label={t('firstName')} error={errors.identity?.firstName}>
          <input {...form.register('identity.firstName')} {...errorProps('firstName', errors.identity?.firstName)} className="input" />
        </Field>
        <Field id="middleName" label={t('middleName')} error={errors.identity?.middleName}>
          <input {...form.register('identity.middleName')} {...errorProps('middleName', errors.identity?.middleName)} className="input" />
        </Field>
        <Field id="birthDate" label={t('birthDate')} error={errors.identity?.birthDate}>
          <input type="date" {...form.register('identity.birthDate')} {...errorProps('birthDate', errors.identity?.birthDate)} className="input" />
        </Field>
        <Field id="sex" label={t('sex')} error={errors.identity?.sex}>
          <select {...form.register('identity.sex')} {...errorProps('sex', errors.identity?.sex)} className="input">
            <option value="MALE">{t('male')}</option>
            <option value="FEMALE">{t('female')}</option>
          </select>
        </Field>
        <Field id="districtId" label={t('district')} error={errors.identity?.districtId}>
          <select {...form.register('identity.districtId')} {...errorProps('districtId', errors.identity?.districtId)} className="input">
            <SelectOptions options={options.registerDistricts} placeholder={t('choose')} />
          </select>
        </Field>
        <Field id="photo" label={t('photo')} error={errors.photo as { message?: string } | undefined} hint={t('photoHint')}>
          <input
            onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
            type="file"
            accept={PHOTO_TYPES.join(',')}
            {...errorProps('photo', errors.photo)}
            className="text-sm"
          />
        </Field>
      </fieldset>

      <fieldset className="card flex flex-col gap-3">
        <legend className="px-1 text-lg font-semibold">{t('aliases')}</legend>
        {aliases.fields.length === 0 && <p className="text-sm text-slate-600">{t('noAliases')}</p>}
        {aliases.fields.map((field, index) => (
          <div key={field.id} className="grid items-end gap-3 sm:grid-cols-4">
            <Field id={`alias-${index}-last`} label={t('lastName')} error={errors.aliases?.[index]?.lastName}>
              <input
                {...form.register(`aliases.${index}.lastName`)}
                {...errorProps(`alias-${index}-last`, errors.aliases?.[index]?.lastName)}
                className="input"
              />
            </Field>
            <Field id={`alias-${index}-first`} label={t('firstName')} error={errors.aliases?.[index]?.firstName}>
              <input
                {...form.register(`aliases.${index}.firstName`)}
                {...errorProps(`alias-${index}-first`, errors.aliases?.[index]?.firstName)}
                className="input"
              />
            </Field>
            <Field id={`alias-${index}-middle`} label={t('middleName')} error={errors.aliases?.[index]?.middleName}>
              <input
                {...form.register(`aliases.${index}.middleName`)}
                {...errorProps(`alias-${index}-middle`, errors.aliases?.[index]?.middleName)}
                className="input"
              />
            </Field>
            <button type="button" className="btn-secondary mb-5" onClick={() => aliases.remove(index)}>
              {t('removeAlias')}
            </button>
          </div>
        ))}
        <button type="button" className="btn-secondary self-start" onClick={() => aliases.append({ lastName: '', firstName: '', middleName: '' })}>
          {t('addAlias')}
        </button>
      </fieldset>

      <fieldset className="card flex flex-col gap-3">
        <legend className="px-1 text-lg font-semibold">{t('address')}</legend>
        <AddressFields register={form.register} errors={errors.address} districts={options.districts} />
      </fieldset>

      <fieldset className="card flex flex-col gap-3">
        <legend className="px-1 text-lg font-semibold">{t('conviction')}</legend>
        <ConvictionFields register={form.register} errors={errors.conviction} articles={options.articles} courts={options.courts} />
      </fieldset>

      <FormError error={formError} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
