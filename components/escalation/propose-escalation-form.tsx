'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { proposeEscalation } from '@/lib/escalation/server-actions';
import type { PROPOSABLE_MOVES } from '@/lib/escalation/schemas';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';

type TMove = (typeof PROPOSABLE_MOVES)[number];

/** An officer proposes one of the escalation moves the violation has, with a reason. */
export function ProposeEscalationForm({ violationId, moves }: { violationId: string; moves: TMove[] }) {
  const t = useTranslations('escalation.proposals');
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<TMove>(moves[0]);
  const [reason, setReason] = useState('');
  const form = useActionForm();
  const id = (name: string) => `propose-${violationId}-${name}`;
  if (!open)
    return (
      <button type="button" className="btn-secondary self-start" onClick={() => setOpen(true)}>
        {t('propose')}
      </button>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-2 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await form.submit(() => proposeEscalation({ violationId, to, reason }))) setOpen(false);
      }}
    >
      <label htmlFor={id('to')} className="font-medium">
        {t('to')}
      </label>
      <select id={id('to')} className="input" value={to} onChange={(e) => setTo(e.target.value as TMove)} aria-describedby={`${id('to')}-error`}>
        {moves.map((m) => (
          <option key={m} value={m}>
            {t(`toValue.${m}`)}
          </option>
        ))}
      </select>
      <p id={`${id('to')}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {form.msg(form.errors.to)}
      </p>
      <label htmlFor={id('reason')} className="font-medium">
        {t('reason')}
      </label>
      <textarea
        id={id('reason')}
        className="input min-h-16"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={form.errors.reason ? true : undefined}
        aria-describedby={`${id('reason')}-error`}
      />
      <p id={`${id('reason')}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {form.msg(form.errors.reason)}
      </p>
      <FormError error={form.formError} />
      <div className="flex gap-2">
        <button type="submit" className="btn" disabled={form.pending}>
          {form.pending ? t('saving') : t('submit')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
