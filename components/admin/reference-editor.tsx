'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { saveReference } from '@/lib/reference/server-actions';
import type { TFieldSpec, TReferenceKind } from '@/lib/reference/kinds';
import type { TMessage } from '@/lib/actions/errors';
import type { TOption } from '@/lib/reference/options';

type TValues = Record<string, string | boolean>;

/** One form for creating or editing a reference row, driven by the field specs. */
export function ReferenceEditor({
  kind,
  fields,
  id,
  initial,
  regions,
  districts,
  onDone,
}: {
  kind: TReferenceKind;
  fields: readonly TFieldSpec[];
  id?: string;
  initial: TValues;
  regions: TOption[];
  districts: TOption[];
  onDone?: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [values, setValues] = useState<TValues>(initial);
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [formError, setFormError] = useState<TMessage | null>(null);
  const [pending, setPending] = useState(false);
  const prefix = `${kind}-${id ?? 'new'}`;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setErrors({});
    setFormError(null);
    try {
      const result = await saveReference({ kind, id, values, original: id ? initial : undefined });
      if (result.ok) {
        if (!id) setValues(initial);
        onDone?.();
        router.refresh();
        return;
      }
      const fieldErrors: Record<string, TMessage> = {};
      for (const [path, message] of Object.entries(result.fieldErrors ?? {})) fieldErrors[path.replace(/^values\./, '')] = message;
      setErrors(fieldErrors);
      setFormError(result.message);
    } catch {
      setFormError({ key: 'errors.network' });
    } finally {
      setPending(false);
    }
  }

  const message = (m: TMessage | null | undefined) => (m ? (t.has(m.key) ? t(m.key, m.values) : t('errors.unexpected')) : '');

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      {fields.map((field) => {
        const inputId = `${prefix}-${field.name}`;
        const common = { id: inputId, 'aria-invalid': errors[field.name] ? true : undefined, 'aria-describedby': `${inputId}-error` } as const;
        const value = values[field.name];
        const set = (v: string | boolean) => setValues((old) => ({ ...old, [field.name]: v }));
        let control: React.ReactNode;
        if (field.kind === 'bool') {
          control = <input type="checkbox" {...common} checked={value === true} onChange={(e) => set(e.target.checked)} />;
        } else if (field.kind === 'select' || field.kind === 'region' || field.kind === 'district' || field.kind === 'optionalDistrict') {
          const options: TOption[] =
            field.kind === 'region'
              ? regions
              : field.kind === 'select'
                ? (field.options ?? []).map((o) => ({ value: o, label: t(`reference.option.${o}`) }))
                : districts;
          control = (
            <select {...common} className="input" value={String(value ?? '')} onChange={(e) => set(e.target.value)}>
              <option value="">{field.kind === 'optionalDistrict' ? t('reference.none') : t('reference.choose')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        } else {
          const type = field.kind === 'date' || field.kind === 'optionalDate' ? 'date' : 'text';
          control = (
            <input
              {...common}
              type={type}
              inputMode={field.kind === 'int' || field.kind === 'number' ? 'decimal' : undefined}
              className="input"
              value={String(value ?? '')}
              onChange={(e) => set(e.target.value)}
            />
          );
        }
        return (
          <div key={field.name} className="flex flex-col gap-1 text-sm">
            <label htmlFor={inputId} className="font-medium">
              {t(`reference.field.${field.name}`)}
            </label>
            {control}
            <p id={`${inputId}-error`} aria-live="polite" className="min-h-4 text-xs text-red-700">
              {message(errors[field.name])}
            </p>
          </div>
        );
      })}
      <div className="flex items-center gap-3 sm:col-span-3">
        <button type="submit" className="btn" disabled={pending}>
          {id ? t('reference.save') : t('reference.add')}
        </button>
        {onDone && (
          <button type="button" className="btn-secondary" onClick={onDone}>
            {t('reference.cancel')}
          </button>
        )}
        <p role="alert" className="text-sm text-red-700">
          {message(formError)}
        </p>
      </div>
    </form>
  );
}

export function ReferenceRow({ cells, editor }: { cells: React.ReactNode[]; editor: Omit<Parameters<typeof ReferenceEditor>[0], 'onDone'> }) {
  const t = useTranslations('reference');
  const [editing, setEditing] = useState(false);
  return (
    <>
      <tr>
        {cells.map((c, i) => (
          <td key={i}>{c}</td>
        ))}
        <td>
          <button type="button" className="btn-secondary py-1" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
            {t('edit')}
          </button>
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={cells.length + 1} className="bg-slate-50">
            <ReferenceEditor {...editor} onDone={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
