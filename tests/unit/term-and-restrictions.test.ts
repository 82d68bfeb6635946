import { describe, expect, it } from 'vitest';
import { daysUntilEnd, defaultOrderEnd } from '@/lib/supervision/term';
import { parseRestrictionRow, toRestrictionRow, ZRestrictionParams } from '@/lib/supervision/restrictions';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';

describe('order term', () => {
  it('adds the legal term in calendar years, clamping 29 February', () => {
    expect(defaultOrderEnd(new Date('2020-03-15T00:00:00Z'), 8)?.toISOString().slice(0, 10)).toBe('2028-03-15');
    expect(defaultOrderEnd(new Date('2024-02-29T00:00:00Z'), 1)?.toISOString().slice(0, 10)).toBe('2025-02-28');
    expect(defaultOrderEnd(new Date('2024-02-29T00:00:00Z'), null)).toBeNull();
  });
  it('counts days until the end, null for lifelong', () => {
    const today = new Date('2026-11-28T15:00:00Z');
    expect(daysUntilEnd({ endDate: new Date('2026-12-28T00:00:00Z'), lifelong: false }, today)).toBe(30);
    expect(daysUntilEnd({ endDate: null, lifelong: true }, today)).toBeNull();
  });
});

describe('restriction parameters', () => {
  it('validates each type and round-trips through the stored row', () => {
    const params = [
      { type: 'REPORTING', timesPerMonth: 4 },
      { type: 'CURFEW', from: '22:00', to: '06:00' },
      { type: 'EXCLUSION_ZONE', radiusM: 300, facilityTypes: ['SCHOOL'] },
      { type: 'TRAVEL_LIMIT', area: 'Astana' },
      { type: 'MASS_EVENTS_BAN' },
    ] as const;
    for (const p of params) {
      const parsed = ZRestrictionParams.parse(p);
      expect(parseRestrictionRow(toRestrictionRow(parsed))).toEqual(parsed);
    }
  });
  it('refuses out-of-range values with a message key', () => {
    const bad = [
      [{ type: 'REPORTING', timesPerMonth: 5 }, 'validation.reportingRange'],
      [{ type: 'REPORTING', timesPerMonth: 0 }, 'validation.reportingRange'],
      [{ type: 'CURFEW', from: '25:00', to: '06:00' }, 'validation.time'],
      [{ type: 'CURFEW', from: '22:00', to: '22:00' }, 'validation.curfewWindow'],
      [{ type: 'EXCLUSION_ZONE', radiusM: 10, facilityTypes: ['SCHOOL'] }, 'validation.radiusRange'],
      [{ type: 'EXCLUSION_ZONE', radiusM: 300, facilityTypes: [] }, 'validation.facilityTypes'],
    ] as const;
    for (const [input, message] of bad) {
      const result = ZRestrictionParams.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe(message);
    }
  });
  it('reports a malformed stored row instead of guessing', () => {
    expect(parseRestrictionRow({ type: 'REPORTING', params: { timesPerMonth: 'often' } })).toBeNull();
  });
});

describe('language negotiation', () => {
  it('follows Accept-Language by quality and falls back to English', () => {
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage('de-DE,kk;q=0.5,en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,kk;q=0.9')).toBe('kk');
    expect(localeFromAcceptLanguage('fr')).toBe('en');
    expect(localeFromAcceptLanguage(null)).toBe('en');
  });
});
