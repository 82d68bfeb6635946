'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { reassignPersons } from '@/lib/caseload/server-actions';
import { useSelection } from '@/components/forms/use-selection';
import { useActionForm } from '@/components/forms/use-action-form';
import { ConfirmPanel, SummaryList, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';

type TPerson = { id: string; version: number; name: string; district: string };

/** Pick persons, the officer who takes them, and why; check and confirm; all move or none. */
export function ReassignForm({ persons, officers }: { persons: TPerson[]; officers: { id: string; fullName: string }[] }) {
  const t = useTranslations('reassign');
  const { selected, toggle, setAll } = useSelection();
  const [toOfficerId, setToOfficerId] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useActionForm();
  const flash = useFlash();
  const returnTo = useReturnFocus<HTMLButtonElement>(confirming);
  const chosen = persons.filter((p) => selected.has(p.id));
  async function onConfirm() {
    const data = await form.submit(() => reassignPersons({ persons: chosen.map((p) => ({ id: p.id, version: p.version })), toOfficerId, reason }));
    setConfirming(false);
    if (data) {
      flash(t('done', { count: data.moved, checkIns: data.checkInsMoved }));
      setAll(null);
      setReason('');
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
      noValidate
      className="card flex flex-col gap-3"
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold">{t('persons')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={selected.size === persons.length} onChange={(e) => setAll(e.target.checked ? persons.map((p) => p.id) : null)} />
          {t('all')}
        </label>
        <ul className="flex max-h-96 flex-col gap-1 overflow-y-auto" aria-label={t('persons')}>
          {persons.map((p) => (
            <li key={p.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={selected.has(p.id)} onChange={() => toggle(p.id)} />
                <span>{p.name}</span>
                <span className="text-xs text-slate-600">{p.district}</span>
              </label>
            </li>
          ))}
        </ul>
        <p className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.persons)}
        </p>
      </fieldset>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="reassign-to" className="font-medium">
          {t('to')}
        </label>
        <select id="reassign-to" className="input" value={toOfficerId} onChange={(e) => setToOfficerId(e.target.value)} aria-describedby="reassign-to-error">
          <option value="">{t('choose')}</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.fullName}
            </option>
          ))}
        </select>
        <p id="reassign-to-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.toOfficerId)}
        </p>
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="reassign-reason" className="font-medium">
          {t('reason')}
        </label>
        <textarea
          id="reassign-reason"
          className="input"
          rows={2}
          value={reason}
          maxLength={1000}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby="reassign-reason-error"
        />
        <p id="reassign-reason-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.reason)}
        </p>
      </div>
      {confirming ? (
        <ConfirmPanel
          id="reassign-confirm"
          title={t('confirm', { count: selected.size, officer: officers.find((o) => o.id === toOfficerId)?.fullName ?? '—' })}
          confirmLabel={t('confirmYes')}
          cancelLabel={t('cancel')}
          pending={form.pending}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        >
          <SummaryList
            rows={[
              { label: t('persons'), value: chosen.map((p) => p.name).join(', ') || '—' },
              { label: t('reason'), value: reason.trim() || '—' },
            ]}
          />
        </ConfirmPanel>
      ) : (
        <div>
          <button ref={returnTo} type="submit" className="btn">
            {t('submit', { count: selected.size })}
          </button>
        </div>
      )}
      {form.formError && Object.keys(form.errors).length === 0 && (
        <p role="alert" className="text-sm text-red-700">
          {form.msg(form.formError)}
        </p>
      )}
    </form>
  );
}
