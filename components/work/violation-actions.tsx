'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { dismissViolation, escalateViolation } from '@/lib/violations/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';

type TMove = 'ADMIN_PROTOCOL' | 'CRIMINAL_REFERRAL' | 'DISMISSED';

/** The next steps this user may take on a violation; the server checks them again. */
export function ViolationActions({
  violation,
  moves,
  suggestReferral,
}: {
  violation: { id: string; version: number };
  moves: TMove[];
  suggestReferral: boolean;
}) {
  const t = useTranslations('violation');
  const te = useTranslations();
  const [open, setOpen] = useState<TMove | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<TMessage | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, TMessage>>({});
  const [pending, setPending] = useState(false);
  if (moves.length === 0) return null;

  const fields: Record<TMove, string[]> = {
    ADMIN_PROTOCOL: ['protocolNumber', 'protocolDate', 'penalty', 'reason'],
    CRIMINAL_REFERRAL: ['referralNumber', 'reason'],
    DISMISSED: ['reason'],
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!open || pending) return;
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const input = { violationId: violation.id, version: violation.version, ...values };
      const result: TActionResult<unknown> = open === 'DISMISSED' ? await dismissViolation(input) : await escalateViolation({ ...input, to: open });
      if (result.ok) {
        // The action's response carries the refreshed page (lib/actions/refresh-page.ts).
        setOpen(null);
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.message);
    } catch {
      setError({ key: 'errors.network' });
    } finally {
      setPending(false);
    }
  }

  const msg = (m?: TMessage | null) => (m ? (te.has(m.key) ? te(m.key, m.values) : te('errors.unexpected')) : '');
  return (
    <div className="mt-2 flex flex-col gap-2">
      {suggestReferral && moves.includes('CRIMINAL_REFERRAL') && <p className="text-sm font-medium text-red-800">{t('referralSuggested')}</p>}
      <div className="flex flex-wrap gap-2">
        {moves.map((m) => (
          <button
            key={m}
            type="button"
            className={m === 'DISMISSED' ? 'btn-secondary py-1' : 'btn py-1'}
            onClick={() => {
              setOpen(m);
              setValues({});
              setError(null);
            }}
          >
            {t(`move.${m}`)}
          </button>
        ))}
      </div>
      {open && (
        <form onSubmit={submit} noValidate className="grid gap-2 rounded border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
          {fields[open].map((f) => {
            const id = `${violation.id}-${f}`;
            return (
              <div key={f} className="flex flex-col gap-1 text-sm">
                <label htmlFor={id} className="font-medium">
                  {t(`field.${f}`)}
                </label>
                {f === 'reason' ? (
                  <textarea
                    id={id}
                    rows={2}
                    className="input"
                    value={values[f] ?? ''}
                    aria-describedby={`${id}-error`}
                    onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                  />
                ) : (
                  <input
                    id={id}
                    type={f === 'protocolDate' ? 'date' : 'text'}
                    className="input"
                    value={values[f] ?? ''}
                    aria-describedby={`${id}-error`}
                    onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                  />
                )}
                <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
                  {msg(fieldErrors[f])}
                </p>
              </div>
            );
          })}
          <div className="flex items-center gap-2 sm:col-span-2">
            <button type="submit" className="btn py-1" disabled={pending}>
              {t('confirm')}
            </button>
            <button type="button" className="btn-secondary py-1" onClick={() => setOpen(null)}>
              {t('cancel')}
            </button>
            <p role="alert" className="text-sm text-red-700">
              {msg(error)}
            </p>
          </div>
        </form>
      )}
    </div>
  );
}
