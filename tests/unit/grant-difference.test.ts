import { describe, expect, it } from 'vitest';
import { grantDifference } from '@/lib/petitions/grant-difference';

const years = (n: number) => ({ lifelong: false, termYears: n });
const lifelong = { lifelong: true, termYears: null };

describe('a grant that differs from the request', () => {
  it('is no difference when the court grants the term asked', () => {
    expect(grantDifference(years(3), { outcome: 'GRANTED_YEARS', termYears: 3 })).toBeNull();
  });

  it('is no difference when the court grants a shorter term', () => {
    expect(grantDifference(years(3), { outcome: 'GRANTED_YEARS', termYears: 2 })).toBeNull();
    expect(grantDifference(years(3), { outcome: 'GRANTED_YEARS', termYears: 1 })).toBeNull();
  });

  it('is a difference when the court grants a longer term, one year more included', () => {
    expect(grantDifference(years(3), { outcome: 'GRANTED_YEARS', termYears: 4 })).toEqual({ requested: 3, granted: 4 });
    expect(grantDifference(years(1), { outcome: 'GRANTED_YEARS', termYears: 10 })).toEqual({ requested: 1, granted: 10 });
  });

  it('is a difference when the court grants for life and a term was asked', () => {
    expect(grantDifference(years(3), { outcome: 'GRANTED_LIFELONG' })).toEqual({ requested: 3, granted: 'lifelong' });
  });

  it('is no difference when life was asked, whatever the court grants', () => {
    expect(grantDifference(lifelong, { outcome: 'GRANTED_LIFELONG' })).toBeNull();
    expect(grantDifference(lifelong, { outcome: 'GRANTED_YEARS', termYears: 10 })).toBeNull();
  });

  it('is no difference when the petition is denied', () => {
    expect(grantDifference(years(3), { outcome: 'DENIED' })).toBeNull();
    expect(grantDifference(lifelong, { outcome: 'DENIED' })).toBeNull();
  });

  it('treats a request without a term as asking for nothing: any grant goes beyond it', () => {
    expect(grantDifference({ lifelong: false, termYears: null }, { outcome: 'GRANTED_YEARS', termYears: 1 })).toEqual({ requested: null, granted: 1 });
    expect(grantDifference({ lifelong: false, termYears: null }, { outcome: 'GRANTED_LIFELONG' })).toEqual({ requested: null, granted: 'lifelong' });
  });
});
