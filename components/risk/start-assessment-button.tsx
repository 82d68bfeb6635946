'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startAssessment } from '@/lib/risk/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';

/** Creates the person's draft (or finds the open one) and opens it. */
export function StartAssessmentButton({ personId }: { personId: string }) {
  const t = useTranslations('riskWorkflow.start');
  const router = useRouter();
  const { submit, pending, formError, msg } = useActionForm();
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className="btn self-start"
        disabled={pending}
        onClick={async () => {
          const done = await submit(() => startAssessment({ personId }));
          if (done) router.push(`/risk/${done.assessmentId}`);
        }}
      >
        {t('button')}
      </button>
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {msg(formError)}
        </p>
      )}
    </div>
  );
}
