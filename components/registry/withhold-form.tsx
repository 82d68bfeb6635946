'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { ZRegistryDecision, type TRegistryDecision, type TRegistryDecisionInput } from '@/lib/registry/schemas';
import { reinstateInRegistry, withholdFromRegistry } from '@/lib/registry/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { ConfirmPanel, SummaryList, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';

/**
 * Withhold a person from the public registry or reinstate them: a reason, then a confirmation
 * that says what happens. The version makes a decision taken on a stale page fail with a conflict.
 */
export function WithholdForm({ personId, name, version, withheld }: { personId: string; name: string; version: number; withheld: boolean }) {
  const t = useTranslations('registry.form');
  const tc = useTranslations('confirmStep.registry');
  const tAll = useTranslations();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const form = useForm<TRegistryDecisionInput, unknown, TRegistryDecision>({
    resolver: zodResolver(ZRegistryDecision),
    defaultValues: { personId, version, reason: '' },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const returnTo = useReturnFocus<HTMLButtonElement>(confirming);
  const label = withheld ? t('reinstate') : t('withhold');
  const error = form.formState.errors.reason;

  async function send(values: TRegistryDecision) {
    const call = withheld ? reinstateInRegistry : withholdFromRegistry;
    const data = await submit(() => call({ ...values, personId, version }));
    setConfirming(false);
    if (data) {
      flash(withheld ? tAll('recorded.reinstated', { name }) : tAll('recorded.withheld', { name }));
      form.reset({ personId, version: data.version, reason: '' });
      setOpen(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className={withheld ? 'btn-secondary self-start' : 'btn-danger self-start'} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <form noValidate className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3" onSubmit={form.handleSubmit(() => setConfirming(true))}>
      <Field id="registry-reason" label={t('reason')} error={error} hint={t('reasonHint')}>
        <textarea rows={3} maxLength={1000} readOnly={confirming} {...form.register('reason')} {...errorProps('registry-reason', error)} className="input" />
      </Field>
      {confirming ? (
        <ConfirmPanel
          id="registry-confirm"
          title={withheld ? tc('reinstateTitle', { name }) : tc('withholdTitle', { name })}
          confirmLabel={withheld ? tc('confirmReinstate') : t('confirmYes')}
          cancelLabel={t('cancel')}
          tone={withheld ? 'primary' : 'danger'}
          pending={pending}
          onConfirm={() => form.handleSubmit(send)()}
          onCancel={() => setConfirming(false)}
        >
          <p>{withheld ? tc('reinstateSummary') : t('confirm')}</p>
          <SummaryList rows={[{ label: t('reason'), value: form.getValues('reason').trim() }]} />
        </ConfirmPanel>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button ref={returnTo} type="submit" className={withheld ? 'btn' : 'btn-danger'} disabled={pending}>
            {label}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <FormError error={formError} />
    </form>
  );
}
