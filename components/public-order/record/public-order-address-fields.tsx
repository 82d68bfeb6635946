'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field, errorProps } from '@/components/forms/field';

type TAddress = { locality: string; street: string; building: string; apartment?: string };
const FIELDS = ['locality', 'street', 'building', 'apartment'] as const;

/** The address of a public-order record (locality, street, building, apartment optional). */
export function PublicOrderAddressFields<T extends TAddress>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<TAddress> }) {
  const t = useTranslations('publicOrderRecord.form');
  const reg = register as unknown as UseFormRegister<TAddress>;
  return (
    <>
      {FIELDS.map((name) => (
        <Field key={name} id={name} label={t(name)} error={errors[name]}>
          <input {...reg(name)} {...errorProps(name, errors[name])} className="input" />
        </Field>
      ))}
    </>
  );
}
