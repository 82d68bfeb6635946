'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { reviewPersons } from '@/lib/review/server-actions';
import { useSelection } from '@/components/forms/use-selection';
import { useActionForm } from '@/components/forms/use-action-form';
import { ConfirmPanel, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';

export type TReviewRow = { id: string; version: number; name: string; iin: string; districtId: string; district: string; articles: string; orderEnd: string };
type TOfficer = { id: string; fullName: string; districtId: string | null };

/**
 * Imported persons awaiting review: select some (or the whole page), pick an officer of their
 * district, confirm; one action reviews, assigns and publishes them all, or none.
 */
export function ReviewForm({ persons, officers, filtered }: { persons: TReviewRow[]; officers: TOfficer[]; filtered: boolean }) {
  const t = useTranslations('importReview');
  const { selected, toggle, setAll } = useSelection();
  const [officerId, setOfficerId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useActionForm();
  const flash = useFlash();
  const returnTo = useReturnFocus<HTMLButtonElement>(confirming);

  const chosen = persons.filter((p) => selected.has(p.id));
  const districts = new Set(chosen.map((p) => p.districtId));
  // An officer takes persons of their own district only (the server refuses any other).
  const district = districts.size === 1 ? [...districts][0] : null;
  const choices = district ? officers.filter((o) => o.districtId === district) : [];
  const officer = choices.find((o) => o.id === officerId) ?? null;
  const allOnPage = persons.length > 0 && chosen.length === persons.length;

  async function onConfirm() {
    if (!officer) return;
    const data = await form.submit(() => reviewPersons({ persons: chosen.map((p) => ({ id: p.id, version: p.version })), officerId: officer.id }));
    setConfirming(false);
    if (data) {
      // The message lives in the layout: it outlives this list, which the refreshed page replaces.
      flash(t('done', { count: data.count, officer: officer.fullName }));
      setAll(null);
      setOfficerId('');
    }
  }

  if (persons.length === 0) {
    return (
      <div className="card flex flex-col gap-2">
        <p className="text-slate-600" data-testid="review-empty">
          {filtered ? t('emptyDistrict') : t('empty')}
        </p>
      </div>
    );
  }

  const hint =
    chosen.length === 0
      ? t('hintSelect')
      : !district
        ? t('hintMixed')
        : choices.length === 0
          ? t('hintNoOfficer', { district: chosen[0].district })
          : t('hintOfficer', { district: chosen[0].district });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (officer && chosen.length) setConfirming(true);
      }}
      noValidate
      className="card flex flex-col gap-3"
    >
      <table className="table" aria-label={t('listLabel')}>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('selectAll')}
                checked={allOnPage}
                onChange={(e) => {
                  setConfirming(false);
                  setAll(e.target.checked ? persons.map((p) => p.id) : null);
                }}
              />
            </th>
            <th scope="col">{t('column.name')}</th>
            <th scope="col">{t('column.iin')}</th>
            <th scope="col">{t('column.district')}</th>
            <th scope="col">{t('column.conviction')}</th>
            <th scope="col">{t('column.orderEnd')}</th>
          </tr>
        </thead>
        <tbody>
          {persons.map((p) => (
            <tr key={p.id} data-testid="review-row">
              <td>
                <input
                  type="checkbox"
                  aria-label={t('select', { name: p.name })}
                  checked={selected.has(p.id)}
                  onChange={() => {
                    setConfirming(false);
                    toggle(p.id);
                  }}
                />
              </td>
              <th scope="row" className="font-normal">
                {p.name}
              </th>
              <td className="font-mono">{p.iin}</td>
              <td>{p.district}</td>
              <td>{p.articles}</td>
              <td>{p.orderEnd}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="min-h-4 text-xs text-red-700" aria-live="polite">
        {form.msg(form.errors.persons)}
      </p>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="review-officer" className="font-medium">
          {t('officer')}
        </label>
        <select
          id="review-officer"
          className="input max-w-md"
          value={officer?.id ?? ''}
          disabled={choices.length === 0}
          onChange={(e) => {
            setConfirming(false);
            setOfficerId(e.target.value);
          }}
          aria-describedby="review-officer-hint review-officer-error"
        >
          <option value="">{t('chooseOfficer')}</option>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.fullName}
            </option>
          ))}
        </select>
        <p id="review-officer-hint" className="text-xs text-slate-600">
          {hint}
        </p>
        <p id="review-officer-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
          {form.msg(form.errors.officerId)}
        </p>
      </div>
      {!confirming && (
        <div>
          <button ref={returnTo} type="submit" className="btn" disabled={!officer || chosen.length === 0}>
            {t('submit', { count: chosen.length })}
          </button>
        </div>
      )}
      {confirming && officer && (
        <ConfirmPanel
          id="review-confirm"
          title={t('confirm', { count: chosen.length, officer: officer.fullName })}
          confirmLabel={t('confirmYes')}
          cancelLabel={t('cancel')}
          pending={form.pending}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        />
      )}
      {form.formError && Object.keys(form.errors).length === 0 && (
        <p role="alert" className="text-sm text-red-700">
          {form.msg(form.formError)}
        </p>
      )}
    </form>
  );
}
