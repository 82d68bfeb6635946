// The raw-SQL floor of each page: hand-written statements that fetch the data the page shows
// (same filters, same page size, totals and counts included, the navigation badges of the role,
// and the session lookup every signed-in request needs), sent one after the other on one
// connection. Nothing is cached between runs. The page's time over this is the cost of
// everything else: the ORM's query shapes and their number, rendering, and the network.
// Writes the page does on the side (rolling the reporting schedule) are not part of the floor;
// the audit insert of a person view is (the law requires it).
import type pg from 'pg';
import { sqlDate, sqlTs } from './seed-national';

export type TRawActor = { userId: string; email: string; sessionId: string; regionId: string | null; districtId: string | null; courtId: string | null };

const KZ_OFFSET_MS = 5 * 3_600_000;
const DAY = 86_400_000;
const PENDING = `('DRAFT', 'ENDORSED', 'FILED', 'HEARING_SET')`;
const ACTIVE_ORDER = `EXISTS (SELECT 1 FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE')`;
const NO_SIGNED_NOTICE = `NOT EXISTS (SELECT 1 FROM "Warning" w WHERE w."personId" = p.id AND w.type = 'LIFELONG_RESTRICTIONS_NOTICE' AND w.outcome = 'SIGNED')`;

/** Start of the calendar day in Kazakhstan, as a UTC instant (lib/compliance). */
function startOfLocalDay(now: Date) {
  const local = new Date(now.getTime() + KZ_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - KZ_OFFSET_MS);
}
function utcMidnight(now: Date) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
function localToday(now: Date) {
  return sqlDate(new Date(now.getTime() + KZ_OFFSET_MS));
}

export async function rawSession(client: pg.Client, actor: TRawActor) {
  await client.query(
    `SELECT s.id, s."revokedAt", s."lastSeenAt", s."createdAt", s."sessionVersion", u.id AS "userId", u.email, u."fullName", u.role, u.status,
       u."sessionVersion" AS "userVersion", u."districtId", u."courtId", u."regionId"
     FROM "AuthSession" s JOIN "User" u ON u.id = s."userId" WHERE s.id = $1`,
    [actor.sessionId],
  );
}

/** The layout's badges: officer (inbox, notices), police and supervisor (expiring, notices). */
export async function rawBadges(client: pg.Client, role: 'OFFICER' | 'POLICE' | 'SUPERVISOR' | 'CLERK', actor: TRawActor, now: Date) {
  if (role === 'CLERK') return;
  if (role === 'OFFICER') {
    const tomorrow = new Date(startOfLocalDay(now).getTime() + DAY);
    await client.query(
      `WITH c AS (SELECT p.id FROM "Person" p WHERE p."officerId" = $1 AND ${ACTIVE_ORDER})
       SELECT
         (SELECT count(*) FROM "CheckIn" k WHERE k."personId" IN (SELECT id FROM c)
            AND ((k.outcome = 'SCHEDULED' AND k."scheduledAt" < $2::timestamp) OR (k.outcome = 'AWAITING_EVIDENCE' AND k."evidenceDueAt" < $3::timestamp)))
         + (SELECT count(*) FROM "Violation" v WHERE v."personId" IN (SELECT id FROM c) AND v.status = 'RECORDED' AND v."createdAt" >= $4::timestamp) AS inbox,
         (SELECT count(*) FROM "Person" p WHERE p.id IN (SELECT id FROM c) AND ${NO_SIGNED_NOTICE}) AS notices`,
      [actor.userId, sqlTs(tomorrow), sqlTs(now), sqlTs(new Date(now.getTime() - 7 * DAY))],
    );
    return;
  }
  const scope = role === 'POLICE' ? `p."districtId" = $1` : `p."regionId" = $1`;
  await client.query(
    `SELECT
       (SELECT count(*) FROM "SupervisionOrder" o JOIN "Person" p ON p.id = o."personId"
        WHERE ${scope} AND o.status = 'ACTIVE' AND NOT o.lifelong AND o."endDate" <= $2::date
          AND NOT EXISTS (SELECT 1 FROM "ExtensionPetition" e WHERE e."orderId" = o.id AND e.status IN ${PENDING})) AS expiring,
       (SELECT count(*) FROM "Person" p WHERE ${scope} AND ${ACTIVE_ORDER} AND ${NO_SIGNED_NOTICE}) AS notices`,
    [role === 'POLICE' ? actor.districtId : actor.regionId, sqlDate(new Date(utcMidnight(now).getTime() + 180 * DAY))],
  );
}

/**
 * The condition of one search word on "Person" p, with its pattern as parameter $n. With aliases,
 * the matches are a UNION of two trigram-indexed lookups: an OR with EXISTS over the aliases would
 * make PostgreSQL test every person of the scope instead (3× slower at 50,000 persons).
 */
function nameTerm(term: string, n: number, aliases: boolean) {
  if (/^\d+$/.test(term)) return { sql: `p.iin LIKE $${n}`, value: `${term}%` };
  const own = `"lastName" ILIKE $${n} OR "firstName" ILIKE $${n} OR "middleName" ILIKE $${n}`;
  return aliases
    ? {
        sql: `p.id IN (SELECT id FROM "Person" WHERE ${own} UNION SELECT "personId" FROM "PersonAlias" WHERE "lastName" ILIKE $${n} OR "firstName" ILIKE $${n})`,
        value: `%${term}%`,
      }
    : { sql: `(p."lastName" ILIKE $${n} OR p."firstName" ILIKE $${n} OR p."middleName" ILIKE $${n})`, value: `%${term}%` };
}

/** /persons?q=… as a supervisor: total, first page of 25, the district filter's options. */
export async function rawPersonSearch(client: pg.Client, actor: TRawActor, q: string) {
  const terms = q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((t, i) => nameTerm(t, i + 2, true));
  const where = [`p."regionId" = $1`, ...terms.map((t) => t.sql)].join(' AND ');
  const values = [actor.regionId, ...terms.map((t) => t.value)];
  await client.query(`SELECT count(*) FROM "Person" p WHERE ${where}`, values);
  await client.query(
    `SELECT p.id, p.iin, p."lastName", p."firstName", p."middleName", p."birthDate", d."nameEn", d."nameRu", d."nameKk", o."endDate", o.lifelong
     FROM "Person" p JOIN "District" d ON d.id = p."districtId"
     LEFT JOIN LATERAL (SELECT o."endDate", o.lifelong FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE' ORDER BY o."startDate" DESC LIMIT 1) o ON true
     WHERE ${where} ORDER BY p."lastName", p."firstName", p.id LIMIT 25`,
    values,
  );
  await client.query(
    `SELECT d.id, d."nameEn", d."nameRu", d."nameKk" FROM "District" d WHERE d."regionId" = $1 AND EXISTS (SELECT 1 FROM "Person" p WHERE p."districtId" = d.id) ORDER BY d.code`,
    [actor.regionId],
  );
}

/** /persons/[id] as the person's officer: the record, its compliance figures, the audit of the view. */
export async function rawPersonPage(client: pg.Client, actor: TRawActor, personId: string, now: Date) {
  const today = startOfLocalDay(now);
  await client.query(
    `SELECT p.id, p.iin, p."lastName", p."firstName", p."middleName", p."birthDate", p.sex, p."registryWithheld", p."registryWithheldReason", p."registryWithheldAt", p.version,
       d."nameEn" AS district, r."nameEn" AS region, (SELECT u."fullName" FROM "User" u WHERE u.id = p."officerId") AS officer,
       (SELECT json_agg(json_build_object('lastName', a."lastName", 'firstName', a."firstName", 'middleName', a."middleName")) FROM "PersonAlias" a WHERE a."personId" = p.id) AS aliases,
       (SELECT json_agg(json_build_object('kind', ad.kind, 'district', dd."nameEn", 'locality', ad.locality, 'street', ad.street, 'building', ad.building, 'apartment', ad.apartment,
           'validFrom', ad."validFrom", 'validTo', ad."validTo",
           'flags', (SELECT json_agg(json_build_object('facility', f.name, 'distanceM', pf."distanceM", 'radiusM', pf."radiusM") ORDER BY pf."distanceM")
                     FROM "ProximityFlag" pf JOIN "Facility" f ON f.id = pf."facilityId" WHERE pf."addressId" = ad.id))
         ORDER BY ad."validTo" DESC NULLS FIRST, ad."validFrom" DESC)
        FROM "Address" ad JOIN "District" dd ON dd.id = ad."districtId" WHERE ad."personId" = p.id) AS addresses,
       (SELECT json_agg(json_build_object('article', ca.code, 'title', ca."titleEn", 'court', cc."nameEn", 'verdictDate', c."verdictDate", 'sentenceEnd', c."sentenceEnd") ORDER BY c."verdictDate" DESC)
        FROM "Conviction" c JOIN "CriminalArticle" ca ON ca.id = c."articleId" JOIN "Court" cc ON cc.id = c."courtId" WHERE c."personId" = p.id) AS convictions,
       (SELECT json_agg(json_build_object('id', o.id, 'status', o.status, 'rulingNumber', o."rulingNumber", 'rulingDate', o."rulingDate", 'startDate', o."startDate", 'endDate', o."endDate",
           'lifelong', o.lifelong, 'court', oc."nameEn", 'basis', lb."titleEn",
           'extensions', (SELECT json_agg(json_build_object('from', x."previousEndDate", 'to', x."newEndDate", 'lifelong', x.lifelong, 'number', x."rulingNumber", 'date', x."rulingDate") ORDER BY x.sequence)
                          FROM "OrderExtension" x WHERE x."orderId" = o.id),
           'restrictions', (SELECT json_agg(json_build_object('type', rs.type, 'params', rs.params, 'from', rs."effectiveFrom", 'to', rs."effectiveTo") ORDER BY rs."effectiveTo" DESC NULLS FIRST, rs."effectiveFrom" DESC)
                            FROM "Restriction" rs WHERE rs."orderId" = o.id))
         ORDER BY o."startDate" DESC)
        FROM "SupervisionOrder" o JOIN "Court" oc ON oc.id = o."courtId" JOIN "LegalBasis" lb ON lb.id = o."legalBasisId" WHERE o."personId" = p.id) AS orders,
       (SELECT ph.id FROM "PersonPhoto" ph WHERE ph."personId" = p.id ORDER BY ph."createdAt" DESC LIMIT 1) AS photo,
       (SELECT json_agg(json_build_object('type', w.type, 'issuedAt', w."issuedAt", 'outcome', w.outcome, 'signedOn', w."signedOn", 'refusedOn', w."refusedOn", 'witness', w."refusalWitness",
           'version', w.version, 'issuer', wu."fullName") ORDER BY w."issuedAt" DESC)
        FROM "Warning" w JOIN "User" wu ON wu.id = w."issuedById" WHERE w."personId" = p.id) AS warnings,
       EXISTS (SELECT 1 FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE' AND o."startDate" <= $3::date AND (o.lifelong OR o."endDate" >= $3::date)) AS listed
     FROM "Person" p JOIN "District" d ON d.id = p."districtId" JOIN "Region" r ON r.id = d."regionId"
     WHERE p.id = $1 AND p."officerId" = $2`,
    [personId, actor.userId, localToday(now)],
  );
  await client.query(
    `SELECT min(k."scheduledAt") FILTER (WHERE k.outcome = 'SCHEDULED' AND k."scheduledAt" >= $2::timestamp) AS next_due,
       max(coalesce(k."actualAt", k."scheduledAt")) FILTER (WHERE k.outcome = 'ATTENDED') AS last_contact,
       count(*) FILTER (WHERE k.outcome = 'SCHEDULED' AND k."scheduledAt" < $2::timestamp) AS overdue,
       count(*) FILTER (WHERE k.outcome = 'MISSED' AND coalesce(k."actualAt", k."scheduledAt") >= $3::timestamp) AS missed30,
       count(*) FILTER (WHERE k.outcome = 'MISSED' AND coalesce(k."actualAt", k."scheduledAt") >= $4::timestamp) AS missed90,
       count(*) FILTER (WHERE k.outcome = 'AWAITING_EVIDENCE' AND k."evidenceDueAt" < $5::timestamp) AS awaiting,
       (SELECT count(*) FROM "Violation" v WHERE v."personId" = $1 AND v.status = 'RECORDED') AS open_violations
     FROM "CheckIn" k WHERE k."personId" = $1`,
    [personId, sqlTs(today), sqlTs(new Date(now.getTime() - 30 * DAY)), sqlTs(new Date(now.getTime() - 90 * DAY)), sqlTs(now)],
  );
  await client.query(
    `INSERT INTO "AuditEvent" ("actorId", "actorEmail", "actorRole", action, "targetType", "targetId", outcome, "requestId") VALUES ($1, $2, 'OFFICER', 'person.view', 'Person', $3, 'SUCCESS', 'bench-raw-sql')`,
    [actor.userId, actor.email, personId],
  );
}

const CASELOAD_SORTS: Record<string, string> = {
  status: 'rank, "lastName", "firstName", id',
  name: '"lastName", "firstName", id',
  nextDue: 'next_due NULLS LAST, "lastName", "firstName", id',
  orderEnd: '"endDate" NULLS LAST, "lastName", "firstName", id',
};

/**
 * A caseload with every person's compliance figures and status (lib/compliance's rule), the
 * counts per status, and one page (or every row, for the export). `scope` is the officer
 * (officerId) or the supervisor's region (regionId, capped at 2,000 persons like the app).
 */
function caseloadSql(scope: 'officer' | 'region', sort: string, page: number | 'all') {
  const where = scope === 'officer' ? `p."officerId" = $1` : `p."regionId" = $1`;
  // Every person: the app's export has no cap (it reads keyset pages).
  const cap = '';
  const rows =
    page === 'all' ? `SELECT * FROM s ORDER BY ${CASELOAD_SORTS[sort]}` : `SELECT * FROM s ORDER BY ${CASELOAD_SORTS[sort]} LIMIT 25 OFFSET ${(page - 1) * 25}`;
  return `
    WITH c AS (
      SELECT p.id, p.iin, p."lastName", p."firstName", p."middleName", o."endDate", o.lifelong, (SELECT u."fullName" FROM "User" u WHERE u.id = p."officerId") AS officer
      FROM "Person" p JOIN LATERAL (SELECT o."endDate", o.lifelong FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE' LIMIT 1) o ON true
      WHERE ${where} ${cap}
    ), f AS (
      SELECT c.*, k.*, coalesce(v.open_violations, 0) AS open_violations
      FROM c
      LEFT JOIN LATERAL (
        SELECT min(k."scheduledAt") FILTER (WHERE k.outcome = 'SCHEDULED' AND k."scheduledAt" >= $2::timestamp) AS next_due,
          max(coalesce(k."actualAt", k."scheduledAt")) FILTER (WHERE k.outcome = 'ATTENDED') AS last_contact,
          count(*) FILTER (WHERE k.outcome = 'SCHEDULED' AND k."scheduledAt" < $2::timestamp) AS overdue,
          count(*) FILTER (WHERE k.outcome = 'MISSED' AND coalesce(k."actualAt", k."scheduledAt") >= $3::timestamp) AS missed30,
          count(*) FILTER (WHERE k.outcome = 'MISSED' AND coalesce(k."actualAt", k."scheduledAt") >= $4::timestamp) AS missed90,
          count(*) FILTER (WHERE k.outcome = 'AWAITING_EVIDENCE' AND k."evidenceDueAt" < $5::timestamp) AS awaiting
        FROM "CheckIn" k WHERE k."personId" = c.id) k ON true
      LEFT JOIN LATERAL (SELECT count(*) AS open_violations FROM "Violation" v WHERE v."personId" = c.id AND v.status = 'RECORDED') v ON true
    ), s AS (
      SELECT f.*, CASE WHEN f.open_violations > 0 OR f.missed30 > 0 THEN 0 WHEN f.overdue > 0 OR f.awaiting > 0 OR f.missed90 > 0 THEN 1 ELSE 2 END AS rank FROM f
    )
    SELECT (SELECT json_object_agg(rank, n) FROM (SELECT rank, count(*) AS n FROM s GROUP BY rank) g) AS counts,
      (SELECT count(*) FROM s) AS total,
      (SELECT json_agg(t) FROM (${rows}) t) AS rows`;
}

function caseloadValues(id: string, now: Date) {
  return [id, sqlTs(startOfLocalDay(now)), sqlTs(new Date(now.getTime() - 30 * DAY)), sqlTs(new Date(now.getTime() - 90 * DAY)), sqlTs(now)];
}

/** /caseload as an officer (one page, sorted). */
export async function rawCaseload(client: pg.Client, actor: TRawActor, sort: string, now: Date) {
  await client.query(caseloadSql('officer', sort, 1), caseloadValues(actor.userId, now));
}

/** /caseload/export as a supervisor: every row of the region's caseload. */
export async function rawCaseloadExport(client: pg.Client, actor: TRawActor, now: Date) {
  const result = await client.query<{ total: string; rows: unknown[] | null }>(caseloadSql('region', 'status', 'all'), caseloadValues(actor.regionId!, now));
  return Number(result.rows[0].total);
}

/** /expiring?within=… as the district police: total and first page. */
export async function rawExpiring(client: pg.Client, actor: TRawActor, within: number, now: Date) {
  const where = `p."districtId" = $1 AND o.status = 'ACTIVE' AND NOT o.lifelong AND o."endDate" <= $2::date
    AND NOT EXISTS (SELECT 1 FROM "ExtensionPetition" e WHERE e."orderId" = o.id AND e.status IN ${PENDING})`;
  const values = [actor.districtId, sqlDate(new Date(utcMidnight(now).getTime() + within * DAY))];
  await client.query(`SELECT count(*) FROM "SupervisionOrder" o JOIN "Person" p ON p.id = o."personId" WHERE ${where}`, values);
  await client.query(
    `SELECT o.id, o."endDate", o."rulingNumber", p.id AS "personId", p."lastName", p."firstName", p."middleName", p.iin, d."nameEn", d."nameRu", d."nameKk"
     FROM "SupervisionOrder" o JOIN "Person" p ON p.id = o."personId" JOIN "District" d ON d.id = p."districtId"
     WHERE ${where} ORDER BY o."endDate", o.id LIMIT 25`,
    values,
  );
}

/** /petitions as a court clerk: the court's queue (filed onwards), optionally one status. */
export async function rawCourtQueue(client: pg.Client, actor: TRawActor, status: string | undefined) {
  const where = `e."courtId" = $1 AND e.status IN ('FILED', 'HEARING_SET', 'GRANTED', 'DENIED') AND ($2::text IS NULL OR e.status::text = $2)`;
  const values = [actor.courtId, status ?? null];
  await client.query(`SELECT count(*) FROM "ExtensionPetition" e WHERE ${where}`, values);
  await client.query(
    `SELECT e.id, e.status, e."filingNumber", e."hearingDate", e."updatedAt", p.id AS "personId", p."lastName", p."firstName", o."endDate"
     FROM "ExtensionPetition" e JOIN "Person" p ON p.id = e."personId" JOIN "SupervisionOrder" o ON o.id = e."orderId"
     WHERE ${where} ORDER BY e."hearingDate" ASC NULLS LAST, e."updatedAt" DESC LIMIT 25`,
    values,
  );
}

/** /dashboard as a supervisor, for the region or one district: the filter lists and every figure. */
export async function rawDashboard(client: pg.Client, actor: TRawActor, districtId: string | null, now: Date) {
  const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const end = new Date(Date.UTC(new Date(thisMonth).getUTCFullYear(), new Date(thisMonth).getUTCMonth() + 1, 1));
  const to = sqlTs(new Date(Math.min(end.getTime() - KZ_OFFSET_MS, now.getTime())));
  const vTo = sqlTs(new Date(end.getTime() - KZ_OFFSET_MS));
  const persons = `p."regionId" = $1 AND ($2::text IS NULL OR p."districtId" = $2)`;
  const r = actor.regionId;
  await client.query(
    `SELECT (SELECT row_to_json(r) FROM "Region" r WHERE r.id = $1) AS region,
       (SELECT json_agg(d ORDER BY d."nameEn") FROM "District" d WHERE d."regionId" = $1) AS districts,
       (SELECT json_agg(json_build_object('id', u.id, 'fullName', u."fullName") ORDER BY u."fullName")
        FROM "User" u JOIN "District" d ON d.id = u."districtId" WHERE u.role = 'OFFICER' AND u.status = 'ACTIVE' AND d."regionId" = $1) AS officers`,
    [r],
  );
  await client.query(
    `SELECT count(*) AS persons, count(*) FILTER (WHERE o.lifelong) AS lifelong
     FROM "Person" p JOIN LATERAL (SELECT bool_or(o.lifelong) AS lifelong FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE') o ON o.lifelong IS NOT NULL
     WHERE ${persons}`,
    [r, districtId],
  );
  // The months before the current one from the monthly roll-ups the nightly job keeps (as the page
  // reads them), the current month from the check-ins and violations themselves.
  const rollup = (await client.query<{ through: Date }>(`SELECT through FROM "DashboardRollup" WHERE id = 1`)).rows[0];
  const split = rollup ? new Date(Math.min(Math.max(rollup.through.getTime(), start.getTime()), end.getTime())) : start;
  const splitTs = sqlTs(new Date(split.getTime() - KZ_OFFSET_MS));
  const rolled = `r."regionId" = $1 AND ($2::text IS NULL OR r."districtId" = $2) AND r.month >= $3::date AND r.month < $4::date`;
  await client.query(
    `SELECT to_char(r.month, 'YYYY-MM') AS month, sum(r.due) AS due, sum(r.attended) AS attended, sum(r.missed) AS missed, sum(r.excused) AS excused
     FROM "CheckInMonthly" r WHERE ${rolled} GROUP BY 1`,
    [r, districtId, sqlDate(start), sqlDate(split)],
  );
  await client.query(
    `SELECT to_char(date_trunc('month', c."scheduledAt" + interval '5 hours'), 'YYYY-MM') AS month,
       count(*) FILTER (WHERE c.outcome <> 'EXCUSED') AS due, count(*) FILTER (WHERE c.outcome = 'ATTENDED') AS attended,
       count(*) FILTER (WHERE c.outcome = 'MISSED') AS missed, count(*) FILTER (WHERE c.outcome = 'EXCUSED') AS excused
     FROM "CheckIn" c JOIN "Person" p ON p.id = c."personId"
     WHERE c."scheduledAt" >= $3::timestamp AND c."scheduledAt" < $4::timestamp AND c.source <> 'UNSCHEDULED' AND ${persons}
     GROUP BY 1`,
    [r, districtId, splitTs, to],
  );
  await client.query(
    `SELECT to_char(r.month, 'YYYY-MM') AS month, r.type, r.status, sum(r.n) AS n FROM "ViolationMonthly" r WHERE ${rolled} GROUP BY 1, 2, 3`,
    [r, districtId, sqlDate(start), sqlDate(split)],
  );
  await client.query(
    `SELECT to_char(date_trunc('month', v."occurredAt" + interval '5 hours'), 'YYYY-MM') AS month, v.type, v.status, count(*) AS n
     FROM "Violation" v JOIN "Person" p ON p.id = v."personId"
     WHERE v."occurredAt" >= $3::timestamp AND v."occurredAt" < $4::timestamp AND ${persons}
     GROUP BY 1, 2, 3`,
    [r, districtId, splitTs, vTo],
  );
  await client.query(
    `SELECT (SELECT json_object_agg(status, n) FROM (SELECT e.status, count(*) AS n FROM "ExtensionPetition" e JOIN "Person" p ON p.id = e."personId" WHERE ${persons} GROUP BY 1) s) AS by_status,
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (d."decisionDate" - e."createdAt"::date))
        FROM "CourtDecision" d JOIN "ExtensionPetition" e ON e.id = d."petitionId" JOIN "Person" p ON p.id = e."personId"
        WHERE d."decisionDate" >= $3::date AND d."decisionDate" < $4::date AND ${persons}) AS median_days`,
    [r, districtId, sqlDate(start), sqlDate(end)],
  );
  await client.query(
    `SELECT count(*) FILTER (WHERE o."endDate" <= $3::date) AS d30, count(*) FILTER (WHERE o."endDate" <= $4::date) AS d90, count(*) AS d180
     FROM "SupervisionOrder" o JOIN "Person" p ON p.id = o."personId"
     WHERE ${persons} AND o.status = 'ACTIVE' AND NOT o.lifelong AND o."endDate" <= $5::date
       AND NOT EXISTS (SELECT 1 FROM "ExtensionPetition" e WHERE e."orderId" = o.id AND e.status IN ${PENDING})`,
    [r, districtId, ...[30, 90, 180].map((d) => sqlDate(new Date(utcMidnight(now).getTime() + d * DAY)))],
  );
  await client.query(
    `SELECT (SELECT value FROM "Setting" WHERE key = 'caseload.targetPerOfficer') AS target,
       (SELECT json_agg(x ORDER BY x.persons DESC, x."fullName") FROM (
          SELECT u.id, u."fullName", (SELECT count(*) FROM "Person" p WHERE p."officerId" = u.id AND ${persons} AND ${ACTIVE_ORDER}) AS persons
          FROM "User" u JOIN "District" d ON d.id = u."districtId"
          WHERE u.role = 'OFFICER' AND u.status = 'ACTIVE' AND d."regionId" = $1 AND ($2::text IS NULL OR u."districtId" = $2)) x) AS officers,
       (SELECT count(*) FROM "Person" p WHERE p."officerId" IS NULL AND ${persons} AND ${ACTIVE_ORDER}) AS unassigned`,
    [r, districtId],
  );
  const today = localToday(now);
  const lastYear = Number(today.slice(0, 4));
  await client.query(
    `SELECT y.year, count(DISTINCT p.id) AS listed
     FROM generate_series($3::int, $4::int) AS y(year)
     JOIN "SupervisionOrder" o ON o."startDate" <= LEAST(make_date(y.year, 12, 31), $5::date)
       AND (o.lifelong OR o."endDate" >= LEAST(make_date(y.year, 12, 31), $5::date))
       AND (o.status = 'ACTIVE' OR (o.status = 'EXPIRED' AND make_date(y.year, 12, 31) < $5::date))
     JOIN "Person" p ON p.id = o."personId" AND NOT p."registryWithheld"
     WHERE ${persons}
     GROUP BY y.year ORDER BY y.year`,
    [r, districtId, lastYear - 9, lastYear, today],
  );
}

const LISTED = `NOT p."registryWithheld" AND EXISTS (SELECT 1 FROM "SupervisionOrder" o WHERE o."personId" = p.id AND o.status = 'ACTIVE' AND o."startDate" <= $1::date AND (o.lifelong OR o."endDate" >= $1::date))`;

/** /registry?q=… (public): total, first page of 20 with what is published, listed persons per region. */
export async function rawRegistry(client: pg.Client, q: string, now: Date) {
  const terms = q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((t, i) => nameTerm(t, i + 2, false));
  const where = [LISTED, ...terms.map((t) => t.sql)].join(' AND ');
  const values = [localToday(now), ...terms.map((t) => t.value)];
  await client.query(`SELECT count(*) FROM "Person" p WHERE ${where}`, values);
  await client.query(
    `SELECT p."lastName", p."firstName", p."middleName", p."birthDate", r."nameEn" AS region,
       (SELECT json_build_object('locality', a.locality, 'street', a.street, 'building', a.building) FROM "Address" a
        WHERE a."personId" = p.id AND a.kind = 'REGISTERED' AND a."validTo" IS NULL ORDER BY a."validFrom" DESC, a."createdAt" DESC LIMIT 1) AS address,
       (SELECT ph.id FROM "PersonPhoto" ph WHERE ph."personId" = p.id ORDER BY ph."createdAt" DESC, ph.id DESC LIMIT 1) AS photo,
       (SELECT json_agg(json_build_object('code', ca.code, 'title', ca."titleEn") ORDER BY c."verdictDate") FROM "Conviction" c JOIN "CriminalArticle" ca ON ca.id = c."articleId" WHERE c."personId" = p.id) AS articles
     FROM "Person" p JOIN "Region" r ON r.id = p."regionId"
     WHERE ${where} ORDER BY p."lastName", p."firstName", p."middleName", p.id LIMIT 20`,
    values,
  );
  await client.query(
    `SELECT r.code, r."nameEn", r."nameRu", r."nameKk", coalesce(n.count, 0) AS count
     FROM "Region" r LEFT JOIN (SELECT p."regionId", count(*) AS count FROM "Person" p WHERE ${where} GROUP BY 1) n ON n."regionId" = r.id`,
    values,
  );
}

/** Recording a due check-in: scope check, the guarded update of the slot, its audit event, in one transaction. */
export async function rawRecordCheckIn(client: pg.Client, actor: TRawActor, slot: { id: string; personId: string; version: number }, key: string, now: Date) {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT 1 FROM "Person" WHERE id = $1 AND "officerId" = $2`, [slot.personId, actor.userId]);
    const updated = await client.query(
      `UPDATE "CheckIn" SET "actualAt" = $4::timestamp, channel = 'STATION', outcome = 'ATTENDED', "recordedById" = $5, "recordedAt" = $4::timestamp, "idempotencyKey" = $6, version = version + 1
       WHERE id = $1 AND "personId" = $2 AND version = $3 AND outcome = 'SCHEDULED'`,
      [slot.id, slot.personId, slot.version, sqlTs(now), actor.userId, key],
    );
    await client.query(
      `INSERT INTO "AuditEvent" ("actorId", "actorEmail", "actorRole", action, "targetType", "targetId", outcome, "requestId", details)
       VALUES ($1, $2, 'OFFICER', 'checkin.record', 'CheckIn', $3, 'SUCCESS', 'bench-raw-sql', $4::jsonb)`,
      [actor.userId, actor.email, slot.id, JSON.stringify({ personId: slot.personId, outcome: 'ATTENDED', channel: 'STATION' })],
    );
    await client.query('COMMIT');
    return updated.rowCount === 1;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
