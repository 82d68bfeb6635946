import { describe, expect, it } from 'vitest';
import { auditWhere, ZAuditFilter } from '@/lib/audit/find-audit-events';

// The audit page's date filters are Kazakhstan calendar days (UTC+5), like every other date in
// the app: 1 December runs from 30 November 19:00 UTC to 1 December 19:00 UTC.
describe('audit trail date filters', () => {
  it('reads from/to as Kazakhstan days', () => {
    const filter = ZAuditFilter.parse({ from: '2026-12-01', to: '2026-12-01' });
    expect(auditWhere(filter).at).toEqual({ gte: new Date('2026-11-30T19:00:00Z'), lt: new Date('2026-12-01T19:00:00Z') });
  });

  it('spans whole days across a month end', () => {
    const filter = ZAuditFilter.parse({ from: '2026-11-30', to: '2026-12-31' });
    expect(auditWhere(filter).at).toEqual({ gte: new Date('2026-11-29T19:00:00Z'), lt: new Date('2026-12-31T19:00:00Z') });
  });
});
