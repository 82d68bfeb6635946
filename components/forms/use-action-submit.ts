'use client';

import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TActionResult } from '@/lib/actions/result';
import type { TMessage } from '@/lib/actions/errors';

/**
 * Submits through a server action once at a time (a double click sends one request), maps the
 * server's field errors onto the form and keeps the typed values when something fails.
 */
export function useActionSubmit<TValues extends FieldValues, TData>(setError: UseFormSetError<TValues>) {
  const [formError, setFormError] = useState<TMessage | null>(null);
  const [pending, setPending] = useState(false);
  const [extra, setExtra] = useState<Record<string, unknown> | undefined>();

  async function submit(call: () => Promise<TActionResult<TData>>): Promise<TData | null> {
    if (pending) return null;
    setPending(true);
    setFormError(null);
    setExtra(undefined);
    try {
      const result = await call();
      if (result.ok) return result.data;
      for (const [path, message] of Object.entries(result.fieldErrors ?? {})) {
        if (path === '_form') setFormError(message);
        else setError(path as Path<TValues>, { type: 'server', message: message.key });
      }
      setExtra(result.extra);
      if (!result.fieldErrors?._form) setFormError(result.message);
      return null;
    } catch {
      setFormError({ key: 'errors.network' });
      return null;
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, formError, extra };
}
