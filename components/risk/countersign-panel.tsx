'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { countersignAssessment, returnAssessment } from '@/lib/risk/server-actions';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { useActionForm } from '@/components/forms/use-action-form';

/**
 * The supervisor's decision on a submitted assessment: countersign (after a confirmation that
 * names the score and band) or return it to the officer with a reason they will read.
 */
export function CountersignPanel({ assessmentId, version, score, band }: { assessmentId: string; version: number; score: number; band: string }) {
  const t = useTranslations('riskWorkflow.countersign');
  const [mode, setMode] = useState<'idle' | 'countersign' | 'return'>('idle');
  const [reason, setReason] = useState('');
  const opener = useReturnFocus<HTMLButtonElement>(mode !== 'idle');
  const { submit, pending, errors, formError, msg } = useActionForm();

  return (
    <section className="card flex flex-col gap-3" aria-labelledby="risk-countersign-heading">
      <h2 id="risk-countersign-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {msg(formError)}
        </p>
      )}
      {mode === 'countersign' && (
        <ConfirmPanel
          id="risk-countersign"
          title={t('title')}
          confirmLabel={t('confirm')}
          cancelLabel={t('cancel')}
          pending={pending}
          onConfirm={async () => {
            if (await submit(() => countersignAssessment({ assessmentId, version }))) setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        >
          <p>{t('body', { score, band })}</p>
        </ConfirmPanel>
      )}
      {mode === 'return' && (
        <ConfirmPanel
          id="risk-return"
          title={t('returnButton')}
          confirmLabel={t('returnConfirm')}
          cancelLabel={t('cancel')}
          pending={pending}
          tone="danger"
          onConfirm={async () => {
            if (await submit(() => returnAssessment({ assessmentId, version, reason }))) setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        >
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t('reason')}</span>
            <span id="risk-return-hint" className="text-slate-600">
              {t('reasonHint')}
            </span>
            <textarea
              className="input"
              rows={3}
              maxLength={2000}
              value={reason}
              aria-describedby="risk-return-hint risk-return-error"
              aria-invalid={errors.reason ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <p id="risk-return-error" className="min-h-4 text-xs text-red-700">
            {msg(errors.reason)}
          </p>
        </ConfirmPanel>
      )}
      {mode === 'idle' && (
        <div className="flex flex-wrap gap-2">
          <button ref={opener} type="button" className="btn" onClick={() => setMode('countersign')}>
            {t('button')}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setMode('return')}>
            {t('returnButton')}
          </button>
        </div>
      )}
    </section>
  );
}
