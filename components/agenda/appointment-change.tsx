'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZCancelAppointment, ZRescheduleAppointment } from '@/lib/checkins/schemas';
import { DURATIONS } from '@/lib/agenda/durations';
import { cancelAppointment, rescheduleAppointment } from '@/lib/agenda/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';
import { SlotPicker, type TSlotDay } from './slot-picker';

type TRe = z.input<typeof ZRescheduleAppointment>;
type TCa = z.input<typeof ZCancelAppointment>;
type TItem = { id: string; version: number; scheduledAt: string; durationMinutes: number; cancellable: boolean };

/** Reschedule (into a free slot, with a reason) and, for what the officer booked, cancel. */
export function AppointmentChange({ item, slots }: { item: TItem; slots: TSlotDay[] }) {
  const t = useTranslations('agendaChange');
  const tb = useTranslations('agendaBooking');
  const router = useRouter();
  const flash = useFlash();
  const re = useForm<TRe, unknown, z.output<typeof ZRescheduleAppointment>>({
    resolver: zodResolver(ZRescheduleAppointment),
    defaultValues: { checkInId: item.id, version: item.version, scheduledAt: item.scheduledAt, durationMinutes: item.durationMinutes, reason: '' },
  });
  const ca = useForm<TCa, unknown, z.output<typeof ZCancelAppointment>>({
    resolver: zodResolver(ZCancelAppointment),
    defaultValues: { checkInId: item.id, version: item.version, reason: '' },
  });
  const reSubmit = useActionForm<TRe>({ setError: re.setError });
  const caSubmit = useActionForm<TCa>({ setError: ca.setError });
  const done = (message: string) => {
    flash(message, { path: '/agenda' });
    router.push('/agenda');
  };
  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        className="card flex flex-col gap-3"
        onSubmit={re.handleSubmit(async () => (await reSubmit.submit(() => rescheduleAppointment(re.getValues()))) && done(t('rescheduled')))}
      >
        <h2 className="text-lg font-semibold">{t('rescheduleHeading')}</h2>
        <SlotPicker id="r-slot" days={slots} onPick={(v) => re.setValue('scheduledAt', v, { shouldValidate: true })} />
        <Field id="r-at" label={t('newTime')} error={re.formState.errors.scheduledAt}>
          <input type="datetime-local" {...re.register('scheduledAt')} {...errorProps('r-at', re.formState.errors.scheduledAt)} className="input" />
        </Field>
        <Field id="r-duration" label={tb('duration')} error={re.formState.errors.durationMinutes}>
          <select {...re.register('durationMinutes')} {...errorProps('r-duration', re.formState.errors.durationMinutes)} className="input">
            {DURATIONS.map((n) => (
              <option key={n} value={n}>
                {tb('minutes', { count: n })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="r-reason" label={t('reason')} error={re.formState.errors.reason}>
          <textarea {...re.register('reason')} {...errorProps('r-reason', re.formState.errors.reason)} className="input" rows={2} />
        </Field>
        <FormError error={reSubmit.formError} />
        <button type="submit" className="btn self-start" disabled={reSubmit.pending}>
          {t('reschedule')}
        </button>
      </form>
      {item.cancellable ? (
        <form
          noValidate
          className="card flex flex-col gap-3"
          onSubmit={ca.handleSubmit(async () => (await caSubmit.submit(() => cancelAppointment(ca.getValues()))) && done(t('cancelled')))}
        >
          <h2 className="text-lg font-semibold">{t('cancelHeading')}</h2>
          <Field id="c-reason" label={t('reason')} error={ca.formState.errors.reason}>
            <textarea {...ca.register('reason')} {...errorProps('c-reason', ca.formState.errors.reason)} className="input" rows={2} />
          </Field>
          <FormError error={caSubmit.formError} />
          <button type="submit" className="btn-danger self-start" disabled={caSubmit.pending}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">{t('reportingOnlyMoved')}</p>
      )}
    </div>
  );
}
