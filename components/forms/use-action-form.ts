'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';

/**
 * For small forms kept in plain React state (a few controls, no react-hook-form): the same
 * guarantees as useActionSubmit, which is for react-hook-form forms. Submit state for a small server-action form: one submission at a time (a double click sends
 * once), errors by field. The action's wrapper refreshes the page in its own response
 * (lib/actions/refresh-page.ts), so server data shows the change when the action returns.
 */
export function useActionForm<TData>(call: (input: unknown) => Promise<TActionResult<TData>>) {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [error, setError] = useState<TMessage | null>(null);
  const msg = (m?: TMessage | null) => (m ? (t.has(m.key) ? t(m.key, m.values) : t('errors.unexpected')) : '');

  async function submit(input: unknown): Promise<TData | null> {
    if (pending) return null;
    setPending(true);
    setErrors({});
    setError(null);
    try {
      const result = await call(input);
      if (result.ok) return result.data;
      setErrors(result.fieldErrors ?? {});
      setError(result.message);
      return null;
    } catch {
      setError({ key: 'errors.network' });
      return null;
    } finally {
      setPending(false);
    }
  }

  return { submit, pending, errors, error, msg };
}
