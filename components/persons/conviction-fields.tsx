'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { Field, errorProps } from '@/components/forms/field';
import { SelectOptions } from '@/components/forms/select-options';
import type { TOption } from '@/lib/reference/options';
import { VICTIM_AGE_BANDS, VICTIM_RELATIONSHIPS, VICTIM_SEXES } from '@/lib/persons/conviction-facts';

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
  const f = useTranslations('convictionFacts');
  // A select of a fact: '' is "not recorded" (old records; the verdict does not say).
  const factSelect = (name: string, id: string, options: { value: string; label: string }[], withEmpty = true) => (
    <Field id={id} label={f(`label.${name}`)} error={errors?.[name]}>
      <select {...register(`conviction.${name}`)} {...errorProps(id, errors?.[name])} className="input">
        {withEmpty && <option value="">{f('notRecorded')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  const yesNo = (name: 'contactOffence' | 'nonSexualViolence') => [
    { value: 'yes', label: f(`${name}.yes`) },
    { value: 'no', label: f(`${name}.no`) },
  ];
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
      <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">{f('legend')}</legend>
        <p className="text-xs text-slate-600 sm:col-span-2">{f('hint')}</p>
        {factSelect(
          'sexualOffence',
          'conviction-sexual-offence',
          [
            { value: 'yes', label: f('sexualOffence.yes') },
            { value: 'no', label: f('sexualOffence.no') },
          ],
          false,
        )}
        {factSelect(
          'victimAgeBand',
          'conviction-victim-age',
          VICTIM_AGE_BANDS.map((v) => ({ value: v, label: f(`victimAgeBand.${v}`) })),
        )}
        {factSelect(
          'victimSex',
          'conviction-victim-sex',
          VICTIM_SEXES.map((v) => ({ value: v, label: f(`victimSex.${v}`) })),
        )}
        {factSelect(
          'victimRelationship',
          'conviction-victim-relationship',
          VICTIM_RELATIONSHIPS.map((v) => ({ value: v, label: f(`victimRelationship.${v}`) })),
        )}
        {factSelect('contactOffence', 'conviction-contact', yesNo('contactOffence'))}
        {factSelect('nonSexualViolence', 'conviction-violence', yesNo('nonSexualViolence'))}
      </fieldset>
    </div>
  );
}

/** The facts' initial form values: a sexual offence, everything else not recorded until chosen. */
export const EMPTY_CONVICTION_FACTS = {
  sexualOffence: 'yes',
  victimAgeBand: '',
  victimSex: '',
  victimRelationship: '',
  contactOffence: '',
  nonSexualViolence: '',
} as const;
