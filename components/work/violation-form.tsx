'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, VIOLATION_TYPES, ZRecordViolation } from '@/lib/violations/schemas';
import { recordViolation } from '@/lib/violations/server-actions';
import { Field, errorProps } from '@/components/forms/field';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { useFlash } from '@/components/ui/flash';
import { parseLocalDateTime } from '@/lib/validation/fields';
import { formatDateTime } from '@/lib/i18n/format';
import type { TOption } from '@/lib/reference/options';

type TIn = z.input<typeof ZRecordViolation>;

export function ViolationForm({
  personId,
  restrictions,
  prefill,
}: {
  personId: string;
  restrictions: TOption[];
  prefill: { type: string; occurredAt: string; restrictionId: string; checkInId: string; description: string };
}) {
  const t = useTranslations('violation');
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const flash = useFlash();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm<TIn, unknown, z.output<typeof ZRecordViolation>>({
    resolver: zodResolver(ZRecordViolation),
    defaultValues: {
      personId,
      type: prefill.type as TIn['type'],
      occurredAt: prefill.occurredAt,
      place: '',
      restrictionId: prefill.restrictionId,
      checkInId: prefill.checkInId,
      description: prefill.description,
      evidence: [],
      idempotencyKey,
    },
  });
  const { submit, pending, formError } = useActionForm({ setError: form.setError });
  const errors = form.formState.errors;

  function pickFiles(list: FileList | null) {
    const chosen = Array.from(list ?? []);
    const problem =
      chosen.length > MAX_EVIDENCE_FILES
        ? 'validation.tooManyFiles'
        : chosen.some((f) => f.size > MAX_EVIDENCE_BYTES)
          ? 'validation.evidenceTooLarge'
          : chosen.some((f) => !(EVIDENCE_TYPES as readonly string[]).includes(f.type))
            ? 'validation.evidenceType'
            : null;
    setFileError(problem);
    setFiles(problem ? [] : chosen);
  }

  return (
    <form
      noValidate
      className="card flex flex-col gap-4"
      onSubmit={form.handleSubmit(async () => {
        if (fileError) return;
        const data = new FormData();
        data.set('payload', JSON.stringify({ ...form.getValues(), evidence: undefined }));
        for (const file of files) data.append('evidence[]', file);
        const done = await submit(() => recordViolation(data));
        if (!done) return;
        const values = form.getValues();
        const next = `/persons/${personId}/timeline`;
        flash(tAll('recorded.violation', { type: t(`type.${values.type}`), at: formatDateTime(parseLocalDateTime(values.occurredAt), locale) }), {
          path: next,
        });
        router.push(next);
      })}
    >
      {prefill.checkInId && <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t('proposed')}</p>}
      <Field id="type" label={t('typeLabel')} error={errors.type}>
        <select {...form.register('type')} {...errorProps('type', errors.type)} className="input">
          {VIOLATION_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`type.${v}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="occurredAt" label={t('occurredAt')} error={errors.occurredAt}>
        <input type="datetime-local" {...form.register('occurredAt')} {...errorProps('occurredAt', errors.occurredAt)} className="input" />
      </Field>
      <Field id="place" label={t('place')} error={errors.place}>
        <input {...form.register('place')} {...errorProps('place', errors.place)} className="input" />
      </Field>
      <Field id="restrictionId" label={t('restriction')} error={errors.restrictionId}>
        <select {...form.register('restrictionId')} {...errorProps('restrictionId', errors.restrictionId)} className="input">
          <option value="">{t('noRestriction')}</option>
          {restrictions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="description" label={t('description')} error={errors.description}>
        <textarea {...form.register('description')} {...errorProps('description', errors.description)} className="input" rows={4} />
      </Field>
      <Field
        id="evidence"
        label={t('evidence')}
        error={fileError ? { message: fileError } : (errors.evidence as { message?: string } | undefined)}
        hint={t('evidenceHint')}
      >
        <input
          id="evidence"
          type="file"
          multiple
          accept={EVIDENCE_TYPES.join(',')}
          onChange={(e) => pickFiles(e.target.files)}
          aria-describedby="evidence-error"
          className="text-sm"
        />
      </Field>
      <FormError error={formError} />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
