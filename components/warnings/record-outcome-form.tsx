'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { recordWarningOutcome } from '@/app/(app)/warnings/actions';
import { useActionForm } from '@/components/forms/use-action-form';

/** Signed on a date, or refused in front of a named witness. */
export function RecordOutcomeForm({ warningId, version, today }: { warningId: string; version: number; today: string }) {
  const t = useTranslations('warnings.outcomeForm');
  const [outcome, setOutcome] = useState<'SIGNED' | 'REFUSED'>('SIGNED');
  const [date, setDate] = useState(today);
  const [witness, setWitness] = useState('');
  const form = useActionForm(recordWarningOutcome);
  const id = (name: string) => `outcome-${warningId}-${name}`;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ warningId, version, outcome, date, refusalWitness: outcome === 'REFUSED' ? witness : undefined });
      }}
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm"
    >
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 font-semibold">{t('legend')}</legend>
        <label className="flex items-center gap-1"><input type="radio" name={id('outcome')} checked={outcome === 'SIGNED'} onChange={() => setOutcome('SIGNED')} />{t('signed')}</label>
        <label className="flex items-center gap-1"><input type="radio" name={id('outcome')} checked={outcome === 'REFUSED'} onChange={() => setOutcome('REFUSED')} />{t('refused')}</label>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={id('date')} className="font-medium">{t('date')}</label>
          <input id={id('date')} type="date" className="input" value={date} max={today} onChange={(e) => setDate(e.target.value)} aria-describedby={`${id('date')}-error`} aria-invalid={form.errors.date ? true : undefined} />
          <p id={`${id('date')}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">{form.msg(form.errors.date)}</p>
        </div>
        {outcome === 'REFUSED' && (
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor={id('witness')} className="font-medium">{t('witness')}</label>
            <input id={id('witness')} className="input" value={witness} maxLength={200} onChange={(e) => setWitness(e.target.value)} aria-describedby={`${id('witness')}-error`} aria-invalid={form.errors.refusalWitness ? true : undefined} />
            <p id={`${id('witness')}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">{form.msg(form.errors.refusalWitness)}</p>
          </div>
        )}
      </div>
      <div><button type="submit" className="btn" disabled={form.pending}>{t('submit')}</button></div>
      {form.error && Object.keys(form.errors).length === 0 && <p role="alert" className="text-red-700">{form.msg(form.error)}</p>}
    </form>
  );
}
