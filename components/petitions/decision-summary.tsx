'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/i18n/format';
import type { TRequestedTerm, TTermValue } from '@/lib/petitions/grant-difference';

export type TDecisionOutcome = 'GRANTED_YEARS' | 'GRANTED_LIFELONG' | 'DENIED';

/** A term as the clerk reads it: "3 years", "lifelong", "no term". */
export function useTermText() {
  const t = useTranslations('petitionDecision.term');
  return (v: TTermValue) => (v === 'lifelong' ? t('lifelong') : v === null ? t('none') : t('years', { years: v }));
}

/**
 * "Check your answers" for the court's decision: what will be recorded, the term asked against
 * the term granted, and the order's end before and after. Each answer has a "Change" link back
 * to its field; what the clerk cannot change here (the request, the current end) has none.
 */
export function DecisionSummary({
  outcome,
  values,
  scanName,
  requested,
  currentEnd,
  endDates,
  onChange,
}: {
  outcome: TDecisionOutcome;
  values: Record<string, string>;
  scanName: string | null;
  requested: TRequestedTerm;
  currentEnd: string;
  endDates: Record<string, string>;
  onChange: (field: string) => void;
}) {
  const t = useTranslations('petitionDecision.check');
  const tOutcome = useTranslations('petitionDecision.form.outcomes');
  const locale = useLocale();
  const term = useTermText();
  const years = Number(values.termYears);
  const date = values.decisionDate && /^\d{4}-\d{2}-\d{2}$/.test(values.decisionDate) ? formatDate(new Date(`${values.decisionDate}T00:00:00Z`), locale) : '—';
  const termField = outcome === 'GRANTED_YEARS' ? 'termYears' : 'outcome';
  const rows: { label: string; value: string; field: string | null }[] = [
    { label: t('outcome'), value: tOutcome(outcome), field: 'outcome' },
    { label: t('asked'), value: term(requested.lifelong ? 'lifelong' : requested.termYears), field: null },
    ...(outcome === 'DENIED' ? [] : [{ label: t('granted'), value: term(outcome === 'GRANTED_LIFELONG' ? 'lifelong' : years), field: termField }]),
    { label: t('currentEnd'), value: currentEnd, field: null },
    {
      label: t('newEnd'),
      value:
        outcome === 'GRANTED_YEARS'
          ? (endDates[String(years)] ?? '—')
          : outcome === 'GRANTED_LIFELONG'
            ? t('lifelongEnd')
            : t('unchanged', { end: currentEnd }),
      field: outcome === 'DENIED' ? null : termField,
    },
    { label: t('ruling'), value: t('rulingValue', { number: values.decisionNumber?.trim() ?? '', date }), field: 'decisionNumber' },
    outcome === 'DENIED'
      ? { label: t('reason'), value: values.reason ?? '', field: 'reason' }
      : {
          label: t('reporting'),
          value: values.reportingTimesPerMonth ? t('reportingValue', { times: Number(values.reportingTimesPerMonth) }) : t('reportingUnchanged'),
          field: 'reportingTimesPerMonth',
        },
    { label: t('scan'), value: scanName ?? t('noScan'), field: 'scan' },
  ];
  return (
    <dl className="flex flex-col divide-y divide-amber-200" data-testid="decision-summary">
      {rows.map((r) => (
        <div key={r.label} className="grid gap-1 py-1 sm:grid-cols-[14rem_1fr_6rem]">
          <dt className="font-medium text-slate-700">{r.label}</dt>
          <dd className="whitespace-pre-wrap break-words">{r.value}</dd>
          <dd>
            {r.field && (
              <button type="button" className="link text-sm" onClick={() => onChange(r.field!)}>
                {t('change')}
                <span className="sr-only"> {r.label}</span>
              </button>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
