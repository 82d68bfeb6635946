'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { resolveConflict } from '@/lib/conflicts/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';

export type TConflictRow = {
  id: string;
  version: number;
  when: string;
  who: string;
  district: string;
  source: 'FORM' | 'IMPORT';
  iin: string;
  existing: { id: string; name: string } | null;
};

/**
 * Registration attempts that met an IIN registered outside the submitter's unit
 * (docs/decisions/010-no-iin-existence-oracle.md). "Mark handled" hides the row at once
 * (optimistic) and brings it back with the reason if the server refuses; the server's version
 * check makes a second click or a colleague's earlier click change nothing.
 */
export function ConflictList({ conflicts }: { conflicts: TConflictRow[] }) {
  const t = useTranslations('registrationConflict.list');
  const form = useActionForm();
  const flash = useFlash();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const shown = conflicts.filter((c) => !hidden.has(c.id));

  async function onHandled(row: TConflictRow) {
    if (form.pending) return;
    setHidden((old) => new Set(old).add(row.id));
    const data = await form.submit(() => resolveConflict({ id: row.id, version: row.version }));
    if (data) {
      flash(t('done', { who: row.who }));
    } else {
      setHidden((old) => {
        const next = new Set(old);
        next.delete(row.id);
        return next;
      });
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {form.formError && (
        <p role="alert" className="text-sm text-red-700">
          {form.msg(form.formError)}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="text-slate-600" data-testid="conflicts-empty">
          {t('empty')}
        </p>
      ) : (
        <table className="table" aria-label={t('label')}>
          <thead>
            <tr>
              <th scope="col">{t('column.when')}</th>
              <th scope="col">{t('column.who')}</th>
              <th scope="col">{t('column.district')}</th>
              <th scope="col">{t('column.source')}</th>
              <th scope="col">{t('column.iin')}</th>
              <th scope="col">{t('column.existing')}</th>
              <th scope="col">
                <span className="sr-only">{t('markHandled')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id} data-testid="conflict-row">
                <td>{c.when}</td>
                <th scope="row" className="font-normal">
                  {c.who}
                </th>
                <td>{c.district}</td>
                <td>{t(`source.${c.source}`)}</td>
                <td className="font-mono">{c.iin}</td>
                <td>
                  {c.existing ? (
                    <Link href={`/persons/${c.existing.id}`} className="link">
                      {c.existing.name}
                    </Link>
                  ) : (
                    <span className="text-slate-600">{t('outsideScope')}</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={form.pending}
                    aria-label={t('markHandledLabel', { who: c.who, when: c.when })}
                    onClick={() => onHandled(c)}
                  >
                    {t('markHandled')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
