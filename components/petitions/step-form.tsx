'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import * as petitionActions from '@/app/(app)/petitions/actions';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';

type TField = { name: string; type: 'text' | 'textarea' | 'date' | 'number' | 'file' };
export type TStepAction = 'endorsePetition' | 'returnPetition' | 'filePetition' | 'withdrawPetition' | 'setHearing' | 'decidePetition' | 'recordAnnouncement' | 'addAttachment';

/**
 * One workflow step as a small form: fixed values (ids, version, outcome) plus the fields the
 * step needs. Errors appear by the fields; the server decides whether the step is allowed.
 */
export function StepForm({ action, fixed, fields, label, tone = 'primary' }: { action: TStepAction; fixed: Record<string, unknown>; fields: TField[]; label: string; tone?: 'primary' | 'secondary' | 'danger' }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(fields.length === 0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Record<string, File>>({});
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [error, setError] = useState<TMessage | null>(null);
  const [pending, setPending] = useState(false);
  const msg = (m?: TMessage | null) => (m ? (t.has(m.key) ? t(m.key, m.values) : t('errors.unexpected')) : '');
  const buttonClass = tone === 'danger' ? 'btn-danger' : tone === 'secondary' ? 'btn-secondary' : 'btn';
  const idBase = `${action}-${String(fixed.outcome ?? '')}`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
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
        setFiles({});
        setValues({});
        setOpen(fields.length === 0);
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setError(result.message);
    } catch {
      setError({ key: 'errors.network' });
    } finally {
      setPending(false);
    }
  }

  if (!open) {
    return <button type="button" className={buttonClass} onClick={() => setOpen(true)}>{label}</button>;
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3">
      {fields.map((f) => {
        const id = `${idBase}-${f.name}`;
        const common = { id, className: 'input', value: values[f.name] ?? '', 'aria-describedby': `${id}-error`, 'aria-invalid': errors[f.name] ? true : undefined } as const;
        return (
          <div key={f.name} className="flex flex-col gap-1 text-sm">
            <label htmlFor={id} className="font-medium">{t(`petition.field.${f.name}`)}</label>
            {f.type === 'file' ? (
              <input id={id} type="file" accept="application/pdf,image/jpeg,image/png,image/webp" className="text-sm" aria-describedby={`${id}-error`} onChange={(e) => {
                const file = e.target.files?.[0];
                setFiles((old) => {
                  const next = { ...old };
                  if (file) next[f.name] = file;
                  else delete next[f.name];
                  return next;
                });
              }} />
            ) : f.type === 'textarea' ? (
              <textarea {...common} rows={3} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
            ) : (
              <input {...common} type={f.type === 'number' ? 'text' : f.type} inputMode={f.type === 'number' ? 'numeric' : undefined} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} />
            )}
            <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">{msg(errors[f.name])}</p>
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>{label}</button>
        {fields.length > 0 && <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>{t('petition.cancel')}</button>}
        {/* A rule about the whole step (e.g. the court checked again at filing) comes as _form. */}
        <p role="alert" className="text-sm text-red-700">{msg(errors._form ?? error)}</p>
      </div>
    </form>
  );
}
