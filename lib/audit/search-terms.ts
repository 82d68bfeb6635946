import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

// Search terms typed into a list (a name, an IIN, an e-mail) are personal data: the audit trail
// keeps them only as keyed hashes. HMAC with the audit key (kept outside the database, like the
// seal's): whoever reads the table cannot test guesses (the IIN space is small enough to try
// every value against a plain hash), while an investigator holding the key can still find every
// export that searched for a given term (auditTermHash of that term).

const PREFIX = 'hmac:';

/** The stored form of one search term: trimmed and lower-cased first, so the same term matches. */
export function auditTermHash(term: string, key = env().auditKey): string {
  const mac = createHmac('sha256', key).update(`audit-term\u0000${term.trim().toLowerCase()}`).digest('hex');
  return `${PREFIX}${mac.slice(0, 32)}`;
}

/**
 * A list's filters as the audit trail keeps them: the keys named readable (codes and ids: status,
 * district, dates, sort) stay as they are; every other string (free-text search, e-mail) is
 * replaced by its keyed hash; empty values are dropped. Default-deny: a new free-text filter is
 * hashed unless someone declares it readable.
 */
export function auditFilters(filters: Record<string, unknown>, readable: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (readable.includes(name) || typeof value === 'number' || typeof value === 'boolean') out[name] = value;
    else out[name] = typeof value === 'string' ? auditTermHash(value) : auditTermHash(JSON.stringify(value));
  }
  return out;
}
