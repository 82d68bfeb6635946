import type { TLocale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { TAnswerSource, TAnswers, TDynamicFactorReview, TInstrumentDefinition, TText } from './instrument';

// What the assessment's page hands its client form and its read-only view: the instrument's own
// texts in the reader's language (never from the catalogues), and each proposal's source worded
// with `riskPrefill` on the server, so the client needs no instrument data of its own.

export type TFormItem = {
  code: string;
  question: string;
  answers: { code: string; label: string; points: number }[];
  proposed: string | null;
  source: string | null;
  answer: string | null;
};
export type TFormBand = { code: string; min: number; max: number; label: string; description: string };
export type TFormFactor = { code: string; title: string; rating: TDynamicFactorReview['rating']; note: string };

type TSourceText = (key: string, values: Record<string, string | number>) => string;

const pick = (text: TText, locale: TLocale) => text[locale];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A source's values as the reader writes them: days (and lists of days) in their language. */
function sourceValues(source: TAnswerSource, locale: TLocale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(source.values)) {
    if (value === null) out[key] = '—';
    else if (typeof value === 'number') out[key] = value;
    else
      out[key] = value
        .split(', ')
        .map((part) => (DAY.test(part) ? formatDate(new Date(`${part}T00:00:00Z`), locale) : part))
        .join(', ');
  }
  return out;
}

export function formItems(definition: TInstrumentDefinition, answers: TAnswers, locale: TLocale, sourceText: TSourceText): TFormItem[] {
  return definition.items.map((item) => {
    const state = answers[item.code];
    return {
      code: item.code,
      question: pick(item.question, locale),
      answers: item.answers.map((a) => ({ code: a.code, label: pick(a.label, locale), points: a.points })),
      proposed: state?.proposed ?? null,
      source: state?.source ? sourceText(state.source.key, sourceValues(state.source, locale)) : null,
      answer: state?.answer ?? null,
    };
  });
}

export function formBands(definition: TInstrumentDefinition, locale: TLocale): TFormBand[] {
  return definition.bands.map((b) => ({ code: b.code, min: b.min, max: b.max, label: pick(b.label, locale), description: pick(b.description, locale) }));
}

export function formFactors(factors: TDynamicFactorReview[], locale: TLocale): TFormFactor[] {
  return factors.map((f) => ({ code: f.code, title: pick(f.title, locale), rating: f.rating, note: f.note }));
}

/** The instrument row's caveat or title in the reader's language. */
export function instrumentText(
  row: { caveatEn: string; caveatRu: string; caveatKk: string; titleEn: string; titleRu: string; titleKk: string },
  locale: TLocale,
) {
  const suffix = locale === 'ru' ? 'Ru' : locale === 'kk' ? 'Kk' : 'En';
  return { title: row[`title${suffix}`], caveat: row[`caveat${suffix}`] };
}
