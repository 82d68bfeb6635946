'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { INCIDENT_FILE_TYPES, MAX_INCIDENT_FILE_BYTES, MAX_INCIDENT_FILES, ZRecordIncident } from '@/lib/public-order/incidents-schemas';
import { recordIncident } from '@/lib/public-order/incidents-server-actions';
import type { TSubject } from '@/lib/public-order/subject';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TOption } from '@/lib/reference/options';

type TIn = z.input<typeof ZRecordIncident>;

/** The file list's own problem, checked as soon as files are picked (the server checks the bytes again). */
export function incidentFilesProblem(files: { size: number; type: string }[]): string | null {
  if (files.length > MAX_INCIDENT_FILES) return 'validation.tooManyFiles';
  if (files.some((f) => f.size > MAX_INCIDENT_FILE_BYTES)) return 'validation.evidenceTooLarge';
  if (files.some((f) => !(INCIDENT_FILE_TYPES as readonly string[]).includes(f.type))) return 'validation.evidenceType';
  return null;
}

/** Police record a public-order incident on the subject; a refusal keeps what was typed. */
export function IncidentForm({ subject, kinds, today }: { subject: TSubject; kinds: TOption[]; today: string }) {
  const t = useTranslations('publicOrderIncidents');
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [done, setDone] = useState(false);
  const form = useForm<TIn, unknown, z.output<typeof ZRecordIncident>>({
    resolver: zodResolver(ZRecordIncident),
    defaultValues: { subject, occurredOn: '', place: '', kindId: '', protocolNumber: '', description: '', files: [] },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;

  function pickFiles(list: FileList | null) {
    const chosen = Array.from(list ?? []);
    const problem = incidentFilesProblem(chosen);
    setFileError(problem);
    setFiles(problem ? [] : chosen);
  }

  return (
    <form
      noValidate
      aria-labelledby="incident-form-heading"
      data-testid="incident-form"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-3"
      onSubmit={form.handleSubmit(async () => {
        if (fileError) return;
        setDone(false);
        const data = new FormData();
        data.set('payload', JSON.stringify({ ...form.getValues(), files: undefined }));
        for (const file of files) data.append('files[]', file);
        const result = await submit(() => recordIncident(data));
        if (!result) return;
        form.reset();
        setFiles([]);
        setFileInputKey((k) => k + 1);
        setDone(true);
      })}
    >
      <h3 id="incident-form-heading" className="text-sm font-semibold">
        {t('formHeading')}
      </h3>
      <Field id="incident-occurredOn" label={t('occurredOn')} error={errors.occurredOn}>
        <input type="date" max={today} {...form.register('occurredOn')} {...errorProps('incident-occurredOn', errors.occurredOn)} className="input" />
      </Field>
      <Field id="incident-kindId" label={t('kind')} error={errors.kindId}>
        <select {...form.register('kindId')} {...errorProps('incident-kindId', errors.kindId)} className="input">
          <option value="">{t('chooseKind')}</option>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="incident-place" label={t('place')} error={errors.place}>
        <input {...form.register('place')} {...errorProps('incident-place', errors.place)} className="input" />
      </Field>
      <Field id="incident-protocolNumber" label={t('protocolNumber')} error={errors.protocolNumber} hint={t('protocolHint')}>
        <input {...form.register('protocolNumber')} {...errorProps('incident-protocolNumber', errors.protocolNumber)} className="input" />
      </Field>
      <Field id="incident-description" label={t('description')} error={errors.description}>
        <textarea {...form.register('description')} {...errorProps('incident-description', errors.description)} className="input" rows={4} />
      </Field>
      <Field
        id="incident-files"
        label={t('files')}
        error={fileError ? { message: fileError } : (errors.files as { message?: string } | undefined)}
        hint={t('filesHint')}
      >
        <input
          key={fileInputKey}
          id="incident-files"
          type="file"
          multiple
          accept={INCIDENT_FILE_TYPES.join(',')}
          onChange={(e) => pickFiles(e.target.files)}
          aria-describedby="incident-files-error"
          className="text-sm"
        />
      </Field>
      <FormError error={formError} />
      <p role="status" className="min-h-4 text-sm text-green-800">
        {done ? t('recorded') : ''}
      </p>
      <button type="submit" className="btn self-start" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
