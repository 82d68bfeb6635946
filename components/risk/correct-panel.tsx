'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { correctAssessment } from '@/lib/risk/server-actions';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { useActionForm } from '@/components/forms/use-action-form';

/** Starts a correction of a countersigned assessment (a new draft naming it), with a reason. */
export function CorrectPanel({ assessmentId, version }: { assessmentId: string; version: number }) {
  const t = useTranslations('riskWorkflow.correct');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const opener = useReturnFocus<HTMLButtonElement>(open);
  const { submit, pending, errors, formError, extra, msg } = useActionForm();
  const openId = typeof extra?.assessmentId === 'string' ? extra.assessmentId : null;

  return (
    <div className="flex flex-col gap-2">
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {msg(formError)}{' '}
          {openId && (
            <a className="link" href={`/risk/${openId}`}>
              {t('openExisting')}
            </a>
          )}
        </p>
      )}
      {open ? (
        <ConfirmPanel
          id="risk-correct"
          title={t('button')}
          confirmLabel={t('confirm')}
          cancelLabel={t('cancel')}
          pending={pending}
          onConfirm={async () => {
            const done = await submit(() => correctAssessment({ assessmentId, version, reason }));
            if (done) router.push(`/risk/${done.assessmentId}`);
          }}
          onCancel={() => setOpen(false)}
        >
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t('reason')}</span>
            <textarea
              className="input"
              rows={3}
              maxLength={2000}
              value={reason}
              aria-describedby="risk-correct-error"
              aria-invalid={errors.reason ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <p id="risk-correct-error" className="min-h-4 text-xs text-red-700">
            {msg(errors.reason)}
          </p>
        </ConfirmPanel>
      ) : (
        <button ref={opener} type="button" className="btn-secondary self-start" onClick={() => setOpen(true)}>
          {t('button')}
        </button>
      )}
    </div>
  );
}
