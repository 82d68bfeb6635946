'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveAssessment, submitAssessment } from '@/lib/risk/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import type { TFormBand, TFormFactor, TFormItem } from '@/lib/risk/form-model';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { useActionForm } from '@/components/forms/use-action-form';

type TRating = 'NONE' | 'SOME' | 'DEFINITE';
const RATINGS: TRating[] = ['NONE', 'SOME', 'DEFINITE'];
type TForm = { answers: Record<string, string | null>; factors: TFormFactor[]; summary: string };
type TSaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

const SAVE_AFTER_MS = 1500;

/**
 * The officer's assessment: one block per item (question, answers, the record's proposal with
 * its source and a Confirm), the running total and the band once complete, the dynamic factors,
 * the summary. It saves itself 1.5 s after the last change and when focus leaves a field, one
 * save at a time against the version it last saw; a conflict is shown and nothing typed is lost.
 */
export function AssessmentForm({
  assessmentId,
  version: initialVersion,
  items,
  bands,
  factors: initialFactors,
  summary: initialSummary,
}: {
  assessmentId: string;
  version: number;
  items: TFormItem[];
  bands: TFormBand[];
  factors: TFormFactor[];
  summary: string;
}) {
  const t = useTranslations('riskWorkflow');
  const tAll = useTranslations();
  const locale = useLocale();
  const [form, setForm] = useState<TForm>({
    answers: Object.fromEntries(items.map((i) => [i.code, i.answer])),
    factors: initialFactors,
    summary: initialSummary,
  });
  const [state, setState] = useState<TSaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<TMessage | null>(null);
  const [conflict, setConflict] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, TMessage>>({});
  const [confirming, setConfirming] = useState(false);
  const submitButton = useReturnFocus<HTMLButtonElement>(confirming);
  const { submit, pending, formError, errors: submitErrors, msg } = useActionForm();

  const version = useRef(initialVersion);
  const latest = useRef(form);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another (a chain), each sending the newest form: the timer, leaving a
  // field and submitting never race each other into a conflict of our own making.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const stopped = useRef(false);

  function payload() {
    const f = latest.current;
    return {
      assessmentId,
      version: version.current,
      answers: f.answers,
      factors: f.factors.map((x) => ({ code: x.code, rating: x.rating, note: x.note })),
      summary: f.summary,
    };
  }

  async function saveNow() {
    if (stopped.current) return;
    const sent = latest.current;
    setState('saving');
    try {
      const result = await saveAssessment(payload());
      if (result.ok) {
        version.current = result.data.version;
        setSavedAt(result.data.savedAt);
        setSaveError(null);
        setFieldErrors({});
        setState(latest.current === sent ? 'saved' : 'dirty');
      } else {
        if (result.code === 'conflict') {
          setConflict(true);
          stopped.current = true;
        }
        setSaveError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        setState('error');
      }
    } catch {
      setSaveError({ key: 'errors.network' });
      setState('error');
    }
  }

  function queueSave() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(saveNow);
    return chain.current;
  }

  function change(next: TForm) {
    latest.current = next;
    setForm(next);
    setState('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void queueSave(), SAVE_AFTER_MS);
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const setAnswer = (code: string, answer: string | null) => change({ ...latest.current, answers: { ...latest.current.answers, [code]: answer } });
  const setFactor = (code: string, patch: Partial<TFormFactor>) =>
    change({ ...latest.current, factors: latest.current.factors.map((f) => (f.code === code ? { ...f, ...patch } : f)) });

  // The running total of confirmed answers; a band only once every item is answered.
  let score = 0;
  let answered = 0;
  for (const item of items) {
    const chosen = item.answers.find((a) => a.code === form.answers[item.code]);
    if (chosen) {
      score += chosen.points;
      answered += 1;
    }
  }
  const complete = answered === items.length;
  const band = complete ? bands.find((b) => score >= b.min && score <= b.max) : undefined;
  const allRated = form.factors.every((f) => f.rating !== null);

  const errorOf = (key: string) => submitErrors[key] ?? fieldErrors[key];
  const time = savedAt
    ? new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB', { timeStyle: 'short', timeZone: 'Asia/Almaty' }).format(
        new Date(savedAt),
      )
    : '';
  const stateText = state === 'saved' ? t('save.saved', { time }) : t(`save.${state}`);

  async function send() {
    if (timer.current) clearTimeout(timer.current);
    await chain.current;
    stopped.current = true;
    const done = await submit(() => submitAssessment(payload()));
    if (!done) stopped.current = conflict;
    setConfirming(false);
  }

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      aria-label={t('title')}
      onSubmit={(e) => e.preventDefault()}
      onBlur={() => {
        if (state === 'dirty') void queueSave();
      }}
    >
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded bg-white/95 p-2 shadow-sm">
        <p className="font-medium" data-testid="risk-running-total">
          {complete ? t('total.complete', { score }) : t('total.running', { score, answered, count: items.length })}
          {band ? ` · ${t('total.band', { band: band.label })}` : ''}
        </p>
        <p role="status" aria-live="polite" className="text-sm text-slate-600" data-testid="risk-save-state">
          {stateText}
        </p>
      </div>
      {(saveError || conflict) && (
        <div role="alert" className="flex flex-wrap items-center gap-2 rounded bg-red-50 p-3 text-sm text-red-800">
          <span>{msg(saveError)}</span>
          {conflict && (
            <button type="button" className="btn-secondary" onClick={() => window.location.reload()}>
              {t('save.reload')}
            </button>
          )}
        </div>
      )}

      <section className="card flex flex-col gap-4" aria-labelledby="risk-items-heading">
        <h2 id="risk-items-heading" className="text-lg font-semibold">
          {t('items')}
        </h2>
        {items.map((item, index) => {
          const error = errorOf(`answers.${item.code}`);
          const proposedLabel = item.answers.find((a) => a.code === item.proposed)?.label;
          const confirmed = item.proposed !== null && form.answers[item.code] === item.proposed;
          return (
            <fieldset
              key={item.code}
              className="flex flex-col gap-1 border-t border-slate-200 pt-3 text-sm"
              aria-describedby={`item-${item.code}-source item-${item.code}-error`}
              data-testid={`risk-item-${item.code}`}
            >
              <legend className="font-medium">
                {index + 1}. {item.question}
              </legend>
              <p id={`item-${item.code}-source`} className="text-slate-600">
                {/* No proposal: the source says why (e.g. "not recorded"); otherwise the proposal and where it came from. */}
                {proposedLabel
                  ? `${t('item.proposal', { answer: proposedLabel })}${item.source ? ` — ${item.source}` : ''}`
                  : (item.source ?? t('item.noProposal'))}
              </p>
              {proposedLabel && (
                <button
                  type="button"
                  className="btn-secondary self-start"
                  disabled={confirmed}
                  aria-pressed={confirmed}
                  onClick={() => setAnswer(item.code, item.proposed)}
                >
                  {confirmed ? t('item.confirmed') : t('item.confirm')}
                  <span className="sr-only">: {item.question}</span>
                </button>
              )}
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {item.answers.map((a) => (
                  <label key={a.code} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name={`answer-${item.code}`}
                      value={a.code}
                      checked={form.answers[item.code] === a.code}
                      onChange={() => setAnswer(item.code, a.code)}
                    />
                    {a.label} <span className="text-slate-500">({t('item.points', { points: a.points })})</span>
                  </label>
                ))}
              </div>
              <p id={`item-${item.code}-error`} className="min-h-4 text-xs text-red-700">
                {msg(error)}
              </p>
            </fieldset>
          );
        })}
      </section>

      <section className="card flex flex-col gap-3" aria-labelledby="risk-factors-heading">
        <h2 id="risk-factors-heading" className="text-lg font-semibold">
          {t('factors.heading')}
        </h2>
        <p className="text-sm text-slate-600">{t('factors.hint')}</p>
        {form.factors.map((f) => (
          <fieldset
            key={f.code}
            className="flex flex-col gap-1 border-t border-slate-200 pt-2 text-sm"
            aria-describedby={`factor-${f.code}-error`}
            data-testid={`risk-factor-${f.code}`}
          >
            <legend className="font-medium">{f.title}</legend>
            <div className="flex flex-wrap gap-x-4">
              {RATINGS.map((r) => (
                <label key={r} className="flex items-center gap-1">
                  <input type="radio" name={`factor-${f.code}`} value={r} checked={f.rating === r} onChange={() => setFactor(f.code, { rating: r })} />
                  {t(`factors.rating.${r}`)}
                </label>
              ))}
            </div>
            <label className="flex flex-col gap-1">
              <span className="text-slate-600">{t('factors.note', { factor: f.title })}</span>
              <textarea className="input" rows={2} maxLength={2000} value={f.note} onChange={(e) => setFactor(f.code, { note: e.target.value })} />
            </label>
            <p id={`factor-${f.code}-error`} className="min-h-4 text-xs text-red-700">
              {msg(errorOf(`factors.${f.code}`))}
            </p>
          </fieldset>
        ))}
      </section>

      <section className="card flex flex-col gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-lg font-semibold">{t('summary')}</span>
          <textarea className="input" rows={4} maxLength={4000} value={form.summary} onChange={(e) => change({ ...latest.current, summary: e.target.value })} />
        </label>
      </section>

      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {msg(formError)}
        </p>
      )}
      {confirming ? (
        <ConfirmPanel
          id="risk-submit"
          title={t('submit.title')}
          confirmLabel={t('submit.confirm')}
          cancelLabel={t('submit.cancel')}
          pending={pending}
          onConfirm={send}
          onCancel={() => setConfirming(false)}
        >
          <p>{band ? t('submit.body', { score, band: band.label }) : t('submit.incompleteBody')}</p>
        </ConfirmPanel>
      ) : (
        <button ref={submitButton} type="button" className="btn self-start" disabled={conflict} onClick={() => setConfirming(true)}>
          {t('submit.button')}
        </button>
      )}
      {!(complete && allRated) && <p className="text-sm text-slate-600">{tAll('riskWorkflow.validation.incomplete')}</p>}
    </form>
  );
}
