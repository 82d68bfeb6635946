'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { CHANNELS, ZScheduleAppointment } from '@/lib/checkins/schemas';
import { scheduleAppointment } from '@/lib/checkins/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';
import { parseLocalDateTime } from '@/lib/validation/fields';
import { formatDateTime } from '@/lib/i18n/format';
import { DURATIONS } from '@/lib/agenda/durations';
import { SlotPicker, type TSlotDay } from '@/components/agenda/slot-picker';

type TIn = z.input<typeof ZScheduleAppointment>;

/** An ad-hoc appointment or a planned (curfew) home visit, booked into the officer's free slots. */
export function ScheduleForm({ personId, slots = [] }: { personId: string; slots?: TSlotDay[] }) {
  const t = useTranslations('checkin');
  const tb = useTranslations('agendaBooking');
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const flash = useFlash();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<TIn, unknown, z.output<typeof ZScheduleAppointment>>({
    resolver: zodResolver(ZScheduleAppointment),
    defaultValues: { personId, channel: 'HOME_VISIT', scheduledAt: '', durationMinutes: 30, curfewCheck: false, notes: '', idempotencyKey },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="card flex flex-col gap-3"
      onSubmit={form.handleSubmit(async () => {
        const values = form.getValues();
        if (!(await submit(() => scheduleAppointment(values)))) return;
        flash(tAll('recorded.appointment', { channel: t(`channel.${values.channel}`), at: formatDateTime(parseLocalDateTime(values.scheduledAt), locale) }), {
          path: '/agenda',
        });
        router.push('/agenda');
      })}
    >
      <h2 className="text-lg font-semibold">{t('scheduleHeading')}</h2>
      <Field id="s-channel" label={t('channelLabel')} error={errors.channel}>
        <select {...form.register('channel')} {...errorProps('s-channel', errors.channel)} className="input">
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <SlotPicker id="s-slot" days={slots} onPick={(v) => form.setValue('scheduledAt', v, { shouldValidate: true })} />
      <Field id="s-at" label={t('scheduledAt')} error={errors.scheduledAt}>
        <input type="datetime-local" {...form.register('scheduledAt')} {...errorProps('s-at', errors.scheduledAt)} className="input" />
      </Field>
      <Field id="s-duration" label={tb('duration')} error={errors.durationMinutes}>
        <select {...form.register('durationMinutes')} {...errorProps('s-duration', errors.durationMinutes)} className="input">
          {DURATIONS.map((n) => (
            <option key={n} value={n}>
              {tb('minutes', { count: n })}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register('curfewCheck')} />
        {t('curfewCheck')}
      </label>
      <p className="min-h-4 text-xs text-red-700" aria-live="polite">
        {errors.curfewCheck ? t('curfewNeedsHomeVisit') : ''}
      </p>
      <FormError error={formError} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t('schedule')}
      </button>
    </form>
  );
}
