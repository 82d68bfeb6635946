'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { issuePublicOrderWarning } from '@/lib/public-order/warnings-server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import type { TSubject } from '@/lib/public-order/subject';

type TIncidentOption = { id: string; label: string };

/**
 * Issue a public-order warning: tick the incidents it refers to (newest first), choose the
 * document's language, confirm; the PDF is generated and cannot be changed afterwards.
 */
export function PublicOrderWarningForm({ subject, incidents }: { subject: TSubject; incidents: TIncidentOption[] }) {
  const t = useTranslations('publicOrderWarnings.form');
  const [chosen, setChosen] = useState<string[]>([]);
  const [language, setLanguage] = useState<'RU' | 'KK'>('RU');
  const [confirming, setConfirming] = useState(false);
  const [issued, setIssued] = useState(false);
  const form = useActionForm();
  const returnTo = useReturnFocus<HTMLButtonElement>(confirming);
  const id = `po-warning-${subject.id}`;

  async function onConfirm() {
    const data = await form.submit(() => issuePublicOrderWarning({ subject, incidentIds: chosen, language }));
    setConfirming(false);
    setIssued(data !== null);
    if (data !== null) setChosen([]);
  }

  const toggle = (incidentId: string, on: boolean) => setChosen((c) => (on ? [...c, incidentId] : c.filter((x) => x !== incidentId)));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setIssued(false);
        setConfirming(true);
      }}
      noValidate
      className="flex flex-col gap-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm"
      data-testid="public-order-warning-form"
    >
      <h3 className="font-semibold">{t('legend')}</h3>
      <fieldset className="flex flex-col gap-1" aria-describedby={`${id}-incidents-error`}>
        <legend className="mb-1 font-medium">{t('incidents')}</legend>
        {incidents.length === 0 && <p className="text-slate-600">{t('noIncidents')}</p>}
        {incidents.map((i) => (
          <label key={i.id} className="flex items-start gap-2">
            <input type="checkbox" checked={chosen.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} disabled={confirming} />
            <span>{i.label}</span>
          </label>
        ))}
        <p id={`${id}-incidents-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.incidentIds ?? form.errors.subject)}
        </p>
      </fieldset>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('language')}</span>
        <select className="input w-fit" value={language} onChange={(e) => setLanguage(e.target.value as 'RU' | 'KK')} disabled={confirming}>
          <option value="RU">{t('ru')}</option>
          <option value="KK">{t('kk')}</option>
        </select>
      </label>
      {confirming ? (
        <ConfirmPanel
          id={`${id}-confirm`}
          title={t('confirm')}
          confirmLabel={t('confirmYes')}
          cancelLabel={t('cancel')}
          pending={form.pending}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div>
          <button ref={returnTo} type="submit" className="btn" disabled={form.pending || incidents.length === 0}>
            {t('submit')}
          </button>
        </div>
      )}
      {form.formError && Object.keys(form.errors).length === 0 && (
        <p role="alert" className="text-red-700">
          {form.msg(form.formError)}
        </p>
      )}
      {issued && (
        <p role="status" className="text-green-800">
          {t('issued')}
        </p>
      )}
    </form>
  );
}
