'use client';

import { useTranslations } from 'next-intl';
import { confirmAddressChange } from '@/lib/escalation/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';

/** Police confirm a found address: it becomes the person's current address of its kind. */
export function ConfirmAddressChangeButton({ changeId, version }: { changeId: string; version: number }) {
  const t = useTranslations('escalation.addressChange');
  const form = useActionForm();
  return (
    <div className="flex flex-col gap-1">
      <button type="button" className="btn self-start" disabled={form.pending} onClick={() => form.submit(() => confirmAddressChange({ changeId, version }))}>
        {form.pending ? t('saving') : t('confirm')}
      </button>
      <FormError error={form.formError} />
    </div>
  );
}
