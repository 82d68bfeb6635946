'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { Field, errorProps } from '@/components/forms/field';
import { SelectOptions } from '@/components/forms/select-options';
import type { TOption } from '@/lib/reference/options';

type TConvictionErrors = Partial<Record<string, { message?: string }>>;

/** The conviction fields, shared by registration and "add conviction". Names are under `conviction.`. */
export function ConvictionFields({
  register,
  errors: errorsIn,
  articles,
  courts,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two form shapes
  register: UseFormRegister<any>;
  errors?: unknown;
  articles: TOption[];
  courts: TOption[];
}) {
  const errors = errorsIn as TConvictionErrors | undefined;
  const t = useTranslations('convictionForm');
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id="conviction-article" label={t('article')} error={errors?.articleId}>
        <select {...register('conviction.articleId')} {...errorProps('conviction-article', errors?.articleId)} className="input">
          <SelectOptions options={articles} placeholder={t('choose')} />
        </select>
      </Field>
      <Field id="conviction-court" label={t('court')} error={errors?.courtId}>
        <select {...register('conviction.courtId')} {...errorProps('conviction-court', errors?.courtId)} className="input">
          <SelectOptions options={courts} placeholder={t('choose')} />
        </select>
      </Field>
      <Field id="conviction-case" label={t('caseNumber')} error={errors?.caseNumber}>
        <input {...register('conviction.caseNumber')} {...errorProps('conviction-case', errors?.caseNumber)} className="input" />
      </Field>
      <Field id="conviction-verdict" label={t('verdictDate')} error={errors?.verdictDate}>
        <input type="date" {...register('conviction.verdictDate')} {...errorProps('conviction-verdict', errors?.verdictDate)} className="input" />
      </Field>
      <Field id="conviction-sentence-end" label={t('sentenceEnd')} error={errors?.sentenceEnd}>
        <input type="date" {...register('conviction.sentenceEnd')} {...errorProps('conviction-sentence-end', errors?.sentenceEnd)} className="input" />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('conviction.minorVictim')} />
        {t('minorVictim')}
      </label>
    </div>
  );
}
