'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { saveDraft } from '@/lib/petitions/server-actions';
import type { TMessage } from '@/lib/actions/errors';
import type { TOption } from '@/lib/reference/options';

type TDraft = {
  grounds: string;
  riskFactorCodes: string[];
  requestedLifelong: boolean;
  requestedTermYears: string;
  requestedChanges: string;
  courtId: string;
  courtReason: string;
  riskAssessmentMissingReason: string;
  language: 'RU' | 'KK';
};

/**
 * The draft saves itself a moment after each change (and on leaving a field), against the
 * version it last saw: if someone else saved in between, it says so instead of overwriting.
 */
/**
 * `competentCourtIds`: the courts that need no reason (lib/petitions/competent-court.ts); any other
 * court asks why. `competentNote`: which court is competent and why, as the page worded it.
 */
export function DraftEditor({
  petitionId,
  version: initialVersion,
  initial,
  riskFactors,
  courts,
  competentCourtIds,
  competentNote,
  risk,
}: {
  petitionId: string;
  version: number;
  initial: TDraft;
  riskFactors: TOption[];
  courts: TOption[];
  competentCourtIds: string[];
  competentNote: string;
  /** The countersigned risk assessment the next save carries (issue 13): a note, and whether it is recent. */
  risk: { recent: boolean; note: string };
}) {
  const t = useTranslations();
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<'saved' | 'dirty' | 'saving' | 'error'>('saved');
  const [errors, setErrors] = useState<Record<string, TMessage>>({});
  const [error, setError] = useState<TMessage | null>(null);
  const version = useRef(initialVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);

  // One save at a time: a save asked for while another runs follows it with the newest text,
  // so the timer, leaving a field and the button never race each other into a conflict.
  const inFlight = useRef(false);
  const again = useRef(false);
  async function save() {
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setState('saving');
    const sent = latest.current;
    try {
      const result = await saveDraft({ petitionId, version: version.current, ...sent });
      if (result.ok) {
        version.current = result.data.version;
        // A change typed while this save ran is not in it: save again rather than say "Saved".
        if (latest.current !== sent) again.current = true;
        setErrors({});
        setError(null);
        setState(again.current ? 'saving' : 'saved');
        // Other steps on the page (withdraw) need the new version.
        if (!again.current) router.refresh();
      } else {
        setErrors(result.fieldErrors ?? {});
        setError(result.message);
        setState('error');
        again.current = false;
      }
    } catch {
      setError({ key: 'errors.network' });
      setState('error');
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      await save();
    }
  }

  function change(patch: Partial<TDraft>) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    setState('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), 1200);
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const msg = (m?: TMessage | null) => (m ? (t.has(m.key) ? t(m.key, m.values) : t('errors.unexpected')) : '');
  const field = (name: string) => ({ id: `draft-${name}`, 'aria-describedby': `draft-${name}-error`, 'aria-invalid': errors[name] ? true : undefined });
  const errorLine = (name: string) => (
    <p id={`draft-${name}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
      {msg(errors[name])}
    </p>
  );

  return (
    <form
      className="card flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onBlur={() => state === 'dirty' && void save()}
    >
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">{t('petition.draftHeading')}</h2>
        <span role="status" className="text-sm text-slate-600" data-testid="draft-state">
          {t(`petition.saveState.${state}`)}
        </span>
      </div>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-medium">{t('petition.field.riskFactors')}</legend>
        {riskFactors.map((r) => (
          <label key={r.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={draft.riskFactorCodes.includes(r.value)}
              onChange={(e) =>
                change({ riskFactorCodes: e.target.checked ? [...draft.riskFactorCodes, r.value] : draft.riskFactorCodes.filter((c) => c !== r.value) })
              }
            />
            {r.label}
          </label>
        ))}
        {errorLine('riskFactorCodes')}
      </fieldset>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="draft-grounds" className="font-medium">
          {t('petition.field.grounds')}
        </label>
        <textarea {...field('grounds')} rows={6} className="input" value={draft.grounds} onChange={(e) => change({ grounds: e.target.value })} />
        {errorLine('grounds')}
      </div>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.requestedLifelong}
            onChange={(e) => change({ requestedLifelong: e.target.checked, requestedTermYears: e.target.checked ? '' : draft.requestedTermYears })}
          />
          {t('petition.field.requestedLifelong')}
        </label>
        <div className="flex flex-col gap-1">
          <label htmlFor="draft-requestedTermYears" className="font-medium">
            {t('petition.field.requestedTermYears')}
          </label>
          <input
            {...field('requestedTermYears')}
            inputMode="numeric"
            className="input w-28"
            disabled={draft.requestedLifelong}
            value={draft.requestedTermYears}
            onChange={(e) => change({ requestedTermYears: e.target.value })}
          />
          {errorLine('requestedTermYears')}
        </div>
      </div>
      <p className="text-sm text-slate-600" data-testid="draft-risk-note">
        {risk.note}
      </p>
      {draft.requestedLifelong && !risk.recent && (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="draft-riskAssessmentMissingReason" className="font-medium">
            {t('riskPetition.editor.reason')}
          </label>
          <textarea
            {...field('riskAssessmentMissingReason')}
            aria-describedby="draft-riskAssessmentMissingReason-error draft-riskAssessmentMissingReason-hint"
            rows={2}
            maxLength={2000}
            className="input"
            value={draft.riskAssessmentMissingReason}
            onChange={(e) => change({ riskAssessmentMissingReason: e.target.value })}
          />
          <p id="draft-riskAssessmentMissingReason-hint" className="text-xs text-slate-600">
            {t('riskPetition.editor.reasonHint')}
          </p>
          {errorLine('riskAssessmentMissingReason')}
        </div>
      )}
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="draft-requestedChanges" className="font-medium">
          {t('petition.field.requestedChanges')}
        </label>
        <textarea
          {...field('requestedChanges')}
          rows={2}
          className="input"
          value={draft.requestedChanges}
          onChange={(e) => change({ requestedChanges: e.target.value })}
        />
        {errorLine('requestedChanges')}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="draft-courtId" className="font-medium">
            {t('petition.field.court')}
          </label>
          <select
            {...field('courtId')}
            aria-describedby="draft-courtId-error draft-courtId-hint"
            className="input"
            value={draft.courtId}
            onChange={(e) => change({ courtId: e.target.value })}
          >
            {courts.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <p id="draft-courtId-hint" className="text-xs text-slate-600" data-testid="competent-court">
            {competentNote}
          </p>
          {errorLine('courtId')}
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="draft-language" className="font-medium">
            {t('petition.field.language')}
          </label>
          <select {...field('language')} className="input" value={draft.language} onChange={(e) => change({ language: e.target.value as 'RU' | 'KK' })}>
            <option value="RU">{t('petition.languageRU')}</option>
            <option value="KK">{t('petition.languageKK')}</option>
          </select>
        </div>
      </div>
      {!competentCourtIds.includes(draft.courtId) && (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="draft-courtReason" className="font-medium">
            {t('petitionCourt.reason')}
          </label>
          <textarea
            {...field('courtReason')}
            aria-describedby="draft-courtReason-error draft-courtReason-hint"
            rows={2}
            maxLength={1000}
            className="input"
            value={draft.courtReason}
            onChange={(e) => change({ courtReason: e.target.value })}
          />
          <p id="draft-courtReason-hint" className="text-xs text-slate-600">
            {t('petitionCourt.reasonHint')}
          </p>
          {errorLine('courtReason')}
        </div>
      )}
      <p role="alert" className="text-sm text-red-700">
        {msg(error)}
      </p>
      <button type="submit" className="btn-secondary self-start" disabled={state === 'saving'}>
        {t('petition.saveNow')}
      </button>
    </form>
  );
}
