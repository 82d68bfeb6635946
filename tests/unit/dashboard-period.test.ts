import { describe, expect, it } from 'vitest';
import { defaultPeriod, isDefaultPeriod, ZDashboardFilter } from '@/lib/oversight/filters';
import { shortName } from '@/components/dashboard/charts';

const months = (data: string) =>
  ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((month, i) => ({
    month,
    hasData: data[i] === 'x',
  }));

describe('the dashboard default period', () => {
  it('starts at the first month with data when fewer than six months have any', () => {
    // The demo: four months of history out of twelve.
    expect(defaultPeriod(months('........xxxx'))).toEqual({ from: '2026-03', to: '2026-06' });
  });

  it('shows the last six months when more have data', () => {
    expect(defaultPeriod(months('xxxxxxxxxxxx'))).toEqual({ from: '2026-01', to: '2026-06' });
  });

  it('ends at the latest month with data and keeps empty months between', () => {
    expect(defaultPeriod(months('xx.x..x.x...'))).toEqual({ from: '2025-10', to: '2026-03' });
  });

  it('shows the last six months when there is no data at all', () => {
    expect(defaultPeriod(months('............'))).toEqual({ from: '2026-01', to: '2026-06' });
  });

  it('applies only when no month was chosen', () => {
    expect(isDefaultPeriod(ZDashboardFilter.parse({}))).toBe(true);
    expect(isDefaultPeriod(ZDashboardFilter.parse({ from: '2026-01' }))).toBe(false);
    expect(isDefaultPeriod(ZDashboardFilter.parse({ to: '2026-01' }))).toBe(false);
    expect(isDefaultPeriod(ZDashboardFilter.parse({ from: 'garbage' }))).toBe(true);
  });
});

describe('officer labels on the caseload chart', () => {
  it('are "Surname I."', () => {
    expect(shortName('Yerlan Officerov')).toBe('Officerov Y.');
    expect(shortName('  Dina   Officerova ')).toBe('Officerova D.');
    expect(shortName('Нурлан Маратович Начальников')).toBe('Начальников Н.');
    expect(shortName('Madonna')).toBe('Madonna');
  });
});
