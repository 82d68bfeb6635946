// Benchmark (not a test): the supervisor dashboard over a region of 5,000 persons with two years
// of history (about 240,000 check-ins and 12,000 violations). Prints the dashboard's server time
// and SQL query count; the count must stay the same whatever the number of persons, because
// every figure is one aggregate query.   npm run bench:dashboard   (DATABASE_URL: a server)
import { benchSetup } from './bench-database';
import { buildPersonIdentity, createUser } from '../seed/factories';
import { createRandom } from '../seed/random';
import { getDashboard } from '@/lib/oversight/figures';
import { ZDashboardFilter } from '@/lib/oversight/filters';
import { resolveSession } from '@/lib/auth/resolve-session';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 5000);

async function main() {
  const { kind, db, measure, stop } = await benchSetup();
  const rng = createRandom(2026);
  const region = await db.region.findFirstOrThrow({ where: { districts: { some: { code: 'astana-yesil' } } }, include: { districts: true } });
  const court = await db.court.findFirstOrThrow({ where: { regionId: region.id } });
  const basis = await db.legalBasis.findFirstOrThrow({ where: { defaultTermYears: { not: null } } });
  const police = await createUser(db, { role: 'POLICE', districtId: region.districts[0].id });
  const supervisor = await createUser(db, { role: 'SUPERVISOR', regionId: region.id });
  const officers = await Promise.all(
    region.districts.flatMap((d) => [createUser(db, { role: 'OFFICER', districtId: d.id }), createUser(db, { role: 'OFFICER', districtId: d.id })]),
  );
  const now = new Date();
  const t0 = performance.now();

  // Persons and orders in batches; then history in bulk SQL (per-row inserts would take hours).
  for (let start = 0; start < PERSONS; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, PERSONS - start) }, (_, i) => {
      const officer = officers[(start + i) % officers.length];
      return { ...buildPersonIdentity(rng, 100_000 + start + i), districtId: officer.districtId!, officerId: officer.id, createdById: police.id };
    });
    await db.person.createMany({ data: batch });
  }
  const persons = await db.person.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const orders = persons.map((p, i) => {
    const startDate = new Date(Date.UTC(2016 + (i % 9), i % 12, 1 + (i % 27)));
    const lifelong = i % 7 === 0;
    return {
      personId: p.id,
      legalBasisId: basis.id,
      courtId: court.id,
      rulingNumber: `2-${i}/bench`,
      rulingDate: startDate,
      startDate,
      lifelong,
      endDate: lifelong ? null : new Date(Date.UTC(2016 + (i % 9) + 8, i % 12, 1 + (i % 27))),
    };
  });
  for (let s = 0; s < orders.length; s += 1000) await db.supervisionOrder.createMany({ data: orders.slice(s, s + 1000) });
  const from = new Date(now.getTime() - 730 * 86_400_000);
  await db.$executeRaw`
    INSERT INTO "CheckIn" (id, "personId", "officerId", source, "scheduledAt", "actualAt", channel, outcome)
    SELECT gen_random_uuid()::text, p.id, p."officerId", 'SCHEDULE', ts, ts,
      'STATION', (CASE WHEN random() < 0.85 THEN 'ATTENDED' WHEN random() < 0.6 THEN 'MISSED' ELSE 'EXCUSED' END)::"CheckInOutcome"
    FROM "Person" p CROSS JOIN generate_series(${from}::timestamp, ${now}::timestamp, interval '15 days') AS ts`;
  await db.$executeRaw`
    INSERT INTO "Violation" (id, "personId", type, "occurredAt", description, status, "recordedById", "updatedAt")
    SELECT gen_random_uuid()::text, c."personId", 'MISSED_REPORTING', c."scheduledAt" + interval '1 day', 'bench',
      (CASE WHEN random() < 0.4 THEN 'ADMIN_PROTOCOL' WHEN random() < 0.5 THEN 'DISMISSED' ELSE 'RECORDED' END)::"ViolationStatus", c."officerId", now()
    FROM "CheckIn" c WHERE c.outcome = 'MISSED'`;
  const counts = { checkIns: await db.checkIn.count(), violations: await db.violation.count() };
  console.log(
    `database: ${kind}; seeded ${persons.length} persons, ${counts.checkIns} check-ins, ${counts.violations} violations in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );

  const session = await db.authSession.create({ data: { userId: supervisor.id, sessionVersion: supervisor.sessionVersion, mfaVerifiedAt: new Date() } });
  const actor = (await resolveSession({ db, sessionId: session.id }))!;
  console.log('filter            | dashboard ms | queries');
  for (const [label, raw] of [
    ['region', {}],
    ['one district', { districtId: region.districts[0].id }],
    ['one officer', { officerId: officers[0].id }],
  ] as const) {
    const filter = ZDashboardFilter.parse(raw);
    const sample = await measure(() => getDashboard({ db, actor, filter, now }));
    console.log(`${label.padEnd(17)} | ${sample.ms.toFixed(1).padStart(12)} | ${String(sample.q).padStart(7)}`);
  }
  await stop();
}

void main();
