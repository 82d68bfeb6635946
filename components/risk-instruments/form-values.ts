import type { TInstrumentDefinition, TText } from '@/lib/risk/instrument';
import type { TInstrumentFormValues } from './instrument-form';

/** A version as the new-version form edits it (numbers as typed text). */
export function toFormValues(version: TInstrumentDefinition & { title: TText; caveat: TText }): TInstrumentFormValues {
  return {
    title: { ...version.title },
    caveat: { ...version.caveat },
    items: version.items.map((item) => ({
      code: item.code,
      question: { ...item.question },
      answers: item.answers.map((a) => ({ code: a.code, points: String(a.points), label: { ...a.label } })),
    })),
    bands: version.bands.map((b) => ({
      code: b.code,
      rank: String(b.rank),
      min: String(b.min),
      max: String(b.max),
      label: { ...b.label },
      description: { ...b.description },
    })),
  };
}
