'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { INCIDENT_FILE_TYPES } from '@/lib/public-order/incidents-schemas';
import { addIncidentFiles } from '@/lib/public-order/incidents-server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { incidentFilesProblem } from './incident-form';

/** Police add evidence files to a recorded incident. */
export function AddIncidentFilesForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations('publicOrderIncidents');
  const tAll = useTranslations();
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [done, setDone] = useState(false);
  const form = useActionForm();
  const inputId = `incident-files-${incidentId}`;
  const message = problem ? tAll(problem) : form.msg(form.errors.files ?? form.errors['files.0'] ?? form.formError);

  return (
    <form
      noValidate
      className="flex flex-wrap items-center gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (problem || files.length === 0) return;
        setDone(false);
        const data = new FormData();
        data.set('payload', JSON.stringify({ incidentId }));
        for (const file of files) data.append('files[]', file);
        if (await form.submit(() => addIncidentFiles(data))) {
          setFiles([]);
          setInputKey((k) => k + 1);
          setDone(true);
        }
      }}
    >
      <label htmlFor={inputId} className="text-xs font-medium">
        {t('addFiles')}
      </label>
      <input
        key={inputKey}
        id={inputId}
        type="file"
        multiple
        accept={INCIDENT_FILE_TYPES.join(',')}
        aria-describedby={`${inputId}-error`}
        className="text-xs"
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []);
          const found = incidentFilesProblem(chosen);
          setProblem(found);
          setFiles(found ? [] : chosen);
        }}
      />
      <button type="submit" className="btn-secondary text-xs" disabled={form.pending || files.length === 0}>
        {t('addFilesSubmit')}
      </button>
      <p id={`${inputId}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {message}
      </p>
      {done && (
        <p role="status" className="text-xs text-green-800">
          {t('filesAdded')}
        </p>
      )}
    </form>
  );
}
