/**
 * The client's address from X-Forwarded-For. Entries on the left can be written by anyone, so
 * we count from the right: Next's own server appends the peer it saw, and each trusted reverse
 * proxy in front (NADZOR_PROXY_HOPS, default 0) appends one more. Trusting the left-most entry
 * would let an attacker dodge the per-IP sign-in limit by inventing addresses.
 */
export function clientIpFrom(forwardedFor: string | null | undefined, hops = Number(process.env.NADZOR_PROXY_HOPS ?? 0)): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const index = Math.max(0, entries.length - 1 - (Number.isFinite(hops) && hops > 0 ? hops : 0));
  return entries[index];
}
