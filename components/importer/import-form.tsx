'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TMessage } from '@/lib/actions/errors';
import type { TActionResult } from '@/lib/actions/result';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type TImportCounts, type TRowError } from '@/lib/importer/schemas';
import { checkImport, importRegistry } from '@/lib/importer/server-actions';
import { ConfirmPanel, SummaryList, useReturnFocus } from '@/components/ui/confirm-panel';
import { useFlash } from '@/components/ui/flash';

type TReport =
  | { kind: 'checked'; fileName: string; rows: number; badRows: number; errors: TRowError[] }
  | { kind: 'imported'; fileName: string; rows: number; counts: TImportCounts }
  | { kind: 'failed'; message: TMessage; errors: TRowError[] };

/**
 * Upload form of the registry import: a dry run that lists every bad row, and the import itself
 * behind a confirmation that names the file and what its last check found. One request at a
 * time; the server repeats every check.
 */
export function ImportForm() {
  const t = useTranslations('importer');
  const tAll = useTranslations();
  const tc = useTranslations('confirmStep.import');
  const flash = useFlash();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<TMessage | null>(null);
  const [pending, setPending] = useState<'check' | 'import' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<TReport | null>(null);
  const returnTo = useReturnFocus<HTMLButtonElement>(confirming);
  const msg = (m: TMessage) => (tAll.has(m.key) ? tAll(m.key, m.values) : tAll('errors.unexpected'));

  function pick(list: FileList | null) {
    const chosen = list?.[0] ?? null;
    setReport(null);
    setConfirming(false);
    const problem = !chosen
      ? null
      : !/\.csv$/i.test(chosen.name)
        ? 'importer.validation.notCsv'
        : chosen.size > MAX_IMPORT_BYTES
          ? 'importer.validation.fileTooLarge'
          : null;
    setFileError(problem ? { key: problem } : null);
    setFile(problem ? null : chosen);
  }

  async function run<T>(mode: 'check' | 'import', call: (data: FormData) => Promise<TActionResult<T>>, done: (data: T) => TReport) {
    if (pending) return;
    if (!file) {
      setFileError({ key: 'importer.chooseFile' });
      return;
    }
    setPending(mode);
    // The import's confirmation quotes the last check until the answer replaces it.
    if (mode === 'check') setReport(null);
    try {
      const data = new FormData();
      data.set('file', file);
      const result = await call(data);
      if (result.ok) setReport(done(result.data));
      else if (result.fieldErrors?.file) setFileError(result.fieldErrors.file);
      else
        setReport({ kind: 'failed', message: result.fieldErrors?._form ?? result.message, errors: (result.extra?.rowErrors as TRowError[] | undefined) ?? [] });
    } catch {
      setReport({ kind: 'failed', message: { key: 'errors.network' }, errors: [] });
    } finally {
      setPending(null);
      setConfirming(false);
    }
  }

  const check = () => run('check', checkImport, (d) => ({ kind: 'checked', ...d }));
  const doImport = () =>
    run('import', importRegistry, (d) => {
      flash(tAll('recorded.imported', { persons: d.counts.persons, fileName: d.fileName }));
      return { kind: 'imported', ...d };
    });
  const lastCheck =
    report?.kind === 'checked' && report.fileName === file?.name
      ? report.errors.length === 0
        ? tc('checkedOk', { rows: report.rows })
        : tc('checkedBad', { rows: report.rows, badRows: report.badRows })
      : tc('notChecked');

  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        className="card flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor="import-file" className="font-medium">
            {t('file')}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            className="text-sm"
            aria-describedby="import-file-hint import-file-error"
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => pick(e.target.files)}
          />
          <p id="import-file-hint" className="text-xs text-slate-500">
            {t('fileHint', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024, maxRows: MAX_IMPORT_ROWS })}
          </p>
          <p id="import-file-error" className="min-h-4 text-xs text-red-700" aria-live="polite">
            {fileError ? msg(fileError) : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-secondary" disabled={pending !== null}>
            {pending === 'check' ? t('checking') : t('check')}
          </button>
          {!confirming && (
            <button
              ref={returnTo}
              type="button"
              className="btn"
              disabled={pending !== null}
              onClick={() => (file ? setConfirming(true) : setFileError({ key: 'importer.chooseFile' }))}
            >
              {pending === 'import' ? t('importing') : t('import')}
            </button>
          )}
        </div>
        {confirming && file && (
          <ConfirmPanel
            id="import-confirm"
            title={tc('title', { fileName: file.name })}
            confirmLabel={t('confirmYes')}
            cancelLabel={t('cancel')}
            pending={pending !== null}
            onConfirm={doImport}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('confirm')}</p>
            <SummaryList
              rows={[
                { label: tc('file'), value: `${file.name}, ${tc('size', { kb: Math.max(1, Math.round(file.size / 1024)) })}` },
                { label: tc('lastCheck'), value: lastCheck },
              ]}
            />
          </ConfirmPanel>
        )}
      </form>
      {report && <ImportReport report={report} msg={msg} />}
    </div>
  );
}

function ImportReport({ report, msg }: { report: TReport; msg: (m: TMessage) => string }) {
  const t = useTranslations('importer.report');
  if (report.kind === 'imported') {
    return (
      <section role="status" className="card flex flex-col gap-2 border-green-300 bg-green-50">
        <p className="font-medium text-green-900">{t('imported', { fileName: report.fileName, rows: report.rows })}</p>
        <dl aria-label={t('counts')} className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          {(['persons', 'addresses', 'convictions', 'orders'] as const).map((k) => (
            <div key={k}>
              <dt className="text-slate-600">{t(k)}</dt>
              <dd className="text-lg font-semibold" data-testid={`count-${k}`}>
                {report.counts[k]}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }
  const ok = report.kind === 'checked' && report.errors.length === 0;
  const heading =
    report.kind === 'failed'
      ? msg(report.message)
      : ok
        ? t('checkedOk', { fileName: report.fileName, rows: report.rows })
        : t('checkedBad', { fileName: report.fileName, rows: report.rows, badRows: report.badRows });
  return (
    <section role={ok ? 'status' : 'alert'} className={`card flex flex-col gap-3 ${ok ? 'border-green-300 bg-green-50' : 'border-red-300'}`}>
      <p className={`font-medium ${ok ? 'text-green-900' : 'text-red-800'}`}>{heading}</p>
      {report.errors.length > 0 && <RowErrors errors={report.errors} msg={msg} />}
    </section>
  );
}

function RowErrors({ errors, msg }: { errors: TRowError[]; msg: (m: TMessage) => string }) {
  const t = useTranslations('importer.report');
  return (
    <div className="max-h-[28rem] overflow-auto">
      <table className="table" aria-label={t('errorsLabel')}>
        <thead>
          <tr>
            <th>{t('row')}</th>
            <th>{t('column')}</th>
            <th>{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td className="tabular-nums">{e.row}</td>
              <td>
                <code>{e.column ?? t('wholeRow')}</code>
              </td>
              <td>{msg(e.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
