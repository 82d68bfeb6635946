import { describe, expect, it } from 'vitest';
import { isRecentAssessment, lacksLifelongGround, needsMissingReason } from '@/lib/petitions/risk-snapshot';

// The lifelong rule's clock (docs/decisions/028-risk-in-petitions.md): an assessment is recent until
// the Kazakhstan calendar day 12 months after its countersignature, when the annual reassessment is due.

const at = (iso: string) => new Date(iso);

describe('isRecentAssessment', () => {
  it('is recent through the day before the anniversary in Kazakhstan, not on it', () => {
    const signed = at('2025-12-02T06:00:00Z'); // 11:00 in Kazakhstan on 2 December 2025
    expect(isRecentAssessment(signed, at('2026-12-01T18:59:59Z'))).toBe(true); // 23:59:59 on 1 December
    expect(isRecentAssessment(signed, at('2026-12-01T19:00:00Z'))).toBe(false); // 00:00 on 2 December
    expect(isRecentAssessment(signed, at('2025-12-02T06:00:00Z'))).toBe(true);
  });

  it('counts the countersignature on its Kazakhstan day, not its UTC one', () => {
    const lateEvening = at('2025-12-01T20:00:00Z'); // already 2 December in Kazakhstan
    expect(isRecentAssessment(lateEvening, at('2026-12-01T12:00:00Z'))).toBe(true);
    expect(isRecentAssessment(lateEvening, at('2026-12-02T12:00:00Z'))).toBe(false);
  });

  it('follows calendar months at the end of a month and over a leap day', () => {
    expect(isRecentAssessment(at('2024-02-29T06:00:00Z'), at('2025-02-27T12:00:00Z'))).toBe(true);
    expect(isRecentAssessment(at('2024-02-29T06:00:00Z'), at('2025-02-28T12:00:00Z'))).toBe(false);
  });
});

describe('the lifelong rule', () => {
  const now = at('2026-12-02T06:00:00Z');
  const recent = { countersignedAt: '2026-06-01T06:00:00.000Z' };
  const old = { countersignedAt: '2025-11-01T06:00:00.000Z' };

  it('asks nothing of a request for years', () => {
    expect(needsMissingReason(false, null, now)).toBe(false);
    expect(lacksLifelongGround({ requestedLifelong: false, riskAssessmentMissingReason: null }, null, now)).toBe(false);
  });

  it('needs a recent assessment or a reason for a lifelong request', () => {
    expect(needsMissingReason(true, recent, now)).toBe(false);
    expect(needsMissingReason(true, old, now)).toBe(true);
    expect(needsMissingReason(true, null, now)).toBe(true);
    expect(lacksLifelongGround({ requestedLifelong: true, riskAssessmentMissingReason: null }, recent, now)).toBe(false);
    expect(lacksLifelongGround({ requestedLifelong: true, riskAssessmentMissingReason: null }, old, now)).toBe(true);
    expect(lacksLifelongGround({ requestedLifelong: true, riskAssessmentMissingReason: '  ' }, undefined, now)).toBe(true);
    expect(lacksLifelongGround({ requestedLifelong: true, riskAssessmentMissingReason: 'Reassessment booked' }, old, now)).toBe(false);
  });
});
