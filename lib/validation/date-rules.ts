import { kzToday } from '@/lib/time/today';

// The date rules that compare a date with another record (docs/date-rules.md). The bounds of a
// single field (not before 1900, not in the future, not decades ahead) live in the field
// builders (fields.ts); the rules here need a second date, often from the database, so the
// domain handlers call them with what they loaded and throw a FieldError on the returned key.
// Each returns null when the date is right, or the i18n key of a message that says what is
// wrong and what would be right. All compare calendar days in Kazakhstan.

export type TDateRuleKey = `validation.${string}`;

/** The calendar day in Kazakhstan of an instant (a filing, a warning's issue). */
const dayOf = (instant: Date) => kzToday(instant);

/** Supervision follows the sentence: an order cannot start before the sentence ends. */
export function orderStartRule(startDate: Date, latestSentenceEnd: Date | null): TDateRuleKey | null {
  return latestSentenceEnd && startDate < latestSentenceEnd ? 'validation.orderStartBeforeSentenceEnd' : null;
}

/** A verdict is given to a living person: not before the date of birth. */
export function verdictRule(verdictDate: Date, birthDate: Date): TDateRuleKey | null {
  return verdictDate < birthDate ? 'validation.verdictBeforeBirth' : null;
}

/** A public-order incident happened to a living person: not before the date of birth. */
export function incidentRule(occurredOn: Date, birthDate: Date): TDateRuleKey | null {
  return occurredOn < birthDate ? 'validation.incidentBeforeBirth' : null;
}

/** A hearing is set for a filed petition: on or after the day it was filed. */
export function hearingRule(hearingDate: Date, filedAt: Date | null): TDateRuleKey | null {
  return filedAt && hearingDate < dayOf(filedAt) ? 'validation.hearingBeforeFiling' : null;
}

/** The court decides on or after the filing and, when one was set, on or after the hearing. */
export function decisionRule(decisionDate: Date, petition: { filedAt: Date | null; hearingDate: Date | null }): TDateRuleKey | null {
  if (petition.filedAt && decisionDate < dayOf(petition.filedAt)) return 'validation.decisionBeforeFiling';
  if (petition.hearingDate && decisionDate < petition.hearingDate) return 'validation.decisionBeforeHearing';
  return null;
}

/** A decision is announced to the person on or after the day it was made. */
export function announcementRule(signedOn: Date, decisionDate: Date): TDateRuleKey | null {
  return signedOn < decisionDate ? 'validation.announcementBeforeDecision' : null;
}

/** A warning is signed or refused on or after the day it was issued. */
export function warningOutcomeRule(date: Date, issuedAt: Date): TDateRuleKey | null {
  return date < dayOf(issuedAt) ? 'validation.outcomeBeforeIssue' : null;
}

/** An administrative protocol follows the violation it punishes. */
export function protocolRule(protocolDate: Date, occurredAt: Date): TDateRuleKey | null {
  return protocolDate < dayOf(occurredAt) ? 'validation.protocolBeforeViolation' : null;
}

/**
 * A check-in is missed only once it was due: its due time has passed, and the time recorded
 * for the miss is not before it.
 */
export function missedRule(check: { outcome: string; actualAt: Date }, dueAt: Date | null, now: Date = new Date()): TDateRuleKey | null {
  if (check.outcome !== 'MISSED' || !dueAt) return null;
  if (dueAt > now) return 'validation.missedBeforeDue';
  if (check.actualAt < dueAt) return 'validation.missedBeforeDueTime';
  return null;
}
