'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { issueWarning } from '@/lib/warnings/server-actions';
import { WARNING_TYPES } from '@/lib/warnings/schemas';
import { useActionForm } from '@/components/forms/use-action-form';

/** Issue a warning: choose type and document language, confirm, and the PDF is generated. */
export function IssueWarningForm({ personId }: { personId: string }) {
  const t = useTranslations('warnings');
  const [type, setType] = useState<string>(WARNING_TYPES[0]);
  const [language, setLanguage] = useState<'RU' | 'KK'>('RU');
  const [confirming, setConfirming] = useState(false);
  const [issued, setIssued] = useState(false);
  const form = useActionForm();

  async function onConfirm() {
    const data = await form.submit(() => issueWarning({ personId, type, language }));
    setConfirming(false);
    setIssued(data !== null);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setIssued(false);
        setConfirming(true);
      }}
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3"
    >
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-1 text-sm font-semibold">{t('issueForm.legend')}</legend>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('issueForm.type')}</span>
          <select className="input" value={type} onChange={(e) => setType(e.target.value)} aria-describedby="warning-type-error">
            {WARNING_TYPES.map((wt) => (
              <option key={wt} value={wt}>
                {t(`type.${wt}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('issueForm.language')}</span>
          <select className="input" value={language} onChange={(e) => setLanguage(e.target.value as 'RU' | 'KK')}>
            <option value="RU">{t('issueForm.ru')}</option>
            <option value="KK">{t('issueForm.kk')}</option>
          </select>
        </label>
        {!confirming && (
          <button type="submit" className="btn">
            {t('issueForm.submit')}
          </button>
        )}
      </fieldset>
      <p id="warning-type-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
        {form.msg(form.errors.type ?? form.errors.personId)}
      </p>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="warning-confirm-text"
          className="flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm"
        >
          <span id="warning-confirm-text">{t('issueForm.confirm')}</span>
          <button type="button" className="btn" disabled={form.pending} onClick={onConfirm}>
            {t('issueForm.confirmYes')}
          </button>
          <button type="button" className="btn-secondary" disabled={form.pending} onClick={() => setConfirming(false)}>
            {t('issueForm.cancel')}
          </button>
        </div>
      )}
      {form.formError && !form.errors.type && (
        <p role="alert" className="text-sm text-red-700">
          {form.msg(form.formError)}
        </p>
      )}
      {issued && (
        <p role="status" className="text-sm text-green-800">
          {t('issueForm.issued')}
        </p>
      )}
    </form>
  );
}
