'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { recordWarningOutcome } from '@/lib/warnings/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';
import { formatDate } from '@/lib/i18n/format';
import { ZRecordWarningOutcome } from '@/lib/warnings/schemas';
import type { TMessage } from '@/lib/actions/errors';
import { fieldErrorsOf } from '@/components/forms/field-errors';

/** Signed on a date, or refused in front of a named witness; neither is chosen for the user, and both are confirmed. */
export function RecordOutcomeForm({ warningId, version, today }: { warningId: string; version: number; today: string }) {
  const t = useTranslations('warnings.outcomeForm');
  const tc = useTranslations('confirmStep.warningOutcome');
  const tAll = useTranslations();
  const locale = useLocale();
  const flash = useFlash();
  const [outcome, setOutcome] = useState<'SIGNED' | 'REFUSED' | ''>('');
  const [date, setDate] = useState(today);
  const [witness, setWitness] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [checked, setChecked] = useState<Record<string, TMessage>>({});
  const form = useActionForm();
  const errors = { ...form.errors, ...checked };
  const returnTo = useReturnFocus<HTMLButtonElement>(confirming);
  const id = (name: string) => `outcome-${warningId}-${name}`;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(new Date(`${date}T00:00:00Z`), locale) : date;
  const summary = outcome === 'REFUSED' ? tc('refused', { date: day, witness: witness.trim() }) : tc('signed', { date: day });

  const input = () => ({ warningId, version, outcome: outcome || undefined, date, refusalWitness: outcome === 'REFUSED' ? witness : undefined });

  async function record() {
    const done = await form.submit(() => recordWarningOutcome(input()));
    setConfirming(false);
    if (done)
      flash(outcome === 'REFUSED' ? tAll('recorded.warningRefused', { date: day, witness: witness.trim() }) : tAll('recorded.warningSigned', { date: day }));
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = ZRecordWarningOutcome.safeParse(input());
        setChecked(parsed.success ? {} : fieldErrorsOf(parsed.error));
        if (parsed.success) setConfirming(true);
      }}
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm"
    >
      <fieldset className="flex flex-wrap gap-4" aria-describedby={`${id('outcome')}-error`}>
        <legend className="mb-1 font-semibold">{t('legend')}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name={id('outcome')} checked={outcome === 'SIGNED'} onChange={() => setOutcome('SIGNED')} />
          {t('signed')}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name={id('outcome')} checked={outcome === 'REFUSED'} onChange={() => setOutcome('REFUSED')} />
          {t('refused')}
        </label>
        <p id={`${id('outcome')}-error`} className="min-h-4 w-full text-xs text-red-700" aria-live="polite">
          {form.msg(errors.outcome)}
        </p>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={id('date')} className="font-medium">
            {t('date')}
          </label>
          <input
            id={id('date')}
            type="date"
            className="input"
            value={date}
            max={today}
            onChange={(e) => setDate(e.target.value)}
            aria-describedby={`${id('date')}-error`}
            aria-invalid={errors.date ? true : undefined}
          />
          <p id={`${id('date')}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
            {form.msg(errors.date)}
          </p>
        </div>
        {outcome === 'REFUSED' && (
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor={id('witness')} className="font-medium">
              {t('witness')}
            </label>
            <input
              id={id('witness')}
              className="input"
              value={witness}
              maxLength={200}
              onChange={(e) => setWitness(e.target.value)}
              aria-describedby={`${id('witness')}-error`}
              aria-invalid={errors.refusalWitness ? true : undefined}
            />
            <p id={`${id('witness')}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
              {form.msg(errors.refusalWitness)}
            </p>
          </div>
        )}
      </div>
      {confirming ? (
        <ConfirmPanel
          id={id('confirm')}
          title={tc('title')}
          confirmLabel={tc('confirm')}
          cancelLabel={tc('cancel')}
          pending={form.pending}
          onConfirm={record}
          onCancel={() => setConfirming(false)}
        >
          <p>{summary}</p>
          <p className="text-slate-700">{tc('final')}</p>
        </ConfirmPanel>
      ) : (
        <div>
          <button ref={returnTo} type="submit" className="btn" disabled={form.pending}>
            {t('submit')}
          </button>
        </div>
      )}
      {form.formError && Object.keys(form.errors).length === 0 && (
        <p role="alert" className="text-red-700">
          {form.msg(form.formError)}
        </p>
      )}
    </form>
  );
}
