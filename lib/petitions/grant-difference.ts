// Whether a court granted more than the petition asked. Pure, so the handler that refuses an
// unacknowledged grant and the form that asks for the acknowledgement apply one rule.

/** What the petition asked: supervision for life, or a number of years (null if never filled in). */
export type TRequestedTerm = { lifelong: boolean; termYears: number | null };

/** What the court decided. */
export type TGrantedTerm = { outcome: 'GRANTED_YEARS'; termYears: number } | { outcome: 'GRANTED_LIFELONG' } | { outcome: 'DENIED' };

/** A term as stored in the audit trail: a number of years or "lifelong". */
export type TTermValue = number | 'lifelong' | null;

export type TGrantDifference = { requested: TTermValue; granted: TTermValue };

/**
 * The difference when the court granted more than was asked (lifelong when a term was asked, or
 * more years than asked); null otherwise. A denial, a shorter term or what was asked is no
 * difference: the court may always give less.
 */
export function grantDifference(requested: TRequestedTerm, granted: TGrantedTerm): TGrantDifference | null {
  if (granted.outcome === 'DENIED' || requested.lifelong) return null;
  const asked: TTermValue = requested.termYears;
  if (granted.outcome === 'GRANTED_LIFELONG') return { requested: asked, granted: 'lifelong' };
  return granted.termYears > (asked ?? 0) ? { requested: asked, granted: granted.termYears } : null;
}
