'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { formatMetres } from '@/lib/i18n/long-form';
import type { z } from 'zod';
import { ZAddAddress } from '@/lib/persons/schemas';
import { addAddress } from '@/lib/persons/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import type { TOption } from '@/lib/reference/options';
import { AddressFields } from './address-fields';

type TIn = z.input<typeof ZAddAddress>;
type TFlag = { name: string; distanceM: number };

export function AddAddressForm({ personId, districts, defaultDistrictId }: { personId: string; districts: TOption[]; defaultDistrictId: string }) {
  const t = useTranslations('addressForm');
  const locale = useLocale();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [flags, setFlags] = useState<TFlag[] | null>(null);
  const form = useForm<TIn, unknown, z.output<typeof ZAddAddress>>({
    resolver: zodResolver(ZAddAddress),
    defaultValues: {
      personId,
      address: {
        kind: 'RESIDENCE',
        districtId: defaultDistrictId,
        locality: '',
        street: '',
        building: '',
        apartment: '',
        latitude: '',
        longitude: '',
        validFrom: '',
      },
    },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  return (
    <div className="flex flex-col gap-2">
      {flags && (
        <div role="status" className={flags.length ? 'rounded bg-red-50 p-2 text-sm text-red-800' : 'rounded bg-green-50 p-2 text-sm text-green-800'}>
          {flags.length ? t('flagged', { count: flags.length, nearest: `${flags[0].name} (${formatMetres(flags[0].distanceM, locale)})` }) : t('noFlags')}
        </div>
      )}
      {!open ? (
        <button type="button" className="btn-secondary self-start" onClick={() => setOpen(true)}>
          {t('add')}
        </button>
      ) : (
        <form
          noValidate
          className="flex flex-col gap-3 border-t border-slate-100 pt-3"
          onSubmit={form.handleSubmit(async () => {
            const data = await submit(() => addAddress(form.getValues()));
            if (data) {
              setFlags(data.flags);
              form.reset();
              setOpen(false);
              router.refresh();
            }
          })}
        >
          <h3 className="font-semibold">{t('add')}</h3>
          <AddressFields register={form.register} errors={form.formState.errors.address} districts={districts} />
          <FormError error={formError} />
          <div className="flex gap-2">
            <button type="submit" className="btn" disabled={pending}>
              {t('save')}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
