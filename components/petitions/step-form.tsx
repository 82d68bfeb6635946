'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import * as petitionActions from '@/lib/petitions/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';
import { formatDate } from '@/lib/i18n/format';
import { ConfirmPanel, SummaryList, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';

type TField = { name: string; type: 'text' | 'textarea' | 'date' | 'number' | 'file' };
export type TStepAction = 'endorsePetition' | 'returnPetition' | 'filePetition' | 'withdrawPetition' | 'setHearing' | 'recordAnnouncement' | 'addAttachment';
type TStage = 'closed' | 'fields' | 'confirm';

/**
 * One workflow step as a small form: fixed values (ids, version, outcome) plus the fields the
 * step needs. With `confirm` (an irreversible step), the user checks what will happen before the
 * one button that sends it. Errors appear by the fields; the server decides whether the step is
 * allowed; on success a message names what was recorded and the page shows the new state.
 */
export function StepForm({
  action,
  fixed,
  fields,
  label,
  tone = 'primary',
  confirm,
}: {
  action: TStepAction;
  fixed: Record<string, unknown>;
  fields: TField[];
  label: string;
  tone?: 'primary' | 'secondary' | 'danger';
  /** What the confirmation says will happen (translated by the page). */
  confirm?: { title: string; summary: string };
}) {
  const t = useTranslations();
  const locale = useLocale();
  const flash = useFlash();
  const [stage, setStage] = useState<TStage>('closed');
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Record<string, File>>({});
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [error, setError] = useState<TMessage | null>(null);
  const [pending, setPending] = useState(false);
  const returnTo = useReturnFocus<HTMLButtonElement>(stage === 'confirm');
  const msg = (m?: TMessage | null) => (m ? (t.has(m.key) ? t(m.key, m.values) : t('errors.unexpected')) : '');
  const buttonClass = tone === 'danger' ? 'btn-danger' : tone === 'secondary' ? 'btn-secondary' : 'btn';
  const idBase = `${action}-${String(fixed.outcome ?? '')}`;
  const firstStage: TStage = fields.length > 0 ? 'fields' : confirm ? 'confirm' : 'closed';

  /** The entered values as the user reads them: dates formatted, files by name. */
  function shown(f: TField) {
    if (f.type === 'file') return files[f.name]?.name ?? '—';
    const v = values[f.name] ?? '';
    if (f.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(new Date(`${v}T00:00:00Z`), locale);
    return v || '—';
  }

  async function send() {
    if (pending) return;
    setPending(true);
    setErrors({});
    setError(null);
    try {
      const call = petitionActions[action] as (input: unknown) => Promise<TActionResult<unknown>>;
      // Files travel as FormData: the rest as JSON in "payload" (see defineAction).
      let input: unknown = { ...fixed, ...values };
      if (Object.keys(files).length > 0) {
        const data = new FormData();
        data.set('payload', JSON.stringify(input));
        for (const [name, file] of Object.entries(files)) data.set(name, file);
        input = data;
      }
      const result = await call(input);
      if (result.ok) {
        const doneKey = action === 'recordAnnouncement' ? `${action}${String(fixed.outcome)}` : action;
        flash(t(`petitionSteps.form.done.${doneKey}`, Object.fromEntries(fields.map((f) => [f.name, shown(f)]))));
        setFiles({});
        setValues({});
        setStage('closed');
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setError(result.message);
      setStage(fields.length > 0 ? 'fields' : 'closed');
    } catch {
      setError({ key: 'errors.network' });
    } finally {
      setPending(false);
    }
  }

  if (stage === 'closed') {
    return (
      <div className="flex flex-col gap-1">
        <button
          ref={returnTo}
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => (firstStage === 'closed' ? void send() : setStage(firstStage))}
        >
          {label}
        </button>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {msg(errors._form ?? error)}
          </p>
        )}
      </div>
    );
  }
  if (stage === 'confirm' && confirm) {
    return (
      <ConfirmPanel
        id={`${idBase}-confirm`}
        title={confirm.title}
        confirmLabel={label}
        cancelLabel={t('petition.cancel')}
        tone={tone === 'danger' ? 'danger' : 'primary'}
        pending={pending}
        onConfirm={send}
        onCancel={() => setStage(fields.length > 0 ? 'fields' : 'closed')}
      >
        <p>{confirm.summary}</p>
        {fields.length > 0 && <SummaryList rows={fields.map((f) => ({ label: t(`petition.field.${f.name}`), value: shown(f) }))} />}
      </ConfirmPanel>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm) setStage('confirm');
        else void send();
      }}
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3"
    >
      {fields.map((f) => {
        const id = `${idBase}-${f.name}`;
        const common = {
          id,
          className: 'input',
          value: values[f.name] ?? '',
          'aria-describedby': `${id}-error`,
          'aria-invalid': errors[f.name] ? true : undefined,
        } as const;
        return (
          <div key={f.name} className="flex flex-col gap-1 text-sm">
            <label htmlFor={id} className="font-medium">
              {t(`petition.field.${f.name}`)}
            </label>
            {f.type === 'file' ? (
              <input
                id={id}
                type="file"
                accept="application/pdf,image/jpeg,image/png,image/webp"
                className="text-sm"
                aria-describedby={`${id}-error`}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  setFiles((old) => {
                    const next = { ...old };
                    if (file) next[f.name] = file;
                    else delete next[f.name];
                    return next;
                  });
                }}
              />
            ) : f.type === 'textarea' ? (
              <textarea {...common} rows={3} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
            ) : (
              <input
                {...common}
                type={f.type === 'number' ? 'text' : f.type}
                inputMode={f.type === 'number' ? 'numeric' : undefined}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
              />
            )}
            <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
              {msg(errors[f.name])}
            </p>
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-2">
        <button ref={returnTo} type="submit" className={buttonClass} disabled={pending}>
          {confirm ? t('petitionSteps.form.continue') : label}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            setError(null);
            setErrors({});
            setStage('closed');
          }}
        >
          {t('petition.cancel')}
        </button>
        {/* A rule about the whole step (e.g. the court checked again at filing) comes as _form. */}
        <p role="alert" className="text-sm text-red-700">
          {msg(errors._form ?? error)}
        </p>
      </div>
    </form>
  );
}
