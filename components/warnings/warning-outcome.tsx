import { getLocale, getTranslations } from 'next-intl/server';
import { formatLongDate } from '@/lib/i18n/long-form';

type TOutcome = { outcome: 'PENDING' | 'SIGNED' | 'REFUSED'; signedOn: Date | null; refusedOn: Date | null; refusalWitness: string | null };

/**
 * Where a warning stands (awaiting signature, signed on …, refused on … before a witness), in the
 * words of the section's namespace: supervision warnings ("warnings") and public-order warnings
 * ("publicOrderWarnings") word it each their own way, with the same keys `outcome.*`.
 */
export async function WarningOutcome({ warning: w, namespace, testId }: { warning: TOutcome; namespace: 'warnings' | 'publicOrderWarnings'; testId: string }) {
  const t = await getTranslations(namespace);
  const locale = await getLocale();
  return (
    <span
      className={w.outcome === 'PENDING' ? 'font-medium text-amber-900' : w.outcome === 'SIGNED' ? 'text-green-800' : 'text-slate-800'}
      data-testid={testId}
    >
      {w.outcome === 'SIGNED' && w.signedOn
        ? t('outcome.SIGNED', { date: formatLongDate(w.signedOn, locale) })
        : w.outcome === 'REFUSED' && w.refusedOn
          ? t('outcome.REFUSED', { date: formatLongDate(w.refusedOn, locale), witness: w.refusalWitness ?? '' })
          : t('outcome.PENDING')}
    </span>
  );
}
