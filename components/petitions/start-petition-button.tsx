'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startPetition } from '@/lib/petitions/server-actions';
import type { TMessage } from '@/lib/actions/errors';

/** Opens the pending petition for an order, or starts one prefilled from the record. */
export function StartPetitionButton({ personId, orderId }: { personId: string; orderId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TMessage | null>(null);
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        className="btn"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await startPetition({ personId, orderId });
          setPending(false);
          if (result.ok) router.push(`/petitions/${result.data.petitionId}`);
          // A rule about the order or the court (no competent court in the reference data) comes as _form.
          else setError(result.fieldErrors?._form ?? result.message);
        }}
      >
        {t('petition.start')}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {t.has(error.key) ? t(error.key, error.values) : t('errors.unexpected')}
        </span>
      )}
    </span>
  );
}
