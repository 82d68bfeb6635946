'use client';

import { useTranslations } from 'next-intl';
import type { FieldError as RhfFieldError } from 'react-hook-form';

/** A labelled control with its error message announced next to it. */
export function Field({
  id,
  label,
  error,
  children,
  hint,
}: {
  id: string;
  label: string;
  error?: RhfFieldError | { message?: string };
  children: React.ReactNode;
  hint?: string;
}) {
  const t = useTranslations();
  const message = error?.message;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {message ? (t.has(message) ? t(message) : t('validation.invalid')) : ''}
      </p>
    </div>
  );
}

/** Props that tie an input to its Field's error message. */
export function errorProps(id: string, error: unknown) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': `${id}-error` } as const;
}
