'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { flagPerson } from '@/lib/escalation/server-actions';
import { FLAG_GROUNDS, type TFlagGround } from '@/lib/escalation/schemas';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';

/** An officer flags the person for a petition: grounds from the list and the reasons in their words. */
export function FlagPersonForm({ personId }: { personId: string }) {
  const t = useTranslations('escalation');
  const [open, setOpen] = useState(false);
  const [grounds, setGrounds] = useState<TFlagGround[]>([]);
  const [reasons, setReasons] = useState('');
  const form = useActionForm();
  if (!open)
    return (
      <button type="button" className="btn self-start" onClick={() => setOpen(true)}>
        {t('flag.submit')}
      </button>
    );
  return (
    <form
      noValidate
      className="flex flex-col gap-3 border-t border-slate-100 pt-3 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await form.submit(() => flagPerson({ personId, grounds, reasons }))) setOpen(false);
      }}
    >
      <fieldset className="flex flex-col gap-1" aria-describedby="flag-grounds-error">
        <legend className="mb-1 font-medium">{t('flag.grounds')}</legend>
        {FLAG_GROUNDS.map((g) => (
          <label key={g} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={grounds.includes(g)}
              onChange={(e) => setGrounds((prev) => (e.target.checked ? [...prev, g] : prev.filter((x) => x !== g)))}
            />
            {t(`grounds.${g}`)}
          </label>
        ))}
        <p id="flag-grounds-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.grounds)}
        </p>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="flag-reasons" className="font-medium">
          {t('flag.reasons')}
        </label>
        <textarea
          id="flag-reasons"
          className="input min-h-24"
          value={reasons}
          onChange={(e) => setReasons(e.target.value)}
          aria-invalid={form.errors.reasons ? true : undefined}
          aria-describedby="flag-reasons-error"
        />
        <p id="flag-reasons-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.reasons)}
        </p>
      </div>
      <FormError error={form.formError} />
      <div className="flex gap-2">
        <button type="submit" className="btn" disabled={form.pending}>
          {form.pending ? t('flag.saving') : t('flag.submit')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t('flag.cancel')}
        </button>
      </div>
    </form>
  );
}
