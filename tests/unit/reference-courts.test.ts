import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COURTS, REGIONS } from '@/prisma/reference/data';

// A petition goes to the district court of the person's registered address
// (lib/petitions/competent-court.ts): the reference data must give every district its court.

describe('reference courts', () => {
  const districts = REGIONS.flatMap((r) => r.districts.map((d) => ({ ...d, regionCode: r.code })));

  it("give every district exactly one district court, in the district's region", () => {
    expect(districts.length).toBeGreaterThan(50);
    for (const d of districts) {
      const courts = COURTS.filter((c) => c.districtCode === d.code);
      expect(
        courts.map((c) => c.regionCode),
        d.code,
      ).toEqual([d.regionCode]);
    }
    // Every court with a district names a district that exists.
    const codes = new Set(districts.map((d) => d.code));
    for (const c of COURTS) if (c.districtCode) expect(codes.has(c.districtCode), c.code).toBe(true);
  });

  it('are loaded by the reference-data migration', () => {
    const sql = fs.readFileSync('prisma/migrations/20261128160800_reference_data/migration.sql', 'utf8');
    for (const d of districts) expect(sql, d.code).toContain(`'court-${d.code}', 'court-${d.code}', 'region-${d.regionCode}', 'district-${d.code}'`);
  });
});
