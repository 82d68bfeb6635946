'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';
import { createInFlightGuard, type TInFlightGuard } from './in-flight';

/**
 * The one hook every server-action form uses (docs/decisions/022-structure.md).
 *
 * - One submission at a time: a guard held in a ref is set before the first await, so a fast
 *   double click sends once even before `pending` re-renders the button disabled.
 * - With `setError` (a react-hook-form form), the server's field errors land on the fields;
 *   without it (a few controls in plain state, a one-button action) they are in `errors`.
 * - `formError` is the form-level message: `_form`, else the action's own message (a conflict, a
 *   refusal, a record gone, "check the fields"), or `errors.network` when the request itself
 *   failed. The typed values stay as they were.
 * - `extra` carries the data a refusal brings with it (the existing person of a taken IIN).
 *
 * The action's wrapper refreshes the page in its own response (lib/actions/refresh-page.ts), so
 * server data shows the change when `submit` returns.
 */
export function useActionForm<TValues extends FieldValues = FieldValues>(options: { setError?: UseFormSetError<TValues> } = {}) {
  const t = useTranslations();
  const guard = useRef<TInFlightGuard | null>(null);
  guard.current ??= createInFlightGuard();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [formError, setFormError] = useState<TMessage | null>(null);
  const [extra, setExtra] = useState<Record<string, unknown> | undefined>();
  const msg = (m?: TMessage | null) => (m ? (t.has(m.key) ? t(m.key, m.values) : t('errors.unexpected')) : '');

  async function submit<TData>(call: () => Promise<TActionResult<TData>>): Promise<TData | null> {
    const outcome = await guard.current!.run(async () => {
      setPending(true);
      setErrors({});
      setFormError(null);
      setExtra(undefined);
      try {
        return await call();
      } catch {
        return null;
      } finally {
        setPending(false);
      }
    });
    if (!outcome.ran) return null;
    const result = outcome.value;
    if (result === null) {
      setFormError({ key: 'errors.network' });
      return null;
    }
    if (result.ok) return result.data;
    const { _form, ...fields } = result.fieldErrors ?? {};
    if (options.setError) {
      for (const [path, message] of Object.entries(fields)) options.setError(path as Path<TValues>, { type: 'server', message: message.key });
    } else setErrors(fields);
    setExtra(result.extra);
    setFormError(_form ?? result.message);
    return null;
  }

  return { submit, pending, errors, formError, extra, msg };
}
