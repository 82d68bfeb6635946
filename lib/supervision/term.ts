/** Default end of an order: start plus the legal basis's term; null when the court sets it. */
export function defaultOrderEnd(startDate: Date, termYears: number | null | undefined): Date | null {
  if (!termYears) return null;
  const y = startDate.getUTCFullYear() + termYears;
  const m = startDate.getUTCMonth();
  const d = startDate.getUTCDate();
  // 29 February plus N years lands on 28 February, never spilling into March.
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, lastDay)));
}

/** Whole days from `today` until the order ends (negative once passed); null for lifelong. */
export function daysUntilEnd(order: { endDate: Date | null; lifelong: boolean }, today: Date): number | null {
  if (order.lifelong || !order.endDate) return null;
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((order.endDate.getTime() - todayUtc) / 86_400_000);
}
