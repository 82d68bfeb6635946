import type { TAnswers, TInstrumentBand, TInstrumentDefinition } from './instrument';

export type TScore = { complete: true; score: number; band: TInstrumentBand; missing: [] } | { complete: false; score: number; band: null; missing: string[] };

/**
 * Scores an assessment's confirmed answers against the instrument version it uses. A total is
 * only given a band when every item is answered: a partial sum would understate the risk.
 * An answer code the version does not know is a data error, not a zero.
 */
export function scoreAnswers(instrument: TInstrumentDefinition, answers: TAnswers): TScore {
  let score = 0;
  const missing: string[] = [];
  for (const item of instrument.items) {
    const chosen = answers[item.code]?.answer;
    if (!chosen) {
      missing.push(item.code);
      continue;
    }
    const answer = item.answers.find((a) => a.code === chosen);
    if (!answer) throw new Error(`risk: item ${item.code} has no answer ${chosen}`);
    score += answer.points;
  }
  if (missing.length > 0) return { complete: false, score, band: null, missing };
  return { complete: true, score, band: bandOf(instrument, score), missing: [] };
}

/** The band whose inclusive range holds the score (the definition guarantees exactly one). */
export function bandOf(instrument: TInstrumentDefinition, score: number): TInstrumentBand {
  const band = instrument.bands.find((b) => score >= b.min && score <= b.max);
  if (!band) throw new Error(`risk: no band for score ${score}`);
  return band;
}
