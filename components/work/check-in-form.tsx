'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { CHANNELS, RECORDED_OUTCOMES, ZRecordCheckIn } from '@/lib/checkins/schemas';
import { recordCheckIn } from '@/lib/checkins/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';
import { formatDateTime } from '@/lib/i18n/format';
import { kzDateTimeInput } from '@/lib/time/today';
import { parseLocalDateTime } from '@/lib/validation/fields';

type TIn = z.input<typeof ZRecordCheckIn>;

export function CheckInForm({
  personId,
  slot,
  defaultChannel,
  defaultCurfew,
}: {
  personId: string;
  slot: { id: string; version: number } | null;
  defaultChannel: string;
  defaultCurfew: boolean;
}) {
  const t = useTranslations('checkin');
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const flash = useFlash();
  // One key per opened form: a double click or a resubmission records once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<TIn, unknown, z.output<typeof ZRecordCheckIn>>({
    resolver: zodResolver(ZRecordCheckIn),
    defaultValues: {
      personId,
      checkInId: slot?.id ?? '',
      version: slot?.version,
      channel: defaultChannel as TIn['channel'],
      actualAt: kzDateTimeInput(),
      // No outcome chosen for the officer: saving without choosing is refused, never "attended".
      outcome: undefined,
      excuseReason: '',
      curfewCheck: defaultCurfew,
      personAtHome: '',
      notes: '',
      idempotencyKey,
    },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const [channel, outcome, curfewCheck] = useWatch({ control: form.control, name: ['channel', 'outcome', 'curfewCheck'] });
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      className="card flex flex-col gap-4"
      onSubmit={form.handleSubmit(async () => {
        const values = form.getValues();
        const done = await submit(() => recordCheckIn(values));
        if (!done) return;
        const next = done.proposeViolation ? `/persons/${personId}/violations/new?checkIn=${done.checkInId}` : `/persons/${personId}/timeline`;
        const at = formatDateTime(parseLocalDateTime(values.actualAt), locale);
        flash(tAll('recorded.checkIn', { channel: t(`channel.${values.channel}`), outcome: t(`outcome.${values.outcome}`), at }), { path: next });
        router.push(next);
      })}
    >
      <Field id="channel" label={t('channelLabel')} error={errors.channel}>
        <select {...form.register('channel')} {...errorProps('channel', errors.channel)} className="input">
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="actualAt" label={t('time')} error={errors.actualAt} hint={t('timeHint')}>
        <input type="datetime-local" {...form.register('actualAt')} {...errorProps('actualAt', errors.actualAt)} className="input" />
      </Field>
      <fieldset className="flex flex-col gap-2 text-sm" aria-describedby="outcome-error">
        <legend className="font-medium">{t('outcomeLabel')}</legend>
        {RECORDED_OUTCOMES.map((o) => (
          <label key={o} className="flex items-center gap-2 rounded border border-slate-200 p-3">
            <input type="radio" value={o} {...form.register('outcome')} />
            {t(`outcome.${o}`)}
          </label>
        ))}
        <p id="outcome-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {errors.outcome?.message ? (tAll.has(errors.outcome.message) ? tAll(errors.outcome.message) : tAll('validation.invalid')) : ''}
        </p>
      </fieldset>
      {outcome === 'EXCUSED' && (
        <Field id="excuseReason" label={t('excuseReason')} error={errors.excuseReason}>
          <textarea {...form.register('excuseReason')} {...errorProps('excuseReason', errors.excuseReason)} className="input" rows={2} />
        </Field>
      )}
      {channel === 'HOME_VISIT' && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register('curfewCheck')} />
          {t('curfewCheck')}
        </label>
      )}
      {channel === 'HOME_VISIT' && curfewCheck && (
        <fieldset className="flex flex-col gap-2 text-sm" aria-describedby="personAtHome-error">
          <legend className="font-medium">{t('personAtHome')}</legend>
          <label className="flex items-center gap-2 rounded border border-slate-200 p-3">
            <input type="radio" value="yes" {...form.register('personAtHome')} />
            {t('atHomeYes')}
          </label>
          <label className="flex items-center gap-2 rounded border border-slate-200 p-3">
            <input type="radio" value="no" {...form.register('personAtHome')} />
            {t('atHomeNo')}
          </label>
          <p id="personAtHome-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
            {errors.personAtHome ? t('personAtHomeRequired') : ''}
          </p>
        </fieldset>
      )}
      <Field id="notes" label={t('notes')} error={errors.notes}>
        <textarea {...form.register('notes')} {...errorProps('notes', errors.notes)} className="input" rows={3} />
      </Field>
      <FormError error={formError} />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
