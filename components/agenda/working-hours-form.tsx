'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { ZWorkingHours } from '@/lib/agenda/hours';
import { SLOT_LENGTHS } from '@/lib/agenda/durations';
import { saveWorkingHours } from '@/lib/agenda/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';

type TIn = z.input<typeof ZWorkingHours>;

/** The officer's own working days, hours, slot length and optional lunch break. */
export function WorkingHoursForm({ initial }: { initial: TIn }) {
  const t = useTranslations('agendaSettings');
  const tw = useTranslations('agendaCalendar.weekday');
  const flash = useFlash();
  const form = useForm<TIn, unknown, z.output<typeof ZWorkingHours>>({
    resolver: zodResolver(ZWorkingHours),
    defaultValues: { ...initial, weekdays: initial.weekdays.map(String) },
  });
  const { submit, pending, formError } = useActionForm<TIn>({ setError: form.setError });
  const errors = form.formState.errors;
  const time = (name: 'start' | 'end' | 'lunchStart' | 'lunchEnd') => (
    <Field id={`wh-${name}`} label={t(name)} error={errors[name]}>
      <input type="time" step={300} {...form.register(name)} {...errorProps(`wh-${name}`, errors[name])} className="input" />
    </Field>
  );
  return (
    <form
      noValidate
      className="card flex flex-col gap-3"
      onSubmit={form.handleSubmit(async (values) => {
        const saved = await submit(() => saveWorkingHours({ ...form.getValues(), weekdays: values.weekdays }));
        if (saved) {
          form.setValue('version', saved.version);
          flash(t('saved'));
        }
      })}
    >
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-medium">{t('weekdays')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input type="checkbox" value={String(d)} {...form.register('weekdays')} />
              {tw(String(d) as '1')}
            </label>
          ))}
        </div>
        <p className="min-h-4 text-xs text-red-700" aria-live="polite">
          {errors.weekdays ? t('weekdays') : ''}
        </p>
      </fieldset>
      <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
        {time('start')}
        {time('end')}
        {time('lunchStart')}
        {time('lunchEnd')}
      </div>
      <Field id="wh-slot" label={t('slotMinutes')} error={errors.slotMinutes}>
        <select {...form.register('slotMinutes')} {...errorProps('wh-slot', errors.slotMinutes)} className="input">
          {SLOT_LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <FormError error={formError} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t('save')}
      </button>
    </form>
  );
}
