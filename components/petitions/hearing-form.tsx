'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/i18n/format';
import * as petitionActions from '@/lib/petitions/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';

type TMode = 'set' | 'reschedule';
const FIELDS = ['hearingDate', 'hearingTime', 'courtroom', 'reason'] as const;
type TField = (typeof FIELDS)[number];

/**
 * Sets a hearing (day, Kazakhstan time, courtroom) or moves it with a reason, against the
 * version the clerk saw: a change by someone else in between comes back as a conflict.
 */
export function HearingForm({
  petitionId,
  version,
  mode,
  current,
}: {
  petitionId: string;
  version: number;
  mode: TMode;
  /** The hearing as set (reschedule): "YYYY-MM-DD", "HH:MM" in Kazakhstan time, courtroom. */
  current?: { hearingDate: string; hearingTime: string; courtroom: string };
}) {
  const t = useTranslations();
  const flash = useFlash();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<TField, string>>({
    hearingDate: current?.hearingDate ?? '',
    hearingTime: current?.hearingTime ?? '',
    courtroom: current?.courtroom ?? '',
    reason: '',
  });
  const form = useActionForm();
  const fields = FIELDS.filter((f) => mode === 'reschedule' || f !== 'reason');
  const label = t(mode === 'set' ? 'hearing.set' : 'hearing.reschedule');

  async function send() {
    const input = { petitionId, version, ...Object.fromEntries(fields.map((f) => [f, values[f]])) };
    const call = mode === 'set' ? petitionActions.setHearing : petitionActions.rescheduleHearing;
    const done = await form.submit(() => call(input));
    if (done === null) return;
    flash(
      t(mode === 'set' ? 'hearing.done.set' : 'hearing.done.rescheduled', {
        date: /^\d{4}-\d{2}-\d{2}$/.test(values.hearingDate) ? formatDate(new Date(`${values.hearingDate}T00:00:00Z`), locale) : values.hearingDate,
        time: values.hearingTime,
        courtroom: values.courtroom,
      }),
    );
    setOpen(false);
  }

  if (!open)
    return (
      <button type="button" className={mode === 'set' ? 'btn' : 'btn-secondary'} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {fields.map((f) => {
        const id = `hearing-${mode}-${f}`;
        const common = {
          id,
          className: 'input',
          value: values[f],
          'aria-describedby': `${id}-error${f === 'hearingTime' ? ` hearing-${mode}-tz` : ''}`,
          'aria-invalid': form.errors[f] ? true : undefined,
          onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value })),
        } as const;
        return (
          <div key={f} className="flex flex-col gap-1 text-sm">
            <label htmlFor={id} className="font-medium">
              {t(`hearing.field.${f}`)}
            </label>
            {f === 'reason' ? (
              <textarea {...common} rows={2} />
            ) : (
              <input {...common} type={f === 'hearingDate' ? 'date' : f === 'hearingTime' ? 'time' : 'text'} />
            )}
            {f === 'hearingTime' && (
              <p id={`hearing-${mode}-tz`} className="text-xs text-slate-600">
                {t('hearing.timeZone')}
              </p>
            )}
            <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
              {form.msg(form.errors[f])}
            </p>
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className="btn" disabled={form.pending}>
          {label}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('hearing.cancel')}
        </button>
        <p role="alert" className="text-sm text-red-700">
          {form.msg(form.formError)}
        </p>
      </div>
    </form>
  );
}
