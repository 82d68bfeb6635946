import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { KZ_OFFSET_MS, KZ_TIME_ZONE, kzMonthStart, kzStartOfDay, localCalendarDay } from '@/lib/i18n/format';

describe('Kazakhstan time', () => {
  it("is UTC+5 in this runtime's zone data, as the fixed offset says (old zone data had +6 for Almaty)", () => {
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z', '2030-03-31T00:00:00Z']) {
      expect(-new TZDate(new Date(iso), KZ_TIME_ZONE).getTimezoneOffset() * 60_000).toBe(KZ_OFFSET_MS);
    }
  });

  it('starts months and days at local midnight: 19:00 UTC on the last day is already the next month', () => {
    expect(kzMonthStart(new Date('2026-11-30T18:59:59Z')).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(kzMonthStart(new Date('2026-11-30T19:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(kzStartOfDay(new Date('2026-12-01T00:00:00Z')).toISOString()).toBe('2026-11-30T19:00:00.000Z');
    expect(localCalendarDay(new Date('2026-11-30T19:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
