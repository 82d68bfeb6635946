'use client';

import { useTranslations } from 'next-intl';

type TAck = { acknowledgeDifference: boolean; acknowledgedRulingNumber: string };

/**
 * Shown on the decision's summary when the court granted more than was asked: the clerk ticks
 * that the ruling says so and types its number again. The server checks both (decide-petition.ts).
 */
export function GrantAcknowledgement({
  asked,
  granted,
  value,
  onChange,
  errors,
}: {
  asked: string;
  granted: string;
  value: TAck;
  onChange: (next: TAck) => void;
  errors: { acknowledgeDifference: string; acknowledgedRulingNumber: string };
}) {
  const t = useTranslations('petitionDecision.ack');
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-red-300 bg-white p-3" aria-describedby="ack-text">
      <legend className="px-1 font-semibold text-red-800">{t('heading')}</legend>
      <p id="ack-text">{t('text', { asked, granted })}</p>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={value.acknowledgeDifference}
          aria-invalid={errors.acknowledgeDifference ? true : undefined}
          aria-describedby="ack-checkbox-error"
          onChange={(e) => onChange({ ...value, acknowledgeDifference: e.target.checked })}
        />
        <span>{t('checkbox')}</span>
      </label>
      <p id="ack-checkbox-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
        {errors.acknowledgeDifference}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="ack-ruling-number" className="font-medium">
          {t('rulingNumber')}
        </label>
        <input
          id="ack-ruling-number"
          className="input max-w-xs"
          autoComplete="off"
          value={value.acknowledgedRulingNumber}
          aria-invalid={errors.acknowledgedRulingNumber ? true : undefined}
          aria-describedby="ack-ruling-number-hint ack-ruling-number-error"
          onChange={(e) => onChange({ ...value, acknowledgedRulingNumber: e.target.value })}
        />
        <p id="ack-ruling-number-hint" className="text-xs text-slate-600">
          {t('rulingNumberHint')}
        </p>
        <p id="ack-ruling-number-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {errors.acknowledgedRulingNumber}
        </p>
      </div>
    </fieldset>
  );
}
