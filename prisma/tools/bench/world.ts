// Who the bench signs in as and what it asks for, chosen from the seeded data: the supervisor of
// the region with most persons, the police of the busiest district, the clerk of the busiest
// court, an officer with the median caseload (and 20 more for concurrent officer traffic), search
// words drawn from the seeded names, 6-digit IIN prefixes, and due check-ins to record.
import type pg from 'pg';

export type TBenchUser = { id: string; email: string; regionId: string | null; districtId: string | null; courtId: string | null };
export type TSlot = { id: string; personId: string; version: number; scheduledAt: Date };
export type TOfficer = TBenchUser & { caseload: number; personIds: string[]; slots: TSlot[] };

export type TWorld = {
  region: { id: string; code: string; persons: number };
  dashboardDistrict: { id: string; code: string; persons: number };
  policeDistrict: { id: string; code: string; persons: number };
  supervisor: TBenchUser;
  police: TBenchUser;
  clerk: TBenchUser & { queue: number };
  officer: TOfficer;
  writers: TOfficer[];
  medianCaseload: number;
  nameTerms: string[];
  iinPrefixes: string[];
  registryTerms: string[];
  regionCaseload: number;
};

/** Deterministic order for sampling: rows sorted by a hash of their id and the seed. */
const sampled = (seed: number) => `md5(id || '${Math.trunc(seed)}')`;

async function user(client: pg.Client, where: string, values: unknown[]): Promise<TBenchUser> {
  const row = (
    await client.query<TBenchUser>(`SELECT id, email, "regionId", "districtId", "courtId" FROM "User" WHERE ${where} ORDER BY email LIMIT 1`, values)
  ).rows[0];
  if (!row) throw new Error(`no bench user where ${where}`);
  return row;
}

async function officerWork(client: pg.Client, officer: TBenchUser & { caseload: number }, slotCount: number): Promise<TOfficer> {
  const personIds = (await client.query<{ id: string }>(`SELECT id FROM "Person" WHERE "officerId" = $1 ORDER BY md5(id)`, [officer.id])).rows.map((r) => r.id);
  // Due slots first (overdue, then the nearest): what an officer records next.
  const slots = (
    await client.query<TSlot>(
      `SELECT k.id, k."personId", k.version, k."scheduledAt" FROM "CheckIn" k JOIN "Person" p ON p.id = k."personId"
       WHERE p."officerId" = $1 AND k.outcome = 'SCHEDULED' AND k.source = 'SCHEDULE' ORDER BY k."scheduledAt", k.id LIMIT $2`,
      [officer.id, slotCount],
    )
  ).rows;
  return { ...officer, personIds, slots };
}

export async function chooseWorld(client: pg.Client, seed: number, writerCount: number): Promise<TWorld> {
  const region = (
    await client.query<{ id: string; code: string; persons: string }>(
      `SELECT r.id, r.code, count(*) AS persons FROM "Person" p JOIN "Region" r ON r.id = p."regionId" GROUP BY r.id, r.code ORDER BY 3 DESC, 2 LIMIT 1`,
    )
  ).rows[0];
  const busiest = async (regionId: string | null) =>
    (
      await client.query<{ id: string; code: string; persons: string }>(
        `SELECT d.id, d.code, count(*) AS persons FROM "Person" p JOIN "District" d ON d.id = p."districtId" WHERE ($1::text IS NULL OR d."regionId" = $1) GROUP BY d.id, d.code ORDER BY 3 DESC, 2 LIMIT 1`,
        [regionId],
      )
    ).rows[0];
  const dashboardDistrict = await busiest(region.id);
  const policeDistrict = await busiest(null);
  const supervisor = await user(client, `role = 'SUPERVISOR' AND "regionId" = $1`, [region.id]);
  const police = await user(client, `role = 'POLICE' AND "districtId" = $1`, [policeDistrict.id]);
  const court = (
    await client.query<{ id: string; n: string }>(
      `SELECT "courtId" AS id, count(*) AS n FROM "ExtensionPetition" WHERE status IN ('FILED', 'HEARING_SET', 'GRANTED', 'DENIED') GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    )
  ).rows[0];
  const clerk = { ...(await user(client, `role = 'CLERK' AND "courtId" = $1`, [court.id])), queue: Number(court.n) };

  const officers = (
    await client.query<TBenchUser & { caseload: string }>(
      `SELECT u.id, u.email, u."regionId", u."districtId", u."courtId", count(p.id) AS caseload
     FROM "User" u LEFT JOIN "Person" p ON p."officerId" = u.id AND EXISTS (SELECT 1 FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')
     WHERE u.role = 'OFFICER' GROUP BY u.id ORDER BY 6, u.email`,
    )
  ).rows.map((o) => ({ ...o, caseload: Number(o.caseload) }));
  const medianCaseload = officers[Math.floor(officers.length / 2)].caseload;
  const typical = [...officers].sort((a, b) => Math.abs(a.caseload - medianCaseload) - Math.abs(b.caseload - medianCaseload) || a.email.localeCompare(b.email));
  const officer = await officerWork(client, typical[0], 400);
  const writers: TOfficer[] = [];
  for (const o of typical.slice(1, 1 + writerCount)) writers.push(await officerWork(client, o, 400));

  const names = (
    await client.query<{ lastName: string; firstName: string; iin: string }>(
      `SELECT "lastName", "firstName", iin FROM "Person" WHERE "regionId" = $1 ORDER BY ${sampled(seed)} LIMIT 300`,
      [region.id],
    )
  ).rows;
  const nationwide = (
    await client.query<{ lastName: string; firstName: string }>(`SELECT "lastName", "firstName" FROM "Person" ORDER BY ${sampled(seed + 1)} LIMIT 300`)
  ).rows;
  const regionCaseload = Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Person" p WHERE p."regionId" = $1 AND EXISTS (SELECT 1 FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')`,
        [region.id],
      )
    ).rows[0].n,
  );
  return {
    region: { ...region, persons: Number(region.persons) },
    dashboardDistrict: { ...dashboardDistrict, persons: Number(dashboardDistrict.persons) },
    policeDistrict: { ...policeDistrict, persons: Number(policeDistrict.persons) },
    supervisor,
    police,
    clerk,
    officer,
    writers,
    medianCaseload,
    // Mostly a surname, every third time surname and first name (both words must match).
    nameTerms: names.map((n, i) => (i % 3 === 2 ? `${n.lastName} ${n.firstName}` : n.lastName)),
    iinPrefixes: names.map((n) => n.iin.slice(0, 6)),
    registryTerms: nationwide.map((n, i) => (i % 3 === 2 ? `${n.lastName} ${n.firstName}` : n.lastName)),
    regionCaseload,
  };
}

/** The newest session row of a user (the one the last sign-in opened), for the raw-SQL floor. */
export async function latestSessionId(client: pg.Client, userId: string) {
  return (await client.query<{ id: string }>(`SELECT id FROM "AuthSession" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [userId])).rows[0]?.id ?? '';
}
