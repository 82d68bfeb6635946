'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { TText } from '@/lib/risk/instrument';
import { createInstrumentVersion } from '@/lib/risk-instruments/server-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { ConfirmPanel } from '@/components/ui/confirm-panel';

// The "new version" form: the whole definition of the active version, editable, sent at once.
// Numbers stay as typed (strings) so that a half-typed "-" is not lost; the action parses them
// and answers with a message next to each field it refuses. Nothing is saved until it all passes.

export type TFormAnswer = { code: string; points: string; label: TText };
export type TFormItem = { code: string; question: TText; answers: TFormAnswer[] };
export type TFormBand = { code: string; rank: string; min: string; max: string; label: TText; description: TText };
export type TInstrumentFormValues = { title: TText; caveat: TText; items: TFormItem[]; bands: TFormBand[] };

const LANGS = ['en', 'ru', 'kk'] as const;
const EMPTY_TEXT: TText = { en: '', ru: '', kk: '' };

export function InstrumentForm({
  baseId,
  code,
  baseVersion,
  nextVersion,
  initial,
}: {
  baseId: string;
  code: string;
  baseVersion: number;
  nextVersion: number;
  initial: TInstrumentFormValues;
}) {
  const t = useTranslations('riskInstruments');
  const router = useRouter();
  const { submit, pending, errors, formError, msg } = useActionForm();
  const [values, setValues] = useState<TInstrumentFormValues>(initial);
  const [confirming, setConfirming] = useState(false);

  const update = (change: (draft: TInstrumentFormValues) => void) =>
    setValues((old) => {
      const draft = structuredClone(old);
      change(draft);
      return draft;
    });

  async function send() {
    const created = await submit(() => createInstrumentVersion({ baseId, ...values }));
    setConfirming(false);
    if (created) router.push(`/admin/risk-instruments/${created.id}`);
  }

  /** One input with its label and the server's message for its path. */
  const input = (
    path: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { long?: boolean; lang?: string; numeric?: boolean } = {},
  ) => {
    const id = path.replaceAll('.', '-');
    const props = {
      id,
      value,
      lang: options.lang,
      'aria-invalid': errors[path] ? true : undefined,
      'aria-describedby': `${id}-error`,
      className: 'input',
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    } as const;
    return (
      <div key={path} className="flex flex-col gap-1 text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {options.long ? <textarea rows={3} {...props} /> : <input type="text" inputMode={options.numeric ? 'numeric' : undefined} {...props} />}
        <p id={`${id}-error`} aria-live="polite" className="min-h-4 text-xs text-red-700">
          {msg(errors[path])}
        </p>
      </div>
    );
  };

  /** The three translations of one text. */
  const texts = (path: string, label: string, value: TText, set: (lang: (typeof LANGS)[number], v: string) => void, long = false) => (
    <div className="grid gap-2 sm:grid-cols-3">
      {LANGS.map((lang) => input(`${path}.${lang}`, `${label} (${t(`lang.${lang}`)})`, value[lang], (v) => set(lang, v), { long, lang }))}
    </div>
  );

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      <fieldset className="card flex flex-col gap-2">
        <legend className="font-semibold">{t('title')}</legend>
        {texts('title', t('title'), values.title, (lang, v) => update((d) => void (d.title[lang] = v)))}
        {texts('caveat', t('caveat'), values.caveat, (lang, v) => update((d) => void (d.caveat[lang] = v)), true)}
      </fieldset>

      <h2 className="text-lg font-semibold">{t('items')}</h2>
      {values.items.map((item, i) => (
        <fieldset key={item.code} className="card flex flex-col gap-3">
          <legend className="font-semibold">
            {i + 1}. {item.code}
          </legend>
          {texts(`items.${i}.question`, t('question'), item.question, (lang, v) => update((d) => void (d.items[i].question[lang] = v)), true)}
          <p className="text-sm text-red-700">{msg(errors[`items.${i}.answers`])}</p>
          {item.answers.map((answer, a) => (
            <fieldset key={a} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
              <legend className="text-sm font-medium">
                {t('answerNumber', { n: a + 1 })}: {answer.code}
              </legend>
              <div className="grid gap-2 sm:grid-cols-3">
                {input(`items.${i}.answers.${a}.code`, t('answerCode'), answer.code, (v) => update((d) => void (d.items[i].answers[a].code = v)))}
                {input(`items.${i}.answers.${a}.points`, t('points'), answer.points, (v) => update((d) => void (d.items[i].answers[a].points = v)), {
                  numeric: true,
                })}
              </div>
              {texts(`items.${i}.answers.${a}.label`, t('label'), answer.label, (lang, v) => update((d) => void (d.items[i].answers[a].label[lang] = v)))}
              <button
                type="button"
                className="btn-secondary self-start py-1"
                disabled={item.answers.length <= 2}
                onClick={() => update((d) => void d.items[i].answers.splice(a, 1))}
              >
                {t('removeAnswer', { code: answer.code || a + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="btn-secondary self-start"
            onClick={() => update((d) => void d.items[i].answers.push({ code: '', points: '0', label: { ...EMPTY_TEXT } }))}
          >
            {t('addAnswer')}
          </button>
        </fieldset>
      ))}

      <h2 className="text-lg font-semibold">{t('bands')}</h2>
      <p className="text-sm text-red-700">{msg(errors.bands)}</p>
      {values.bands.map((band, b) => (
        <fieldset key={b} className="card flex flex-col gap-2">
          <legend className="font-semibold">
            {t('bandNumber', { n: b + 1 })}: {band.code}
          </legend>
          <div className="grid gap-2 sm:grid-cols-4">
            {input(`bands.${b}.code`, t('bandCode'), band.code, (v) => update((d) => void (d.bands[b].code = v)))}
            {input(`bands.${b}.rank`, t('rank'), band.rank, (v) => update((d) => void (d.bands[b].rank = v)), { numeric: true })}
            {input(`bands.${b}.min`, t('min'), band.min, (v) => update((d) => void (d.bands[b].min = v)), { numeric: true })}
            {input(`bands.${b}.max`, t('max'), band.max, (v) => update((d) => void (d.bands[b].max = v)), { numeric: true })}
          </div>
          {texts(`bands.${b}.label`, t('label'), band.label, (lang, v) => update((d) => void (d.bands[b].label[lang] = v)))}
          {texts(`bands.${b}.description`, t('description'), band.description, (lang, v) => update((d) => void (d.bands[b].description[lang] = v)), true)}
          <button
            type="button"
            className="btn-secondary self-start py-1"
            disabled={values.bands.length <= 1}
            onClick={() => update((d) => void d.bands.splice(b, 1))}
          >
            {t('removeBand', { code: band.code || b + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="btn-secondary self-start"
        onClick={() =>
          update(
            (d) =>
              void d.bands.push({ code: '', rank: String(d.bands.length + 1), min: '', max: '', label: { ...EMPTY_TEXT }, description: { ...EMPTY_TEXT } }),
          )
        }
      >
        {t('addBand')}
      </button>

      <FormError error={formError} />
      {confirming ? (
        <ConfirmPanel
          id="new-version-confirm"
          title={t('confirmTitle', { version: nextVersion, code })}
          confirmLabel={t('confirm')}
          cancelLabel={t('back')}
          onConfirm={send}
          onCancel={() => setConfirming(false)}
          pending={pending}
        >
          <p>{t('confirmBody', { version: nextVersion, previous: baseVersion })}</p>
        </ConfirmPanel>
      ) : (
        <button type="submit" className="btn self-start" disabled={pending}>
          {t('create', { version: nextVersion })}
        </button>
      )}
    </form>
  );
}
