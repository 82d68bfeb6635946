'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { Field, errorProps } from '@/components/forms/field';
import { SelectOptions } from '@/components/forms/select-options';
import type { TOption } from '@/lib/reference/options';

type TAddressErrors = Partial<Record<string, { message?: string }>>;

/** Address fields under `address.`; coordinates let the exclusion-zone check run at entry. */
export function AddressFields({
  register,
  errors: errorsIn,
  districts,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two form shapes
  register: UseFormRegister<any>;
  errors?: unknown;
  districts: TOption[];
}) {
  const errors = errorsIn as TAddressErrors | undefined;
  const t = useTranslations('addressForm');
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field id="address-kind" label={t('kind')} error={errors?.kind}>
        <select {...register('address.kind')} {...errorProps('address-kind', errors?.kind)} className="input">
          <option value="REGISTERED">{t('kindREGISTERED')}</option>
          <option value="RESIDENCE">{t('kindRESIDENCE')}</option>
        </select>
      </Field>
      <Field id="address-district" label={t('district')} error={errors?.districtId}>
        <select {...register('address.districtId')} {...errorProps('address-district', errors?.districtId)} className="input">
          <SelectOptions options={districts} placeholder={t('choose')} />
        </select>
      </Field>
      <Field id="address-locality" label={t('locality')} error={errors?.locality}>
        <input {...register('address.locality')} {...errorProps('address-locality', errors?.locality)} className="input" />
      </Field>
      <Field id="address-street" label={t('street')} error={errors?.street}>
        <input {...register('address.street')} {...errorProps('address-street', errors?.street)} className="input" />
      </Field>
      <Field id="address-building" label={t('building')} error={errors?.building}>
        <input {...register('address.building')} {...errorProps('address-building', errors?.building)} className="input" />
      </Field>
      <Field id="address-apartment" label={t('apartment')} error={errors?.apartment}>
        <input {...register('address.apartment')} {...errorProps('address-apartment', errors?.apartment)} className="input" />
      </Field>
      <Field id="address-latitude" label={t('latitude')} error={errors?.latitude} hint={t('coordinatesHint')}>
        <input inputMode="decimal" {...register('address.latitude')} {...errorProps('address-latitude', errors?.latitude)} className="input" />
      </Field>
      <Field id="address-longitude" label={t('longitude')} error={errors?.longitude}>
        <input inputMode="decimal" {...register('address.longitude')} {...errorProps('address-longitude', errors?.longitude)} className="input" />
      </Field>
      <Field id="address-valid-from" label={t('validFrom')} error={errors?.validFrom}>
        <input type="date" {...register('address.validFrom')} {...errorProps('address-valid-from', errors?.validFrom)} className="input" />
      </Field>
    </div>
  );
}
