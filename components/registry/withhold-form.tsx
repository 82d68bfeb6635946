'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ZRegistryDecision, type TRegistryDecision, type TRegistryDecisionInput } from '@/lib/registry/schemas';
import { reinstateInRegistry, withholdFromRegistry } from '@/app/(app)/persons/[id]/registry/actions';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';

/**
 * Withhold a person from the public registry (reason, then a confirm step) or reinstate them
 * (reason). The version makes a decision taken on a stale page fail with a conflict.
 */
export function WithholdForm({ personId, version, withheld }: { personId: string; version: number; withheld: boolean }) {
  const t = useTranslations('registry.form');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<TRegistryDecisionInput, unknown, TRegistryDecision>({ resolver: zodResolver(ZRegistryDecision), defaultValues: { personId, version, reason: '' } });
  const { submit, pending, formError } = useActionSubmit<TRegistryDecisionInput, { personId: string; version: number }>(form.setError);
  const label = withheld ? t('reinstate') : t('withhold');
  const error = form.formState.errors.reason;

  async function send(values: TRegistryDecision) {
    const call = withheld ? reinstateInRegistry : withholdFromRegistry;
    const data = await submit(() => call({ ...values, personId, version }));
    setConfirming(false);
    if (data) {
      setDone(withheld ? t('reinstatedDone') : t('withheldDone'));
      form.reset({ personId, version: data.version, reason: '' });
      setOpen(false);
      router.refresh();
    }
  }

  if (!open) {
    return (
      <div className="flex flex-col gap-1">
        {done && <p role="status" className="text-sm text-green-800">{done}</p>}
        <button type="button" className={withheld ? 'btn-secondary self-start' : 'btn-danger self-start'} onClick={() => { setDone(null); setOpen(true); }}>{label}</button>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3"
      onSubmit={form.handleSubmit((values) => (withheld ? send(values) : setConfirming(true)))}
    >
      <Field id="registry-reason" label={t('reason')} error={error} hint={t('reasonHint')}>
        <textarea rows={3} maxLength={1000} {...form.register('reason')} {...errorProps('registry-reason', error)} className="input" />
      </Field>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="registry-confirm-text" className="flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <span id="registry-confirm-text">{t('confirm')}</span>
          <button type="button" className="btn-danger" disabled={pending} onClick={() => void form.handleSubmit(send)()}>{t('confirmYes')}</button>
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => setConfirming(false)}>{t('cancel')}</button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={withheld ? 'btn' : 'btn-danger'} disabled={pending}>{label}</button>
          <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>{t('cancel')}</button>
        </div>
      )}
      <FormError error={formError} />
    </form>
  );
}
