// National-size bench data, set-based: users and persons are generated in JS (valid IINs need the
// checksum, names need the pools) and inserted with one `INSERT … SELECT FROM unnest(…)` per
// batch; everything else (orders, restrictions, two years of check-ins, violations, petitions
// with their decisions, warnings) is `INSERT … SELECT` over generate_series and random(), after
// `setseed()`, so a run with the same seed and the same day repeats.
//
// Shape at 50,000 persons (everything scales linearly): ≈2.3 M check-ins, ≈180,000 violations,
// ≈19,000 petitions, 1,100 officers. Orders start 2–10 years ago with the default 8-year term;
// those whose first term ended more than 30 days ago were extended by a granted petition (3 years
// or for life), often after an earlier denied or withdrawn one; those ending within 240 days have
// a pending petition half the time, so the expiry worklist and the court queue both have work.
import crypto from 'node:crypto';
import type pg from 'pg';
import { buildIin } from '@/lib/iin/iin';
import { REGIONS } from '../../reference/data';
import { createRandom } from '../../seed/random';
import { FEMALE_FIRST_NAMES, FEMALE_PATRONYMICS, MALE_FIRST_NAMES, MALE_PATRONYMICS, STREETS, SURNAMES, femaleLastName, zipfPicker } from './names';

export const BENCH_PASSWORD = 'nadzor-bench-password';
/** Officers per person at national scale: 1,100 for 50,000. */
const OFFICERS_PER_PERSON = 1100 / 50_000;
/** Police per district at 50,000 persons (scaled, at least one). */
const POLICE_PER_DISTRICT_AT_50K = 2;
const CITY_REGIONS = new Set(['astana', 'almaty-city', 'shymkent']);

export type TSeedStep = { step: string; ms: number; rows: number };
export type TSeedResult = { seed: number; sqlSeed: number; ms: number; steps: TSeedStep[]; counts: Record<string, number> };

/** A stable id that looks like the app's (25 characters, random-looking), from a name. */
export function benchId(name: string) {
  return `c${crypto.createHash('md5').update(name).digest('hex').slice(0, 24)}`;
}

/** A timestamp(3) literal in UTC, the form Prisma stores DateTime columns in. */
export function sqlTs(d: Date) {
  return d.toISOString().slice(0, 23).replace('T', ' ');
}

export function sqlDate(d: Date) {
  return d.toISOString().slice(0, 10);
}

/** District weight: districts of the three big cities 2.5, regional centres 2, rural districts 1. */
function districtWeights() {
  const weights = new Map<string, number>();
  for (const region of REGIONS) {
    region.districts.forEach((d, i) => weights.set(d.code, CITY_REGIONS.has(region.code) ? 2.5 : i === 0 ? 2 : 1));
  }
  return weights;
}

/** Splits `total` over buckets in proportion to weights, at least `min` each (largest remainder). */
function apportion(total: number, weights: number[], min = 0): number[] {
  const base = weights.map(() => min);
  const rest = Math.max(0, total - min * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const floors = exact.map(Math.floor);
  let left = rest - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - floors[i], i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return base.map((b, i) => b + floors[i]);
}

export async function seedNational(
  client: pg.Client,
  { persons: P, seed, now, passwordHash, log }: { persons: number; seed: number; now: Date; passwordHash: string; log: (line: string) => void },
): Promise<TSeedResult> {
  const t0 = performance.now();
  const steps: TSeedStep[] = [];
  const run = async (step: string, text: string, values: unknown[] = []) => {
    const t = performance.now();
    const result = await client.query(text, values);
    const ms = performance.now() - t;
    steps.push({ step, ms, rows: result.rowCount ?? 0 });
    log(`  ${step.padEnd(34)} ${String(result.rowCount ?? 0).padStart(9)} rows ${(ms / 1000).toFixed(1).padStart(6)} s`);
    return result;
  };
  const rng = createRandom(seed);
  // setseed takes [-1, 1]; derived from the same seed so one number repeats the whole run.
  const sqlSeed = ((seed % 2_000_000) - 1_000_000) / 1_000_000;
  await client.query('SELECT setseed($1)', [sqlSeed]);
  const nowTs = sqlTs(now);
  const today = sqlDate(now);

  // ── reference data (loaded by the migrations) ──
  const districts = (await client.query<{ id: string; code: string; regionId: string }>('SELECT id, code, "regionId" FROM "District" ORDER BY code')).rows;
  const regions = (await client.query<{ id: string; code: string }>('SELECT id, code FROM "Region" ORDER BY code')).rows;
  const courts = (
    await client.query<{ id: string; code: string; districtId: string | null; regionId: string }>(
      'SELECT id, code, "districtId", "regionId" FROM "Court" ORDER BY code',
    )
  ).rows;
  const articles = (await client.query<{ id: string }>('SELECT id FROM "CriminalArticle" ORDER BY code')).rows.map((r) => r.id);
  const bases = (await client.query<{ id: string; code: string }>('SELECT id, code FROM "LegalBasis" ORDER BY code')).rows;
  const riskCodes = (await client.query<{ code: string }>('SELECT code FROM "RiskFactor" ORDER BY code')).rows.map((r) => r.code);
  const basisPec = bases.find((b) => b.code === 'pec-171')?.id ?? bases[0].id;
  const basisOld = bases.find((b) => b.code === 'law-28-I-1996')?.id ?? basisPec;

  // ── persons per district, then officers in proportion ──
  const weights = districtWeights();
  const dWeights = districts.map((d) => weights.get(d.code) ?? 1);
  const cumulative: number[] = [];
  dWeights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const personDistrict: number[] = Array.from({ length: P }, () => {
    const x = rng.next() * totalWeight;
    return cumulative.findIndex((c) => c >= x);
  });
  const perDistrict = districts.map(() => 0);
  for (const d of personDistrict) perDistrict[d]++;
  const officerCount = Math.max(districts.length, Math.round(P * OFFICERS_PER_PERSON));
  const officersPerDistrict = apportion(
    officerCount,
    perDistrict.map((n) => Math.max(n, 1)),
    1,
  );
  const policePerDistrict = Math.max(1, Math.round((POLICE_PER_DISTRICT_AT_50K * P) / 50_000));

  // ── users ──
  type TUser = { id: string; email: string; fullName: string; role: string; districtId: string | null; courtId: string | null; regionId: string | null };
  const users: TUser[] = [];
  const surname = zipfPicker(SURNAMES.length);
  const fullName = () => `${SURNAMES[surname(rng)]} ${rng.pick(MALE_FIRST_NAMES)}`;
  const officersByDistrict: string[][] = districts.map(() => []);
  const policeByDistrict: string[][] = districts.map(() => []);
  let officerNo = 0;
  districts.forEach((d, di) => {
    for (let k = 0; k < officersPerDistrict[di]; k++) {
      const id = benchId(`user:officer:${officerNo}`);
      users.push({ id, email: `officer.${++officerNo}@bench.kz`, fullName: fullName(), role: 'OFFICER', districtId: d.id, courtId: null, regionId: null });
      officersByDistrict[di].push(id);
    }
    for (let k = 1; k <= policePerDistrict; k++) {
      const id = benchId(`user:police:${d.code}:${k}`);
      users.push({ id, email: `police.${d.code}.${k}@bench.kz`, fullName: fullName(), role: 'POLICE', districtId: d.id, courtId: null, regionId: null });
      policeByDistrict[di].push(id);
    }
  });
  for (const c of courts)
    users.push({
      id: benchId(`user:clerk:${c.code}`),
      email: `clerk.${c.code}@bench.kz`,
      fullName: fullName(),
      role: 'CLERK',
      districtId: null,
      courtId: c.id,
      regionId: null,
    });
  for (const r of regions)
    users.push({
      id: benchId(`user:supervisor:${r.code}`),
      email: `supervisor.${r.code}@bench.kz`,
      fullName: fullName(),
      role: 'SUPERVISOR',
      districtId: null,
      courtId: null,
      regionId: r.id,
    });
  users.push({
    id: benchId('user:admin'),
    email: 'admin@bench.kz',
    fullName: 'Bench Administrator',
    role: 'ADMIN',
    districtId: null,
    courtId: null,
    regionId: null,
  });
  await run(
    'users',
    `INSERT INTO "User" (id, email, "fullName", "passwordHash", role, "districtId", "courtId", "regionId", "createdAt", "updatedAt", "activatedAt", "mfaExempt")
     SELECT u.id, u.email, u.name, $8, u.role::"Role", u.district, u.court, u.region, $9::timestamp, $9::timestamp, $9::timestamp, true
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, email, name, role, district, court, region)`,
    [
      users.map((u) => u.id),
      users.map((u) => u.email),
      users.map((u) => u.fullName),
      users.map((u) => u.role),
      users.map((u) => u.districtId),
      users.map((u) => u.courtId),
      users.map((u) => u.regionId),
      passwordHash,
      nowTs,
    ],
  );

  // ── persons (JS: valid IINs and names), inserted in batches through unnest ──
  const iins = new Set<string>();
  const BATCH = 5000;
  let personRows = 0;
  const tPersons = performance.now();
  for (let start = 0; start < P; start += BATCH) {
    const cols = {
      id: [] as string[],
      iin: [] as string[],
      last: [] as string[],
      first: [] as string[],
      middle: [] as string[],
      birth: [] as string[],
      sex: [] as string[],
      district: [] as string[],
      officer: [] as (string | null)[],
      creator: [] as string[],
      created: [] as string[],
      withheld: [] as boolean[],
    };
    for (let i = start; i < Math.min(P, start + BATCH); i++) {
      const di = personDistrict[i];
      const male = rng.chance(0.93);
      let iin: string | null = null;
      let birth = new Date(0);
      while (!iin || iins.has(iin)) {
        birth = new Date(Date.UTC(rng.int(1955, 2003), rng.int(0, 11), rng.int(1, 28)));
        iin = buildIin(birth, male ? 'MALE' : 'FEMALE', rng.int(0, 9999));
      }
      iins.add(iin);
      const root = SURNAMES[surname(rng)];
      cols.id.push(benchId(`person:${i}`));
      cols.iin.push(iin);
      cols.last.push(male ? root : femaleLastName(root));
      cols.first.push(rng.pick(male ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES));
      cols.middle.push(rng.pick(male ? MALE_PATRONYMICS : FEMALE_PATRONYMICS));
      cols.birth.push(sqlDate(birth));
      cols.sex.push(male ? 'MALE' : 'FEMALE');
      cols.district.push(districts[di].id);
      // About 1% wait for an officer (the dashboard's "unassigned").
      cols.officer.push(rng.chance(0.01) ? null : rng.pick(officersByDistrict[di]));
      cols.creator.push(rng.pick(policeByDistrict[di]));
      cols.created.push(sqlTs(new Date(now.getTime() - rng.int(30, 3650) * 86_400_000 - rng.int(0, 86_399) * 1000)));
      cols.withheld.push(rng.chance(0.005));
    }
    const result = await client.query(
      `INSERT INTO "Person" (id, iin, "lastName", "firstName", "middleName", "birthDate", sex, "districtId", "officerId", "createdById", "createdAt", "updatedAt", "registryWithheld", "registryWithheldReason", "registryWithheldAt")
       SELECT x.id, x.iin, x.last, x.first, x.middle, x.birth::date, x.sex::"Sex", x.district, x.officer, x.creator, x.created::timestamp, x.created::timestamp,
         x.withheld, CASE WHEN x.withheld THEN 'Victim protection (bench)' END, CASE WHEN x.withheld THEN x.created::timestamp END
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[])
         AS x(id, iin, last, first, middle, birth, sex, district, officer, creator, created, withheld)`,
      [cols.id, cols.iin, cols.last, cols.first, cols.middle, cols.birth, cols.sex, cols.district, cols.officer, cols.creator, cols.created, cols.withheld],
    );
    personRows += result.rowCount ?? 0;
  }
  steps.push({ step: 'persons', ms: performance.now() - tPersons, rows: personRows });
  log(`  ${'persons'.padEnd(34)} ${String(personRows).padStart(9)} rows ${((performance.now() - tPersons) / 1000).toFixed(1).padStart(6)} s`);

  // ── the plan: every random per-person choice made once, in SQL ──
  // s0: start of the order (= end of the sentence); e0: end of its first 8-year term.
  // kind: ext (first term over: extended by a granted petition), soon (ends within 240 days or
  // ended in the last 30), later, lifelong0 (lifelong from the start).
  await run(
    'plan (temp table)',
    `CREATE TEMP TABLE bench_plan AS
     SELECT x.*, (x.s0 + interval '8 years')::date AS e0,
       CASE WHEN x.lifelong0 THEN 'lifelong0'
            WHEN (x.s0 + interval '8 years')::date <= $1::date - 30 THEN 'ext'
            WHEN (x.s0 + interval '8 years')::date <= $1::date + 240 THEN 'soon'
            ELSE 'later' END AS kind
     FROM (
       SELECT p.id AS person_id, p."districtId" AS district_id, p."regionId" AS region_id, p."officerId" AS officer_id,
         (SELECT u.id FROM "User" u WHERE u.role = 'POLICE' AND u."districtId" = p."districtId" ORDER BY u.email LIMIT 1) AS police_id,
         (SELECT c.id FROM "Court" c WHERE c."districtId" = p."districtId" ORDER BY c.code LIMIT 1) AS court_id,
         (SELECT u.id FROM "User" u WHERE u.role = 'SUPERVISOR' AND u."regionId" = p."regionId" LIMIT 1) AS supervisor_id,
         CASE WHEN random() < 0.85 THEN $1::date - (730 + floor(random() * 2920))::int ELSE $1::date - (30 + floor(random() * 700))::int END AS s0,
         random() < 0.05 AS lifelong0,
         random() < 0.2 AS ext_lifelong,
         CASE WHEN random() < 0.55 THEN 1 WHEN random() < 0.62 THEN 2 WHEN random() < 0.59 THEN 3 ELSE 4 END AS times,
         random() < 0.6 AS curfew, random() < 0.5 AS exclusion, random() < 0.2 AS mass_ban,
         ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int] AS article,
         (3 + floor(random() * 9))::int AS verdict_years,
         random() AS r_petition, random() AS r_status, random() AS r_days
       FROM "Person" p ORDER BY p.id OFFSET 0
     ) x`,
    [today, articles],
  );
  await client.query('UPDATE bench_plan SET police_id = (SELECT id FROM "User" WHERE role = \'POLICE\' ORDER BY email LIMIT 1) WHERE police_id IS NULL');
  await client.query(
    'UPDATE bench_plan SET court_id = (SELECT id FROM "Court" WHERE "regionId" = bench_plan.region_id ORDER BY code LIMIT 1) WHERE court_id IS NULL',
  );
  await client.query('CREATE INDEX ON bench_plan (person_id)');
  await client.query('ANALYZE bench_plan');

  await run(
    'aliases',
    `INSERT INTO "PersonAlias" (id, "personId", "lastName", "firstName", "middleName")
     SELECT 'c' || substr(md5('alias:' || p.id), 1, 24), p.id, ($1::text[])[1 + floor(random() * array_length($1::text[], 1))::int], p."firstName", p."middleName"
     FROM "Person" p WHERE random() < 0.03`,
    [SURNAMES],
  );
  await run(
    'addresses',
    `INSERT INTO "Address" (id, "personId", kind, "districtId", locality, street, building, apartment, latitude, longitude, "validFrom", "validTo", "createdAt")
     SELECT 'c' || substr(md5('addr:' || a.pid || ':' || a.n), 1, 24), a.pid, a.kind::"AddressKind", a.district, '', 'ул. ' || ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int],
       (1 + floor(random() * 180))::int::text, CASE WHEN random() < 0.6 THEN (1 + floor(random() * 200))::int::text END,
       d.latitude + (random() - 0.5) * 0.05, d.longitude + (random() - 0.5) * 0.07, a.valid_from, a.valid_to, $1::timestamp
     FROM (
       SELECT b.person_id AS pid, 1 AS n, 'REGISTERED' AS kind, b.district_id AS district, b.s0 AS valid_from, NULL::date AS valid_to FROM bench_plan b
       UNION ALL
       SELECT b.person_id, 2, 'REGISTERED', b.district_id, b.s0 - 2000, b.s0 FROM bench_plan b WHERE b.r_days < 0.15
       UNION ALL
       SELECT b.person_id, 3, 'RESIDENCE', b.district_id, b.s0 + 30, NULL FROM bench_plan b WHERE b.r_days > 0.8
     ) a JOIN "District" d ON d.id = a.district`,
    [nowTs, STREETS],
  );
  await run(
    'convictions',
    `INSERT INTO "Conviction" (id, "personId", "articleId", "courtId", "caseNumber", "verdictDate", "sentenceEnd", "minorVictim", "createdAt")
     SELECT 'c' || substr(md5('conv:' || b.person_id), 1, 24), b.person_id, b.article, b.court_id,
       '1-' || (100 + floor(random() * 900))::int || '/' || extract(year FROM b.s0 - b.verdict_years * 365)::int,
       b.s0 - b.verdict_years * 365, b.s0, true, $1::timestamp
     FROM bench_plan b`,
    [nowTs],
  );
  await run(
    'orders',
    `INSERT INTO "SupervisionOrder" (id, "personId", "legalBasisId", "courtId", "rulingNumber", "rulingDate", "startDate", "endDate", lifelong, status, "createdAt", "updatedAt")
     SELECT 'c' || substr(md5('order:' || b.person_id), 1, 24), b.person_id, CASE WHEN b.s0 < DATE '2015-01-01' THEN $2 ELSE $3 END, b.court_id,
       '2-' || (1000 + floor(random() * 9000))::int || '/' || extract(year FROM b.s0 - 20)::int, b.s0 - 20, b.s0,
       CASE WHEN b.kind = 'lifelong0' OR (b.kind = 'ext' AND b.ext_lifelong) THEN NULL
            WHEN b.kind = 'ext' THEN (b.e0 + interval '3 years')::date ELSE b.e0 END,
       b.kind = 'lifelong0' OR (b.kind = 'ext' AND b.ext_lifelong), 'ACTIVE', (b.s0 - 20)::timestamp, $1::timestamp
     FROM bench_plan b`,
    [nowTs, basisOld, basisPec],
  );
  await run(
    'restrictions',
    `INSERT INTO "Restriction" (id, "orderId", type, params, "effectiveFrom", "rulingNumber", "rulingDate", "legalBasisId", "createdAt")
     SELECT 'c' || substr(md5('restr:' || r.kind || ':' || o.id), 1, 24), o.id, r.kind::"RestrictionType", r.params::jsonb, o."startDate", o."rulingNumber", o."rulingDate", o."legalBasisId", o."createdAt"
     FROM bench_plan b JOIN "SupervisionOrder" o ON o."personId" = b.person_id
     CROSS JOIN LATERAL (VALUES
       ('REPORTING', json_build_object('timesPerMonth', b.times)::text, true),
       ('CURFEW', '{"from":"22:00","to":"06:00"}', b.curfew),
       ('EXCLUSION_ZONE', '{"radiusM":300,"facilityTypes":["SCHOOL","KINDERGARTEN","PLAYGROUND"]}', b.exclusion),
       ('MASS_EVENTS_BAN', '{}', b.mass_ban)
     ) AS r(kind, params, wanted)
     WHERE r.wanted`,
  );

  // ── check-ins: every reporting slot of the last two years and the next 60 days, with the slot
  // keys and times lib/checkins/schedule.ts computes (so rolling the schedule finds them in place) ──
  const historyFrom = sqlTs(new Date(now.getTime() - 730 * 86_400_000));
  const until = sqlTs(new Date(now.getTime() + 60 * 86_400_000));
  await run(
    'check-ins (reporting slots)',
    `INSERT INTO "CheckIn" (id, "personId", "officerId", source, "slotKey", "restrictionId", "scheduledAt", "actualAt", channel, outcome, "excuseReason", "evidenceDueAt", "recordedById", "recordedAt", "createdAt")
     SELECT 'c' || substr(md5('ck:' || s.slot_key), 1, 24), s.person_id, s.officer_id, 'SCHEDULE', s.slot_key, s.rid, s.at,
       CASE WHEN s.outcome IN ('ATTENDED', 'EXCUSED', 'AWAITING_EVIDENCE') THEN s.at + (floor(s.r2 * 180) || ' minutes')::interval END,
       (CASE WHEN s.r2 < 0.04 THEN 'VIDEO' WHEN s.r2 < 0.06 THEN 'PHONE' ELSE 'STATION' END)::"CheckInChannel",
       s.outcome::"CheckInOutcome",
       CASE WHEN s.outcome = 'EXCUSED' THEN 'Medical certificate' END,
       CASE WHEN s.outcome = 'AWAITING_EVIDENCE' THEN s.at + interval '7 days' END,
       CASE WHEN s.outcome <> 'SCHEDULED' THEN coalesce(s.officer_id, s.police_id) END,
       CASE WHEN s.outcome <> 'SCHEDULED' THEN s.at + (floor(s.r2 * 180) || ' minutes')::interval END,
       least(s.at, $1::timestamp) - interval '30 days'
     FROM (
       SELECT t.*,
         CASE WHEN t.at > $1::timestamp THEN 'SCHEDULED'
              WHEN t.at > $1::timestamp - interval '14 days' AND t.r1 < 0.1 THEN 'SCHEDULED'
              WHEN t.r1 < 0.86 THEN 'ATTENDED' WHEN t.r1 < 0.92 THEN 'MISSED' WHEN t.r1 < 0.995 THEN 'EXCUSED' ELSE 'AWAITING_EVIDENCE' END AS outcome
       FROM (
         SELECT b.person_id, b.officer_id, b.police_id, r.id AS rid, r."effectiveFrom" AS eff,
           r.id || ':' || to_char(m.month, 'YYYY-MM') || ':' || i AS slot_key,
           make_timestamp(extract(year FROM m.month)::int, extract(month FROM m.month)::int,
             floor((i + 0.5) * extract(day FROM m.month + interval '1 month' - interval '1 day') / b.times)::int + 1, 5, 0, 0) AS at,
           random() AS r1, random() AS r2
         FROM bench_plan b
         JOIN "Restriction" r ON r."orderId" = 'c' || substr(md5('order:' || b.person_id), 1, 24) AND r.type = 'REPORTING'
         CROSS JOIN LATERAL generate_series(date_trunc('month', greatest(r."effectiveFrom"::timestamp, $2::timestamp)), $3::timestamp, interval '1 month') AS m(month)
         CROSS JOIN LATERAL generate_series(0, b.times - 1) AS i
         OFFSET 0
       ) t
       WHERE t.at >= t.eff AND t.at >= $2::timestamp AND t.at <= $3::timestamp
       OFFSET 0
     ) s`,
    [nowTs, historyFrom, until],
  );
  await run(
    'check-ins (curfew home visits)',
    `INSERT INTO "CheckIn" (id, "personId", "officerId", source, "scheduledAt", "actualAt", channel, outcome, "curfewCheck", "personAtHome", "recordedById", "recordedAt", "createdAt", notes)
     SELECT 'c' || substr(md5('visit:' || v.person_id || ':' || v.n), 1, 24), v.person_id, v.officer_id, 'AD_HOC', v.at, v.at + interval '20 minutes', 'HOME_VISIT', 'ATTENDED', true,
       v.r >= 0.05, coalesce(v.officer_id, v.police_id), v.at + interval '20 minutes', v.at - interval '2 days', CASE WHEN v.r < 0.05 THEN 'Not at home during curfew' END
     FROM (
       SELECT b.person_id, b.officer_id, b.police_id, n, greatest(b.s0::timestamp, $2::timestamp) + (n * 90 + floor(random() * 60)) * interval '1 day' + interval '17 hours' AS at, random() AS r
       FROM bench_plan b CROSS JOIN LATERAL generate_series(0, 8) AS n
       WHERE b.curfew
       OFFSET 0
     ) v WHERE v.at < $1::timestamp`,
    [nowTs, historyFrom],
  );

  // ── violations: most misses, curfew absences, then other kinds up to 3.6 per person ──
  const violationStatus = (
    ageSql: string,
  ) => `CASE WHEN ${ageSql} < interval '30 days' THEN (CASE WHEN r.s < 0.6 THEN 'RECORDED' WHEN r.s < 0.85 THEN 'ADMIN_PROTOCOL' ELSE 'DISMISSED' END)
      ELSE (CASE WHEN r.s < 0.03 THEN 'RECORDED' WHEN r.s < 0.58 THEN 'ADMIN_PROTOCOL' WHEN r.s < 0.63 THEN 'CRIMINAL_REFERRAL' ELSE 'DISMISSED' END) END`;
  const violationInsert = (source: string) => `
    INSERT INTO "Violation" (id, "personId", type, "occurredAt", place, "restrictionId", "checkInId", description, status, "protocolNumber", "protocolDate", penalty, "referralNumber", "dismissReason", "recordedById", "createdAt", "updatedAt")
    SELECT v.id, v.person_id, v.type::"ViolationType", v.at, v.place, v.rid, v.ck, v.description, v.status::"ViolationStatus",
      CASE WHEN v.status = 'ADMIN_PROTOCOL' THEN 'AP-' || (10000 + floor(random() * 90000))::int END,
      CASE WHEN v.status = 'ADMIN_PROTOCOL' THEN (v.at + interval '5 days')::date END,
      CASE WHEN v.status = 'ADMIN_PROTOCOL' THEN 'Fine of 10 MCI' END,
      CASE WHEN v.status = 'CRIMINAL_REFERRAL' THEN 'CR-' || (10000 + floor(random() * 90000))::int END,
      CASE WHEN v.status = 'DISMISSED' THEN 'Valid reason established' END,
      v.recorder, v.at + interval '1 day', least(v.at + interval '6 days', $1::timestamp)
    FROM (${source}) v`;
  await run(
    'violations (missed check-ins)',
    violationInsert(`
      SELECT 'c' || substr(md5('viol:ck:' || c.id), 1, 24) AS id, c."personId" AS person_id, 'MISSED_REPORTING' AS type, c."scheduledAt" AS at, NULL AS place,
        c."restrictionId" AS rid, c.id AS ck, 'Did not report for the scheduled check-in.' AS description,
        ${violationStatus(`$1::timestamp - c."scheduledAt"`)} AS status, coalesce(c."officerId", c."recordedById") AS recorder
      FROM (SELECT c.*, random() AS keep FROM "CheckIn" c WHERE c.outcome = 'MISSED' OFFSET 0) c CROSS JOIN LATERAL (SELECT random() AS s, c.id AS _) r
      WHERE c.keep < 0.8`),
    [nowTs],
  );
  await run(
    'violations (curfew absences)',
    violationInsert(`
      SELECT 'c' || substr(md5('viol:ck:' || c.id), 1, 24) AS id, c."personId" AS person_id, 'CURFEW_BREACH' AS type, c."actualAt" AS at, 'Home address' AS place, NULL AS rid,
        c.id AS ck, 'Not at home during the curfew visit.' AS description, ${violationStatus(`$1::timestamp - c."actualAt"`)} AS status, c."recordedById" AS recorder
      FROM "CheckIn" c CROSS JOIN LATERAL (SELECT random() AS s, c.id AS _) r
      WHERE c."curfewCheck" AND c."personAtHome" = false`),
    [nowTs],
  );
  const soFar = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "Violation"')).rows[0].n);
  const perPerson = Math.max(0, (Math.round(3.6 * P) - soFar) / P);
  await run(
    'violations (other)',
    violationInsert(`
      SELECT 'c' || substr(md5('viol:o:' || b.person_id || ':' || n), 1, 24) AS id, b.person_id,
        (ARRAY['EXCLUSION_ZONE_ENTRY', 'TRAVEL_WITHOUT_PERMISSION', 'OTHER_RESTRICTION', 'MISSED_REPORTING', 'CURFEW_BREACH'])[1 + floor(b.r_type * 5)::int] AS type,
        b.at, 'Reported by the district police' AS place, NULL AS rid, NULL AS ck, 'Recorded from a police report.' AS description,
        ${violationStatus(`$1::timestamp - b.at`)} AS status, coalesce(b.officer_id, b.police_id) AS recorder
      FROM (
        SELECT b.*, n, random() AS r_type,
          greatest(b.s0::timestamp, $1::timestamp - interval '730 days') + random() * ($1::timestamp - greatest(b.s0::timestamp, $1::timestamp - interval '730 days')) AS at
        FROM (SELECT b.*, floor(random() * (2 * $2::float8 + 1))::int AS k FROM bench_plan b OFFSET 0) b
        CROSS JOIN LATERAL generate_series(1, b.k) AS n
        OFFSET 0
      ) b CROSS JOIN LATERAL (SELECT random() AS s, b.person_id AS _) r`),
    [nowTs, perPerson],
  );
  await run(
    'violation steps',
    `INSERT INTO "ViolationStep" (id, "violationId", "fromStatus", "toStatus", "actorId", reason, at)
     SELECT 'c' || substr(md5('vstep:0:' || v.id), 1, 24), v.id, NULL::"ViolationStatus", 'RECORDED'::"ViolationStatus", v."recordedById", NULL, v."createdAt" FROM "Violation" v
     UNION ALL
     SELECT 'c' || substr(md5('vstep:1:' || v.id), 1, 24), v.id, 'RECORDED'::"ViolationStatus", v.status, v."recordedById", v."dismissReason", v."updatedAt" FROM "Violation" v WHERE v.status <> 'RECORDED'`,
  );

  // ── petitions: granted extensions (and earlier failed attempts) in the past, pending ones for orders about to end ──
  const petitionInsert = (source: string) => `
    INSERT INTO "ExtensionPetition" (id, "personId", "orderId", "courtId", status, grounds, "requestedTermYears", "requestedLifelong", "drafterId", "endorserId", "hearingDate", language,
      "riskFactorCodes", "withdrawnReason", "endorsedAt", "filedAt", "createdAt", "updatedAt")
    SELECT p.id, p.person_id, 'c' || substr(md5('order:' || p.person_id), 1, 24), p.court_id, p.status::"PetitionStatus",
      'Repeated violations of the supervision regime; the risk of reoffending persists.', CASE WHEN p.lifelong THEN NULL ELSE 3 END, p.lifelong,
      p.police_id, CASE WHEN p.status <> 'DRAFT' AND p.status <> 'WITHDRAWN' THEN p.supervisor_id END,
      CASE WHEN p.status IN ('HEARING_SET', 'GRANTED', 'DENIED') THEN p.hearing END,
      (CASE WHEN random() < 0.7 THEN 'RU' ELSE 'KK' END)::"PetitionLanguage",
      ARRAY(SELECT c FROM unnest($2::text[]) c WHERE random() < 0.3 AND p.person_id IS NOT NULL),
      CASE WHEN p.status = 'WITHDRAWN' THEN 'The person was re-arrested; the petition is no longer needed.' END,
      CASE WHEN p.status NOT IN ('DRAFT', 'WITHDRAWN') THEN p.created + interval '5 days' END,
      CASE WHEN p.status IN ('FILED', 'HEARING_SET', 'GRANTED', 'DENIED') THEN p.created + interval '10 days' END,
      p.created, least(p.updated, $1::timestamp)
    FROM (${source}) p`;
  await run(
    'petitions (granted extensions)',
    petitionInsert(`
      SELECT 'c' || substr(md5('pet:g:' || b.person_id), 1, 24) AS id, b.person_id, b.court_id, b.police_id, b.supervisor_id, 'GRANTED' AS status, b.ext_lifelong AS lifelong,
        x.created, (x.created + interval '40 days')::date AS hearing, x.created + interval '42 days' AS updated
      FROM bench_plan b CROSS JOIN LATERAL (SELECT b.e0 - (60 + floor(b.r_days * 90))::int * interval '1 day' + interval '9 hours' AS created) x
      WHERE b.kind = 'ext'`),
    [nowTs, riskCodes],
  );
  await run(
    'petitions (earlier denied/withdrawn)',
    petitionInsert(`
      SELECT 'c' || substr(md5('pet:f:' || b.person_id), 1, 24) AS id, b.person_id, b.court_id, b.police_id, b.supervisor_id,
        CASE WHEN b.r_status < 0.45 THEN 'DENIED' ELSE 'WITHDRAWN' END AS status, false AS lifelong,
        x.created, (x.created + interval '40 days')::date AS hearing, x.created + interval '42 days' AS updated
      FROM bench_plan b CROSS JOIN LATERAL (SELECT b.e0 - (250 + floor(b.r_days * 150))::int * interval '1 day' + interval '11 hours' AS created) x
      WHERE b.kind = 'ext' AND b.r_petition < 0.66`),
    [nowTs, riskCodes],
  );
  await run(
    'petitions (pending)',
    petitionInsert(`
      SELECT 'c' || substr(md5('pet:p:' || b.person_id), 1, 24) AS id, b.person_id, b.court_id, b.police_id, b.supervisor_id,
        CASE WHEN b.r_status < 0.25 THEN 'DRAFT' WHEN b.r_status < 0.45 THEN 'ENDORSED' WHEN b.r_status < 0.7 THEN 'FILED' ELSE 'HEARING_SET' END AS status,
        false AS lifelong, x.created, ($1::timestamp + (5 + floor(b.r_days * 40))::int * interval '1 day')::date AS hearing, x.created + interval '10 days' AS updated
      FROM bench_plan b CROSS JOIN LATERAL (SELECT $1::timestamp - (12 + floor(b.r_days * 50))::int * interval '1 day' AS created) x
      WHERE b.kind = 'soon' AND b.r_petition < 0.5`),
    [nowTs, riskCodes],
  );
  await run(
    'filing numbers',
    `UPDATE "ExtensionPetition" e SET "filingNumber" = n.num
     FROM (SELECT id, 'EP-' || extract(year FROM "filedAt")::int || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM "filedAt") ORDER BY "filedAt", id))::text, 5, '0') AS num
           FROM "ExtensionPetition" WHERE "filedAt" IS NOT NULL) n
     WHERE n.id = e.id`,
  );
  await run(
    'filing counters',
    `INSERT INTO "PetitionFilingCounter" (year, last)
     SELECT extract(year FROM "filedAt")::int, count(*) FROM "ExtensionPetition" WHERE "filedAt" IS NOT NULL GROUP BY 1`,
  );
  await run(
    'court decisions',
    `INSERT INTO "CourtDecision" (id, "petitionId", outcome, "termYears", "decisionNumber", "decisionDate", "newEndDate", reason, "clerkId", "createdAt")
     SELECT 'c' || substr(md5('dec:' || e.id), 1, 24), e.id,
       (CASE WHEN e.status = 'DENIED' THEN 'DENIED' WHEN e."requestedLifelong" THEN 'GRANTED_LIFELONG' ELSE 'GRANTED_YEARS' END)::"DecisionOutcome",
       CASE WHEN e.status = 'GRANTED' AND NOT e."requestedLifelong" THEN 3 END,
       '2-' || (1000 + floor(random() * 9000))::int || '/' || extract(year FROM e."updatedAt")::int, e."updatedAt"::date,
       CASE WHEN e.status = 'GRANTED' AND NOT e."requestedLifelong" THEN o."endDate" END,
       CASE WHEN e.status = 'DENIED' THEN 'The grounds were not proven.' END,
       (SELECT u.id FROM "User" u WHERE u.role = 'CLERK' AND u."courtId" = e."courtId" LIMIT 1), e."updatedAt"
     FROM "ExtensionPetition" e JOIN "SupervisionOrder" o ON o.id = e."orderId"
     WHERE e.status IN ('GRANTED', 'DENIED')`,
  );
  await run(
    'order extensions',
    `INSERT INTO "OrderExtension" (id, "orderId", sequence, "previousEndDate", "newEndDate", lifelong, "rulingNumber", "rulingDate", "decisionId", "createdAt")
     SELECT 'c' || substr(md5('ext:' || d.id), 1, 24), e."orderId", 1, (o."startDate" + interval '8 years')::date, o."endDate", o.lifelong, d."decisionNumber", d."decisionDate", d.id, d."createdAt"
     FROM "CourtDecision" d JOIN "ExtensionPetition" e ON e.id = d."petitionId" JOIN "SupervisionOrder" o ON o.id = e."orderId"
     WHERE d.outcome <> 'DENIED'`,
  );
  await run(
    'announcement tasks',
    `INSERT INTO "AnnouncementTask" (id, "decisionId", "personId", "districtId", status, "signedOn", "refusalWitness", "doneById", "doneAt", "createdAt")
     SELECT 'c' || substr(md5('ann:' || d.id), 1, 24), d.id, p.id, p."districtId", a.status::"AnnouncementStatus",
       CASE WHEN a.status = 'SIGNED' THEN d."decisionDate" + 7 END, CASE WHEN a.status = 'REFUSED' THEN 'District police inspector' END,
       CASE WHEN a.status <> 'OPEN' THEN p."createdById" END, CASE WHEN a.status <> 'OPEN' THEN d."createdAt" + interval '7 days' END, d."createdAt"
     FROM "CourtDecision" d JOIN "ExtensionPetition" e ON e.id = d."petitionId" JOIN "Person" p ON p.id = e."personId"
     CROSS JOIN LATERAL (SELECT CASE WHEN d."decisionDate" > $1::date - 14 THEN 'OPEN' WHEN random() < 0.97 THEN 'SIGNED' ELSE 'REFUSED' END AS status, d.id AS _) a`,
    [today],
  );

  // ── warnings: most signed the lifelong-restrictions notice; some public-order warnings ──
  await run(
    'warnings',
    `INSERT INTO "Warning" (id, "personId", type, "legalBasisId", "issuedById", "issuedAt", language, outcome, "signedOn", "refusalWitness", "refusedOn", "outcomeRecordedById", "outcomeRecordedAt")
     SELECT 'c' || substr(md5('warn:' || w.type || ':' || w.person_id), 1, 24), w.person_id, w.type::"WarningType", o."legalBasisId", w.issuer, w.at,
       (CASE WHEN random() < 0.7 THEN 'RU' ELSE 'KK' END)::"PetitionLanguage", w.outcome::"WarningOutcome",
       CASE WHEN w.outcome = 'SIGNED' THEN w.at::date END, CASE WHEN w.outcome = 'REFUSED' THEN 'District police inspector' END,
       CASE WHEN w.outcome = 'REFUSED' THEN w.at::date END, CASE WHEN w.outcome <> 'PENDING' THEN w.issuer END, CASE WHEN w.outcome <> 'PENDING' THEN w.at END
     FROM (
       SELECT b.person_id, 'LIFELONG_RESTRICTIONS_NOTICE' AS type, coalesce(b.officer_id, b.police_id) AS issuer,
         least(b.s0::timestamp + interval '10 days 10 hours', $1::timestamp - interval '1 day') AS at,
         CASE WHEN b.r_status < 0.88 THEN 'SIGNED' WHEN b.r_status < 0.92 THEN 'REFUSED' ELSE 'PENDING' END AS outcome
       FROM bench_plan b WHERE b.r_days < 0.93
       UNION ALL
       SELECT b.person_id, 'PUBLIC_ORDER_WARNING', b.police_id, $1::timestamp - (1 + floor(b.r_days * 700))::int * interval '1 day', CASE WHEN b.r_status < 0.8 THEN 'SIGNED' ELSE 'PENDING' END
       FROM bench_plan b WHERE b.r_petition > 0.9
     ) w JOIN "SupervisionOrder" o ON o."personId" = w.person_id`,
    [nowTs],
  );
  await client.query('DROP TABLE bench_plan');

  const tv = performance.now();
  await client.query('VACUUM ANALYZE');
  steps.push({ step: 'vacuum analyze', ms: performance.now() - tv, rows: 0 });
  log(`  ${'vacuum analyze'.padEnd(34)} ${''.padStart(9)}      ${((performance.now() - tv) / 1000).toFixed(1).padStart(6)} s`);
  const counts = await tableCounts(client);
  return { seed, sqlSeed, ms: performance.now() - t0, steps, counts };
}

export const COUNTED_TABLES = [
  'User',
  'Person',
  'PersonAlias',
  'Address',
  'Conviction',
  'SupervisionOrder',
  'Restriction',
  'CheckIn',
  'Violation',
  'ViolationStep',
  'ExtensionPetition',
  'CourtDecision',
  'OrderExtension',
  'AnnouncementTask',
  'Warning',
  'AuditEvent',
] as const;

export async function tableCounts(client: pg.Client | pg.Pool): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const row = (await client.query<Record<string, string>>(`SELECT ${COUNTED_TABLES.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`)).rows[0];
  for (const t of COUNTED_TABLES) out[t] = Number(row[t]);
  return out;
}
