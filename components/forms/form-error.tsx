'use client';

import { useTranslations } from 'next-intl';
import type { TMessage } from '@/lib/actions/errors';

export function FormError({ error }: { error: TMessage | null }) {
  const t = useTranslations();
  return (
    <p role="alert" aria-live="assertive" className="min-h-5 text-sm font-medium text-red-700">
      {error ? (t.has(error.key) ? t(error.key, error.values) : t('errors.unexpected')) : ''}
    </p>
  );
}
