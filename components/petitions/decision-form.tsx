'use client';

import { useEffect, useRef, useState } from 'react';
import { createInFlightGuard } from '@/components/forms/in-flight';
import { useTranslations } from 'next-intl';
import { decidePetition } from '@/lib/petitions/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import { grantDifference, type TRequestedTerm } from '@/lib/petitions/grant-difference';
import { ZDecidePetition } from '@/lib/petitions/schemas';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';
import { fieldErrorsOf } from '@/components/forms/field-errors';
import { GrantAcknowledgement } from './grant-acknowledgement';
import { DecisionSummary, useTermText, type TDecisionOutcome } from './decision-summary';

const OUTCOMES = ['GRANTED_YEARS', 'GRANTED_LIFELONG', 'DENIED'] as const;
const FIELDS: Record<TDecisionOutcome, { name: string; type: 'text' | 'date' | 'number' | 'textarea' }[]> = {
  GRANTED_YEARS: [
    { name: 'termYears', type: 'number' },
    { name: 'decisionNumber', type: 'text' },
    { name: 'decisionDate', type: 'date' },
    { name: 'reportingTimesPerMonth', type: 'number' },
  ],
  GRANTED_LIFELONG: [
    { name: 'decisionNumber', type: 'text' },
    { name: 'decisionDate', type: 'date' },
    { name: 'reportingTimesPerMonth', type: 'number' },
  ],
  DENIED: [
    { name: 'decisionNumber', type: 'text' },
    { name: 'decisionDate', type: 'date' },
    { name: 'reason', type: 'textarea' },
  ],
};
/** Errors on these are fixed on the fields; the acknowledgement's stay on the summary. */
const FIELD_NAMES = ['outcome', 'termYears', 'decisionNumber', 'decisionDate', 'reportingTimesPerMonth', 'reason', 'scan'];
const NO_ACK = { acknowledgeDifference: false, acknowledgedRulingNumber: '' };

/**
 * The court's decision in the GOV.UK "check your answers" pattern: choose the outcome (none is
 * chosen for the clerk), fill in the ruling, check the summary of what will be recorded, with the
 * order's resulting end (computed on the server by the handler's own function, `endDates`), then
 * "Confirm and record". A grant beyond the request also needs the acknowledgement.
 */
export function DecisionForm({
  petitionId,
  version,
  requested,
  currentEnd,
  endDates,
}: {
  petitionId: string;
  version: number;
  requested: TRequestedTerm;
  /** The order's current end, formatted. */
  currentEnd: string;
  /** The order's end after a grant of N years, formatted, for N = 1…10. */
  endDates: Record<string, string>;
}) {
  const t = useTranslations('petitionDecision');
  const tAll = useTranslations();
  const term = useTermText();
  const flash = useFlash();
  const [stage, setStage] = useState<'closed' | 'fields' | 'check'>('closed');
  const [outcome, setOutcome] = useState<TDecisionOutcome | ''>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [scan, setScan] = useState<File | null>(null);
  const [ack, setAck] = useState(NO_ACK);
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [error, setError] = useState<TMessage | null>(null);
  const [pending, setPending] = useState(false);
  const focusField = useRef<string | null>(null);
  const guard = useRef(createInFlightGuard());
  const returnTo = useReturnFocus<HTMLButtonElement>(stage === 'check');
  // After "Change", the field to change takes the focus (declared after useReturnFocus, so it wins).
  useEffect(() => {
    if (stage !== 'fields' || !focusField.current) return;
    const field = focusField.current === 'outcome' ? `decision-outcome-${outcome}` : `decision-${focusField.current}`;
    focusField.current = null;
    document.getElementById(field)?.focus();
  }, [stage, outcome]);
  const msg = (m?: TMessage | null) => (m ? (tAll.has(m.key) ? tAll(m.key, m.values) : tAll('errors.unexpected')) : '');

  const years = Number(values.termYears);
  const difference = outcome ? grantDifference(requested, outcome === 'GRANTED_YEARS' ? { outcome, termYears: years } : { outcome }) : null;
  const input = () => ({
    petitionId,
    version,
    outcome,
    ...Object.fromEntries((outcome ? FIELDS[outcome] : []).map((f) => [f.name, values[f.name] ?? ''])),
    ...(difference ? ack : {}),
  });

  function showErrors(found: Record<string, TMessage>, message: TMessage | null) {
    setErrors(found);
    setError(message);
    if (Object.keys(found).some((k) => FIELD_NAMES.includes(k))) setStage('fields');
  }

  /** Continue: the same schema as the server, so mistakes show by the fields before the summary. */
  function check() {
    if (!outcome) return showErrors({ outcome: { key: 'validation.required' } }, null);
    const parsed = ZDecidePetition.safeParse({ ...input(), scan: scan ?? undefined });
    if (!parsed.success) return showErrors(fieldErrorsOf(parsed.error), null);
    setErrors({});
    setError(null);
    setStage('check');
  }

  // The same guard as useActionForm: set before the first await, so a fast double click on
  // "Record" sends once. (This form keeps its own state for its two steps, fields then summary.)
  async function record() {
    if (!outcome) return;
    await guard.current.run(async () => {
      setPending(true);
      setError(null);
      try {
        const data = new FormData();
        data.set('payload', JSON.stringify(input()));
        if (scan) data.set('scan', scan);
        const result = await decidePetition(data);
        if (result.ok) {
          flash(t(`done.${outcome}`, { number: values.decisionNumber?.trim() ?? '', years, end: endDates[String(years)] ?? '' }));
          setStage('closed');
          return;
        }
        const found = result.fieldErrors ?? {};
        showErrors(found, Object.keys(found).length > 0 ? null : result.message);
      } catch {
        setError({ key: 'errors.network' });
      } finally {
        setPending(false);
      }
    });
  }

  /** "Change" on the summary: back to the fields, the one to change focused. */
  function change(field: string) {
    focusField.current = field;
    setStage('fields');
  }

  if (stage === 'closed')
    return (
      <button ref={returnTo} type="button" className="btn" onClick={() => setStage('fields')}>
        {t('form.open')}
      </button>
    );

  if (stage === 'check' && outcome) {
    return (
      <ConfirmPanel
        id="decision-check"
        title={t('check.heading')}
        confirmLabel={t('check.confirm')}
        cancelLabel={t('check.back')}
        pending={pending}
        onConfirm={record}
        onCancel={() => setStage('fields')}
        tone={outcome === 'DENIED' ? 'danger' : 'primary'}
      >
        <DecisionSummary
          outcome={outcome}
          values={values}
          scanName={scan?.name ?? null}
          requested={requested}
          currentEnd={currentEnd}
          endDates={endDates}
          onChange={change}
        />
        {difference && (
          <GrantAcknowledgement
            asked={term(difference.requested)}
            granted={term(difference.granted)}
            value={ack}
            onChange={setAck}
            errors={{ acknowledgeDifference: msg(errors.acknowledgeDifference), acknowledgedRulingNumber: msg(errors.acknowledgedRulingNumber) }}
          />
        )}
        <p role="alert" className="text-sm text-red-700">
          {msg(error ?? errors._form)}
        </p>
      </ConfirmPanel>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        check();
      }}
      noValidate
      className="flex w-full flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-3"
    >
      <fieldset className="flex flex-col gap-2 text-sm" aria-describedby="decision-outcome-error">
        <legend className="mb-1 font-semibold">{t('form.outcome')}</legend>
        {OUTCOMES.map((o) => (
          <label key={o} className="flex items-center gap-2">
            <input
              id={`decision-outcome-${o}`}
              type="radio"
              name="decision-outcome"
              value={o}
              checked={outcome === o}
              onChange={() => {
                setOutcome(o);
                setAck(NO_ACK);
                setErrors({});
              }}
            />
            {t(`form.outcomes.${o}`)}
          </label>
        ))}
        <p id="decision-outcome-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {msg(errors.outcome)}
        </p>
      </fieldset>
      {outcome &&
        FIELDS[outcome].map((f) => {
          const id = `decision-${f.name}`;
          const common = {
            id,
            className: 'input',
            value: values[f.name] ?? '',
            'aria-describedby': `${id}-error`,
            'aria-invalid': errors[f.name] ? true : undefined,
          } as const;
          const set = (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [f.name]: e.target.value }));
          return (
            <div key={f.name} className="flex flex-col gap-1 text-sm">
              <label htmlFor={id} className="font-medium">
                {tAll(`petition.field.${f.name}`)}
              </label>
              {f.type === 'textarea' ? (
                <textarea {...common} rows={3} onChange={set} />
              ) : (
                <input {...common} type={f.type === 'number' ? 'text' : f.type} inputMode={f.type === 'number' ? 'numeric' : undefined} onChange={set} />
              )}
              <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
                {msg(errors[f.name])}
              </p>
            </div>
          );
        })}
      {outcome && (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="decision-scan" className="font-medium">
            {tAll('petition.field.scan')}
          </label>
          <input
            id="decision-scan"
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/webp"
            className="text-sm"
            aria-describedby="decision-scan-hint decision-scan-error"
            onChange={(e) => setScan(e.target.files?.[0] ?? null)}
          />
          <p id="decision-scan-hint" className="text-xs text-slate-600">
            {scan ? t('form.scanChosen', { name: scan.name }) : ''}
          </p>
          <p id="decision-scan-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
            {msg(errors.scan)}
          </p>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button ref={returnTo} type="submit" className="btn">
          {t('form.continue')}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            setErrors({});
            setError(null);
            setStage('closed');
          }}
        >
          {t('form.cancel')}
        </button>
        <p role="alert" className="text-sm text-red-700">
          {msg(error ?? errors._form)}
        </p>
      </div>
    </form>
  );
}
