'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { declineProposal, rejectAddressChange, withdrawFlag } from '@/lib/escalation/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import type { TActionResult } from '@/lib/actions/result';

// The three answers that need only a reason: withdrawing a flag, declining a proposal, rejecting
// an address change. Each is sent against the version the user saw; a conflict keeps the text.
const KINDS = {
  withdrawFlag: { call: withdrawFlag, idField: 'flagId', ns: 'flag', open: 'withdraw', label: 'withdrawReason', submit: 'withdrawSubmit' },
  declineProposal: { call: declineProposal, idField: 'proposalId', ns: 'proposals', open: 'decline', label: 'declineReason', submit: 'declineSubmit' },
  rejectAddressChange: { call: rejectAddressChange, idField: 'changeId', ns: 'addressChange', open: 'reject', label: 'rejectReason', submit: 'rejectSubmit' },
} as const;

export function ReasonForm({ kind, id, version }: { kind: keyof typeof KINDS; id: string; version: number }) {
  const k = KINDS[kind];
  const t = useTranslations(`escalation.${k.ns}`);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const form = useActionForm();
  const call = k.call as (input: unknown) => Promise<TActionResult<unknown>>;
  const fieldId = `${kind}-${id}-reason`;
  if (!open)
    return (
      <button type="button" className="btn-secondary self-start" onClick={() => setOpen(true)}>
        {t(k.open)}
      </button>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-2 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await form.submit(() => call({ [k.idField]: id, version, reason }))) setOpen(false);
      }}
    >
      <label htmlFor={fieldId} className="font-medium">
        {t(k.label)}
      </label>
      <textarea
        id={fieldId}
        className="input min-h-16"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={form.errors.reason ? true : undefined}
        aria-describedby={`${fieldId}-error`}
      />
      <p id={`${fieldId}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {form.msg(form.errors.reason)}
      </p>
      <FormError error={form.formError} />
      <div className="flex gap-2">
        <button type="submit" className="btn" disabled={form.pending}>
          {form.pending ? t('saving') : t(k.submit)}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
